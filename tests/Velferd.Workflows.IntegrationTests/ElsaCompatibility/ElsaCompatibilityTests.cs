using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.ElsaCompatibility;

/// <summary>
/// The Elsa 3 compatibility suite: each definition in <c>Definitions/</c> is an Elsa 3 workflow export written here
/// from Elsa's documented format, and <c>Expected/</c> holds, under the same name, what Elsa 3 does with it: the lines
/// written in order, the final status, the outputs and how often activities ran. Each one is imported through the
/// Studio's import route, must come back unchanged from export, and must run to that behaviour. A case with sub-workflows
/// lists its child definitions (<c>Children/</c>, imported and published first, in order) and the lines its child
/// instances wrote, instance by instance in the order they started.
/// </summary>
public abstract class ElsaCompatibilityTests(HostFixture fixture)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "ElsaCompatibility");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The case names (file names without extension).</summary>
    public static TheoryData<string> Cases() =>
        [.. Directory.GetFiles(Path.Combine(Folder, "Definitions"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Fact]
    public void Suite_HasAtLeastFortyDefinitions_EachWithItsExpectation()
    {
        var definitions = Cases().Select(c => (string)c.Data).ToList();

        Assert.True(definitions.Count >= 40, $"{definitions.Count} definitions");
        Assert.All(definitions, name => Assert.True(File.Exists(Path.Combine(Folder, "Expected", name + ".json")), $"{name}: no expectation"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ElsaDefinition_ImportedRoundTrippedAndRun_BehavesAsInElsa(string name)
    {
        var definition = Read("Definitions", name);
        var expected = Read("Expected", name);
        var definitionId = definition["definitionId"]!.GetValue<string>();
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var children = await ImportChildrenAsync(owner, expected);

        var imported = await owner.PostAsync("/elsa/api/workflow-definitions/import", Json(definition), Ct);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var exported = JsonNode.Parse(await owner.GetStringAsync($"/elsa/api/workflow-definitions/{definitionId}/export?versionOptions=Latest", Ct))!.AsObject();
        foreach (var field in (string[])["name", "description", "variables", "inputs", "outputs", "root"])
        {
            Assert.True(JsonNode.DeepEquals(definition[field], exported[field]), $"{name}: '{field}' changed on the way through import and export: {exported[field]?.ToJsonString()}");
        }

        var instanceId = await RunAsync(owner, definitionId, expected);

        var instance = await BackgroundWork.FindAsync(fixture.Host, instanceId);
        var log = await BackgroundWork.LogAsync(fixture.Host, instanceId);
        var lines = log.Where(r => r is { ActivityType: "Elsa.WriteLine", Status: ActivityExecutionStatus.Completed }).Select(r => r.Message);
        Assert.Equal(Strings(expected["lines"]), lines);
        Assert.Equal((expected["status"]!.GetValue<string>(), expected["subStatus"]!.GetValue<string>()), (instance.Status.ToString(), instance.SubStatus.ToString()));
        foreach (var (output, value) in expected["outputs"]!.AsObject())
        {
            Assert.True(instance.State.Output.TryGetValue(output, out var actual) && SameValue(value, actual), $"{name}: output '{output}' is {actual?.ToJsonString() ?? "missing"}, expected {value?.ToJsonString()}");
        }

        if (expected["instanceName"] is { } instanceName)
        {
            Assert.Equal(instanceName.GetValue<string>(), instance.Name);
        }

        if (children.Count > 0)
        {
            var childInstances = await ChildInstancesAsync(children);
            Assert.Equal(expected["childInstances"]!.GetValue<int>(), childInstances.Count);
            var childLines = new List<string?>();
            foreach (var child in childInstances)
            {
                childLines.AddRange((await BackgroundWork.LogAsync(fixture.Host, child.Id))
                    .Where(r => r is { ActivityType: "Elsa.WriteLine", Status: ActivityExecutionStatus.Completed }).Select(r => r.Message));
            }

            Assert.Equal(Strings(expected["childLines"]), childLines);
        }

        foreach (var (activityId, times) in expected["runs"]!.AsObject())
        {
            var ran = log.Count(r => r.ActivityId == activityId && r.Status == ActivityExecutionStatus.Completed);
            Assert.True(ran == times!.GetValue<int>(), $"{name}: '{activityId}' ran {ran} times, expected {times}");
        }
    }

    private static async Task<IReadOnlyList<string>> ImportChildrenAsync(HttpClient owner, JsonObject expected)
    {
        var definitionIds = new List<string>();
        foreach (var child in Strings(expected["children"]))
        {
            var definition = Read("Children", child);
            var definitionId = definition["definitionId"]!.GetValue<string>();
            var imported = await owner.PostAsync("/elsa/api/workflow-definitions/import", Json(definition), Ct);
            Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
            var published = await owner.PostAsync($"/elsa/api/workflow-definitions/{definitionId}/publish", Json(new JsonObject()), Ct);
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
            definitionIds.Add(definitionId);
        }

        return [.. definitionIds.Distinct()];
    }

    private async Task<IReadOnlyList<WorkflowInstance>> ChildInstancesAsync(IReadOnlyList<string> definitionIds)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>();
        var found = new List<WorkflowInstance>();
        foreach (var definitionId in definitionIds)
        {
            found.AddRange((await store.ListAsync(new InstanceQuery { DefinitionId = definitionId, PageSize = 100 }, Ct)).Items);
        }

        // Ids are time-ordered: the order the children started in.
        return [.. found.OrderBy(i => i.Id, StringComparer.Ordinal)];
    }

    private async Task<string> RunAsync(HttpClient owner, string definitionId, JsonObject expected)
    {
        if (expected["request"] is JsonObject request)
        {
            return await RequestAsync(owner, definitionId, request, expected["response"]!.AsObject());
        }

        var correlationId = expected["correlationId"]?.GetValue<string>();
        var run = await owner.PostAsync($"/elsa/api/workflow-definitions/{definitionId}/execute", Json(new JsonObject
        {
            ["versionOptions"] = "Latest", ["correlationId"] = correlationId, ["input"] = expected["input"]!.DeepClone(),
        }), Ct);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var instanceId = Assert.Single(run.Headers.GetValues("x-elsa-workflow-instance-id"));
        await BackgroundWork.WaitUntilIdleAsync(fixture.Host);
        var signalCorrelationId = expected["signalCorrelationId"]?.GetValue<string>() ?? correlationId;
        foreach (var signal in Strings(expected["signals"]))
        {
            var sent = await owner.PostAsJsonAsync($"/api/signals/{Uri.EscapeDataString(signal)}", new { correlationId = signalCorrelationId }, Ct);
            Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
            await BackgroundWork.WaitUntilIdleAsync(fixture.Host);
        }

        return instanceId;
    }

    // An HTTP workflow: published (only published pathways take requests), then started by the request, whose answer is
    // what the pathway wrote before it first waited or ended.
    private async Task<string> RequestAsync(HttpClient owner, string definitionId, JsonObject request, JsonObject response)
    {
        var published = await owner.PostAsync($"/elsa/api/workflow-definitions/{definitionId}/publish", Json(new JsonObject()), Ct);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        using var caller = request["signedIn"]?.GetValue<bool>() == false ? fixture.Host.CreateClient() : null;
        var message = new HttpRequestMessage(new HttpMethod(request["method"]!.GetValue<string>()), request["path"]!.GetValue<string>())
        {
            Content = request["body"] is { } body ? Json(body) : null,
        };
        var answer = await (caller ?? owner).SendAsync(message, Ct);

        Assert.Equal(response["status"]!.GetValue<int>(), (int)answer.StatusCode);
        if (response["contentType"] is { } contentType)
        {
            Assert.Equal(contentType.GetValue<string>(), answer.Content.Headers.ContentType?.MediaType);
        }

        var text = await answer.Content.ReadAsStringAsync(Ct);
        if (response["body"] is { } json)
        {
            Assert.True(JsonNode.DeepEquals(json, JsonNode.Parse(text)), $"answered {text}");
        }
        else
        {
            Assert.Equal(response["text"]!.GetValue<string>(), text);
        }

        await BackgroundWork.WaitUntilIdleAsync(fixture.Host);
        return Assert.Single(answer.Headers.GetValues("x-elsa-workflow-instance-id"));
    }

    // JavaScript numbers come back as doubles; 42 and 42.0 are the same output.
    private static bool SameValue(JsonNode? expected, JsonNode? actual) =>
        JsonNode.DeepEquals(expected, actual)
        || (expected is JsonValue e && actual is JsonValue a && e.TryGetValue<double>(out var x) && a.TryGetValue<double>(out var y) && x == y);

    private static string[] Strings(JsonNode? array) => [.. (array?.AsArray() ?? []).Select(n => n!.GetValue<string>())];

    private static JsonObject Read(string kind, string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, kind, name + ".json")))!.AsObject();

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");
}

/// <summary>The suite on SQLite.</summary>
public sealed class SqliteElsaCompatibilityTests(SqliteHostFixture fixture) : ElsaCompatibilityTests(fixture), IClassFixture<SqliteHostFixture>;

/// <summary>The suite on PostgreSQL.</summary>
public sealed class PostgreSqlElsaCompatibilityTests(PostgreSqlHostFixture fixture) : ElsaCompatibilityTests(fixture), IClassFixture<PostgreSqlHostFixture>;
