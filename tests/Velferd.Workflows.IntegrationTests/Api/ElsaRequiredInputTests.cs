using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Api;

/// <summary>
/// Required inputs as the process owner meets them in Elsa Studio: marked in the input panel, and a save or publish
/// with one left empty refused with the activity named (the Studio shows the message in its snackbar).
/// </summary>
public sealed class ElsaRequiredInputTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ActivityDescriptors_UserTask_MarksTheTitleRequiredAndShowsPrioritiesInNorwegian()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");

        var descriptors = await owner.GetFromJsonAsync<JsonObject>("/elsa/api/descriptors/activities?Refresh=True", Ct);

        var userTask = descriptors!["items"]!.AsArray().Single(d => d!["typeName"]!.GetValue<string>() == "Velferd.UserTask")!;
        var title = Input(userTask, "Title");
        Assert.Equal("Tittel *", title["displayName"]!.GetValue<string>());
        Assert.StartsWith("Påkrevd. ", title["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(title["isRequired"]!.GetValue<bool>());
        Assert.False(Input(userTask, "Description")["isRequired"]!.GetValue<bool>());
        var priorities = Input(userTask, "Priority")["uiSpecifications"]!["dropdown"]!["selectList"]!["items"]!.AsArray();
        Assert.Equal(["Lav:Low", "Normal:Normal", "Høy:High", "Haster:Urgent"], priorities.Select(p => $"{p!["text"]}:{p["value"]}"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Save_UserTaskWithoutTitle_Answers400NamingTheActivity(bool publish)
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var definitionId = $"uten-tittel-{publish}".ToLowerInvariant();
        var userTask = new JsonObject
        {
            ["id"] = "oppgave", ["nodeId"] = "Workflow1:root:oppgave", ["name"] = "UserTask1", ["type"] = "Velferd.UserTask", ["version"] = 1,
            ["metadata"] = new JsonObject { ["displayText"] = "Vurder saken" },
            ["candidateTeam"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "tit-sentrum" } },
        };
        var model = new JsonObject
        {
            ["definitionId"] = definitionId, ["name"] = definitionId,
            ["root"] = new JsonObject { ["id"] = "root", ["type"] = "Elsa.Flowchart", ["version"] = 1, ["activities"] = new JsonArray(userTask), ["connections"] = new JsonArray() },
        };

        var response = await owner.PostAsJsonAsync("/elsa/api/workflow-definitions", new JsonObject { ["model"] = model, ["publish"] = publish }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject();
        Assert.Equal("Aktiviteten «Vurder saken» (Brukeroppgave): «Tittel» må fylles ut.", errors["model.root.activities[0].title"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/api/definitions/{definitionId}", Ct)).StatusCode);
    }

    private static JsonNode Input(JsonNode descriptor, string name) =>
        descriptor["inputs"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == name)!;
}
