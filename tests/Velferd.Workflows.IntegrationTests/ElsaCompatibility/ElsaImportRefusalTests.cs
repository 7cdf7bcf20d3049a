using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.ElsaCompatibility;

/// <summary>
/// Elsa 3 definitions the engine cannot run are refused at import with a 400 that names the activity and what is
/// unsupported; no definition, however malformed, gets a 500.
/// </summary>
public abstract class ElsaImportRefusalTests(HostFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Definition(string definitionId, JsonArray activities, JsonNode? connections = null) => new()
    {
        ["definitionId"] = definitionId, ["name"] = definitionId, ["version"] = 1, ["toolVersion"] = "3.8.0.0",
        ["variables"] = new JsonArray(), ["inputs"] = new JsonArray(), ["outputs"] = new JsonArray(), ["outcomes"] = new JsonArray(),
        ["root"] = new JsonObject
        {
            ["id"] = "root", ["type"] = "Elsa.Flowchart", ["version"] = 1, ["activities"] = activities, ["connections"] = connections ?? new JsonArray(),
        },
    };

    private static JsonObject WriteLine(string id, string displayText, string expressionType, string value) => new()
    {
        ["id"] = id, ["name"] = "WriteLine1", ["type"] = "Elsa.WriteLine", ["version"] = 1,
        ["metadata"] = new JsonObject { ["displayText"] = displayText },
        ["text"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = expressionType, ["value"] = value } },
    };

    private async Task<HttpResponseMessage> ImportAsync(JsonNode body)
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        return await owner.PostAsync("/elsa/api/workflow-definitions/import", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
    }

    [Fact]
    public async Task Import_CSharpExpression_Is400NamingTheActivityAndTheExpressionType()
    {
        var answer = await ImportAsync(Definition("elsa-csharp", [WriteLine("hilsen", "Skriv hilsen", "CSharp", "\"Hei \" + Input.Name")]));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var error = Assert.Single((await answer.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!["root.activities[0].text.expression.type"]!.AsArray())!.GetValue<string>();
        Assert.Contains("'CSharp'", error, StringComparison.Ordinal);
        Assert.Contains("«Skriv hilsen»", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnknownActivityType_Is400NamingTheActivity()
    {
        var answer = await ImportAsync(Definition("elsa-http", [new JsonObject { ["id"] = "send", ["type"] = "Elsa.SendEmail", ["version"] = 1 }]));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var error = Assert.Single((await answer.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!["root.activities[0].type"]!.AsArray())!.GetValue<string>();
        Assert.Contains("'Elsa.SendEmail'", error, StringComparison.Ordinal);
        Assert.Contains("'send'", error, StringComparison.Ordinal);
    }

    // Elsa resumes an HTTP endpoint that waits in the middle of a flow; this engine starts pathways with it only, so such
    // a definition would fault when the flow reached the endpoint: it is refused at import instead, and nothing is stored.
    [Fact]
    public async Task Import_HttpEndpointAfterTheStart_Is400NamingTheActivity_NothingStored()
    {
        var start = new JsonObject { ["id"] = "start", ["type"] = "Elsa.Start", ["version"] = 1 };
        var endpoint = new JsonObject
        {
            ["id"] = "svar", ["type"] = "Elsa.HttpEndpoint", ["version"] = 1, ["metadata"] = new JsonObject { ["displayText"] = "Vent på svar" },
            ["path"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "svar" } },
        };
        var connections = new JsonArray(new JsonObject { ["source"] = "start", ["sourcePort"] = "Done", ["target"] = "svar", ["targetPort"] = "In" });

        var answer = await ImportAsync(Definition("elsa-http-midt-i", [start, endpoint], connections));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var error = Assert.Single((await answer.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!["root.activities[1].type"]!.AsArray())!.GetValue<string>();
        Assert.Contains("«Vent på svar»", error, StringComparison.Ordinal);
        Assert.Contains("kan bare stå der forløpet begynner", error, StringComparison.Ordinal);
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync("/elsa/api/workflow-definitions/by-definition-id/elsa-http-midt-i", Ct)).StatusCode);
    }

    [Fact]
    public async Task Import_ConnectionIntoALoopsBody_Is400NamingTheConnectionAndTheActivity()
    {
        // Elsa enters a body only through its container; an arrow from the root into it is not a flowchart Elsa runs.
        var body = new JsonObject
        {
            ["id"] = "kropp", ["type"] = "Elsa.Flowchart", ["version"] = 1,
            ["activities"] = new JsonArray(WriteLine("inne", "Inne i løkken", "Literal", "inne")), ["connections"] = new JsonArray(),
        };
        var loop = new JsonObject { ["id"] = "lokke", ["type"] = "Elsa.ForEach", ["version"] = 1, ["body"] = body };
        var connections = new JsonArray(new JsonObject { ["source"] = "lokke", ["sourcePort"] = "Done", ["target"] = "inne", ["targetPort"] = "In" });

        var answer = await ImportAsync(Definition("elsa-inn-i-lokke", [loop], connections));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var error = Assert.Single((await answer.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!["root.connections[0].target.activity"]!.AsArray())!.GetValue<string>();
        Assert.Contains("'inne'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnknownActivityTypeInALoopsBody_Is400AtItsPathInTheBody()
    {
        var body = new JsonObject
        {
            ["id"] = "kropp", ["type"] = "Elsa.Flowchart", ["version"] = 1,
            ["activities"] = new JsonArray(new JsonObject { ["id"] = "send", ["type"] = "Elsa.SendEmail", ["version"] = 1 }), ["connections"] = new JsonArray(),
        };

        var answer = await ImportAsync(Definition("elsa-ukjent-i-lokke", [new JsonObject { ["id"] = "lokke", ["type"] = "Elsa.ForEach", ["version"] = 1, ["body"] = body }]));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var error = Assert.Single((await answer.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!["root.activities[0].body.activities[0].type"]!.AsArray())!.GetValue<string>();
        Assert.Contains("'Elsa.SendEmail'", error, StringComparison.Ordinal);
    }

    public static TheoryData<string> Malformed() =>
    [
        """{"definitionId":"m1","name":"m1","root":{"id":"r","type":"Elsa.Flowchart","activities":{"a":1},"connections":[]}}""",
        """{"definitionId":"m2","name":"m2","root":{"id":"r","type":"Elsa.Flowchart","activities":[1,"x",null],"connections":[]}}""",
        """{"definitionId":"m3","name":"m3","root":{"id":"r","type":"Elsa.Flowchart","activities":[{"id":"a","type":"Elsa.WriteLine","version":"x","text":5}],"connections":[{"source":5,"target":[]}]}}""",
        """{"definitionId":"m4","name":"m4","root":{"id":"r","type":"Elsa.Flowchart","activities":[{"id":"a","type":"Elsa.WriteLine","text":{"typeName":"String","expression":{"type":"JavaScript","value":{"x":1}}}}]}}""",
        """{"definitionId":"m5","name":"m5","root":{"id":"r","type":"Elsa.Flowchart","activities":[{"id":"s","type":"Elsa.FlowSwitch","cases":"nope","mode":{"typeName":"String","expression":{"type":"Literal","value":"Sometimes"}}}]}}""",
        """{"definitionId":"m6","name":"m6","variables":[{"name":5},{"id":"v","name":"v","typeName":"Int32","value":"tolv"}],"root":{"id":"r","type":"Elsa.Flowchart","activities":[{"id":"set","type":"Elsa.SetVariable","variable":{"id":"nope"},"value":{"typeName":"Object","expression":{"type":"Variable","value":42}}}]}}""",
        """{"definitionId":"m7","name":"m7","root":{"id":"r","type":"Elsa.Flowchart","activities":[{"id":"a","type":"Elsa.FlowJoin","mode":{"typeName":"String","expression":{"type":"Literal","value":"WaitSome"}},"customProperties":{"mergeMode":42}},{"id":"b","type":"Elsa.Complete","outcomes":{"typeName":"Object","expression":{"type":"Object","value":"[1,"}}}],"connections":[{"source":"a","target":"zz"}]}}""",
        """{"definitionId":"m8","name":"m8","root":{"id":"r","type":"Elsa.Sequence","activities":[]}}""",
        """{"definitionId":"m9","name":"m9","root":[]}""",
        """{"definitionId":"m10","name":"m10","root":{"id":"r","type":"Elsa.Flowchart","activities":[{"id":"l","type":"Elsa.ForEach","body":[1]},{"id":"w","type":"Elsa.While","body":{"type":"Elsa.Flowchart","activities":"x","connections":5}},{"id":"f","type":"Elsa.FlowNode","body":{"id":"f","type":"Elsa.Nope"}}]}}""",
        """[1,2,3]""",
    ];

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Import_MalformedDefinition_IsNeverA500(string body)
    {
        var answer = await ImportAsync(JsonNode.Parse(body)!);

        Assert.True(answer.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync(Ct)}");
    }
}

/// <summary>The refusals on SQLite.</summary>
public sealed class SqliteElsaImportRefusalTests(SqliteHostFixture fixture) : ElsaImportRefusalTests(fixture), IClassFixture<SqliteHostFixture>;
