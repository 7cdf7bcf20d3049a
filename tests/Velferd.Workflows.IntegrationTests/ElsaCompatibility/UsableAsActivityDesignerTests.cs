using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.ElsaCompatibility;

/// <summary>
/// A published definition marked usable as an activity is in the designer's toolbox under the type name Elsa gives it,
/// with its inputs, outputs and outcomes, and with what the Studio copies into an activity dropped on the canvas.
/// </summary>
public abstract class UsableAsActivityDesignerTests(HostFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Definition(string definitionId, string name, bool usable) => new()
    {
        ["definitionId"] = definitionId, ["name"] = name, ["description"] = "Vurderer om søknaden innvilges.",
        ["variables"] = new JsonArray(),
        ["inputs"] = new JsonArray(new JsonObject { ["name"] = "Belop", ["type"] = "Int32", ["displayName"] = "Beløp", ["description"] = "Beløpet det søkes om." }),
        ["outputs"] = new JsonArray(new JsonObject { ["name"] = "Vedtak", ["type"] = "String", ["displayName"] = "Vedtak" }),
        ["outcomes"] = new JsonArray("Innvilget", "Avslått"),
        ["options"] = new JsonObject { ["usableAsActivity"] = usable, ["activityCategory"] = "Vurderinger" },
        ["root"] = new JsonObject
        {
            ["id"] = "root", ["type"] = "Elsa.Flowchart", ["version"] = 1,
            ["activities"] = new JsonArray(new JsonObject { ["id"] = "start", ["type"] = "Elsa.Start", ["version"] = 1 }),
            ["connections"] = new JsonArray(),
        },
    };

    private async Task<HttpClient> ImportAsync(JsonObject definition, bool publish)
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var imported = await owner.PostAsync("/elsa/api/workflow-definitions/import", new StringContent(definition.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        if (publish)
        {
            var published = await owner.PostAsync($"/elsa/api/workflow-definitions/{definition["definitionId"]}/publish", null, Ct);
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        }

        return owner;
    }

    private static async Task<JsonArray> ToolboxAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonObject>("/elsa/api/descriptors/activities", Ct))!["items"]!.AsArray();

    [Fact]
    public async Task ActivityDescriptors_PublishedUsableDefinition_IsInTheToolboxAsElsaNamesIt()
    {
        var owner = await ImportAsync(Definition("vurder-soknad-verktoy", "Vurder søknad verktøy", usable: true), publish: true);

        var toolbox = await ToolboxAsync(owner);

        var activity = toolbox.Single(i => i!["typeName"]!.GetValue<string>() == "VurderSøknadVerktøy")!;
        Assert.Equal(("Vurder søknad verktøy", "Vurderinger", true), (activity["displayName"]!.GetValue<string>(), activity["category"]!.GetValue<string>(), activity["isBrowsable"]!.GetValue<bool>()));
        var input = Assert.Single(activity["inputs"]!.AsArray())!;
        Assert.Equal(("Belop", "Beløp", true), (input["name"]!.GetValue<string>(), input["displayName"]!.GetValue<string>(), input["isSynthetic"]!.GetValue<bool>()));
        Assert.Equal("Vedtak", Assert.Single(activity["outputs"]!.AsArray())!["name"]!.GetValue<string>());
        Assert.Equal(["Innvilget", "Avslått"], activity["ports"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        Assert.Equal("vurder-soknad-verktoy", activity["constructionProperties"]!["WorkflowDefinitionId"]!.GetValue<string>());
        Assert.Equal(1, activity["constructionProperties"]!["Version"]!.GetValue<int>());
        Assert.DoesNotContain(toolbox, i => i!["typeName"]!.GetValue<string>() == "Velferd.WorkflowDefinitionActivity");
    }

    [Fact]
    public async Task ActivityDescriptors_UnpublishedOrNotUsableDefinition_IsNotInTheToolbox()
    {
        await ImportAsync(Definition("kladd-som-aktivitet", "Kladd som aktivitet", usable: true), publish: false);
        var owner = await ImportAsync(Definition("ikke-som-aktivitet", "Ikke som aktivitet", usable: false), publish: true);

        var names = (await ToolboxAsync(owner)).Select(i => i!["typeName"]!.GetValue<string>()).ToList();

        Assert.DoesNotContain("KladdSomAktivitet", names);
        Assert.DoesNotContain("IkkeSomAktivitet", names);
    }
}

/// <summary>The toolbox entries on SQLite.</summary>
public sealed class SqliteUsableAsActivityDesignerTests(SqliteHostFixture fixture) : UsableAsActivityDesignerTests(fixture), IClassFixture<SqliteHostFixture>;
