using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Api;

/// <summary>The definition API: versioning, validation with field errors, authorization.</summary>
public abstract class DefinitionApiTests(HostFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A pathway that logs <paramref name="text"/> and waits for the event «Neste»; other API tests store it too.</summary>
    internal static FlowchartBuilder Waiting(string definitionId, string text) => new FlowchartBuilder($"Test {definitionId}")
        .WithDefinitionId(definitionId)
        .Activity("start", "Elsa.Start")
        .Activity("log", "Elsa.WriteLine", ("text", Expr.Literal(text)))
        .Activity("wait", "Elsa.Event", ("eventName", Expr.Literal("Neste")))
        .Chain("start", "log", "wait");

    public static TheoryData<string, string, string> MalformedDefinitions()
    {
        var unknownType = new FlowchartBuilder("x").Activity("a", "Acme.Unknown").BuildJson().ToJsonString();
        var dangling = new FlowchartBuilder("x").Activity("a", "Elsa.Start").Connect("a", "ghost").BuildJson().ToJsonString();
        var duplicate = new FlowchartBuilder("x").Activity("a", "Elsa.Start").Activity("a", "Elsa.End").BuildJson().ToJsonString();
        return new TheoryData<string, string, string>
        {
            { unknownType, "root.activities[0].type", "Unknown activity type 'Acme.Unknown' (activity 'a')." },
            { dangling, "root.connections[0].target.activity", "The connection points to 'ghost', but no activity has that id." },
            { duplicate, "root.activities[1].id", "Activity id 'a' is used more than once." },
            { "{\"name\": \"x\", ", "$", "The definition is not valid JSON at line 1, position 15." },
        };
    }

    [Theory]
    [MemberData(nameof(MalformedDefinitions))]
    public async Task Create_MalformedDefinition_IsRefusedWithFieldErrors_AndNothingStored(string body, string field, string message)
    {
        var client = await fixture.Host.ClientForAsync("kari.prosesseier");
        var before = await CountAsync(client);

        var response = await client.PostAsync("/api/definitions", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Equal(message, problem!["errors"]![field]![0]!.GetValue<string>());
        Assert.Equal(before, await CountAsync(client));
    }

    [Fact]
    public async Task SaveAndPublish_OverHttp_GivesVersionsOneAndTwo_WhileAnInstanceStaysOnOne()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var id = $"def-{Guid.NewGuid():N}";
        await owner.PostAsync("/api/definitions", Json(Waiting(id, "v1").BuildJson()), Ct);
        await owner.PostAsync($"/api/definitions/{id}/publish", null, Ct);
        var started = await owner.PostAsJsonAsync("/api/instances", new { definitionId = id }, Ct);
        var instanceId = (await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();

        var draft = await owner.PutAsync($"/api/definitions/{id}", Json(Waiting(id, "v2").BuildJson()), Ct);
        var published = await owner.PostAsync($"/api/definitions/{id}/publish", null, Ct);
        var versions = await owner.GetFromJsonAsync<JsonArray>($"/api/definitions/{id}/versions", Ct);
        var instance = await owner.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}", Ct);

        Assert.Equal(2, (await draft.Content.ReadFromJsonAsync<JsonObject>(Ct))!["version"]!.GetValue<int>());
        Assert.True((await published.Content.ReadFromJsonAsync<JsonObject>(Ct))!["isPublished"]!.GetValue<bool>());
        Assert.Equal([2, 1], versions!.Select(v => v!["version"]!.GetValue<int>()));
        Assert.Equal(1, instance!["instance"]!["definitionVersion"]!.GetValue<int>());
        Assert.Equal("v1", instance["executionLog"]![1]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ExportThenImport_KeepsTheDefinitionUnchanged()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var id = $"def-{Guid.NewGuid():N}";
        var json = Waiting(id, "eksport").BuildJson();
        json["customProperties"] = new JsonObject { ["eier"] = "TIT" };
        json["root"]!["activities"]![1]!["metadata"]!["designer"]!["size"] = new JsonObject { ["width"] = 177.95, ["height"] = 54 };
        await owner.PostAsync("/api/definitions", Json(json), Ct);

        var exported = JsonNode.Parse(await owner.GetStringAsync($"/api/definitions/{id}/export", Ct))!.AsObject();
        var reimported = await owner.PostAsync("/api/definitions/import", Json(exported), Ct);
        var again = JsonNode.Parse(await owner.GetStringAsync($"/api/definitions/{id}/export", Ct))!.AsObject();

        Assert.Equal(HttpStatusCode.OK, reimported.StatusCode);
        Assert.True(JsonNode.DeepEquals(exported["root"], again["root"]));
        Assert.True(JsonNode.DeepEquals(json["root"], again["root"]));
        Assert.Equal("TIT", again["customProperties"]!["eier"]!.GetValue<string>());
    }

    [Fact]
    public async Task Validate_ReportsErrorsWithoutStoring()
    {
        var client = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var invalid = new FlowchartBuilder("x").Activity("d", "Elsa.FlowDecision", ("condition", Expr.JavaScript("(", "Boolean"))).BuildJson();

        var bad = await client.PostAsync("/api/definitions/validate", Json(invalid), Ct);
        var good = await client.PostAsync("/api/definitions/validate", Json(Waiting("ok", "x").BuildJson()), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("root.activities[0].condition.expression.value", (await bad.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
    }

    [Fact]
    public async Task Endpoints_WithoutToken_Answer401_AndCaseworkerCannotEditDefinitions()
    {
        var anonymous = fixture.Host.CreateClient();
        var caseworker = await fixture.Host.ClientForAsync("ola.saksbehandler");

        var noToken = await anonymous.GetAsync("/api/definitions", Ct);
        var forbidden = await caseworker.PostAsync("/api/definitions", Json(Waiting("nope", "x").BuildJson()), Ct);
        var health = await anonymous.GetAsync("/health/ready", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task UnknownIds_Answer404()
    {
        var client = await fixture.Host.ClientForAsync("kari.prosesseier");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/definitions/finnes-ikke", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/instances/finnes-ikke", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/instances", new { definitionId = "finnes-ikke" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Start_DraftOnlyDefinition_IsAFieldError()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var id = $"def-{Guid.NewGuid():N}";
        await owner.PostAsync("/api/definitions", Json(Waiting(id, "utkast").BuildJson()), Ct);

        var response = await owner.PostAsJsonAsync("/api/instances", new { definitionId = id }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The pathway has no published version to start.", (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!["definitionId"]![0]!.GetValue<string>());
    }

    private static async Task<long> CountAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonObject>("/api/definitions?versionOptions=AllVersions", Ct))!["totalCount"]!.GetValue<long>();

    private static StringContent Json(JsonObject json) => new(json.ToJsonString(), Encoding.UTF8, "application/json");
}

public sealed class SqliteDefinitionApiTests(SqliteHostFixture fixture) : DefinitionApiTests(fixture), IClassFixture<SqliteHostFixture>;

public sealed class PostgreSqlDefinitionApiTests(PostgreSqlHostFixture fixture) : DefinitionApiTests(fixture), IClassFixture<PostgreSqlHostFixture>;
