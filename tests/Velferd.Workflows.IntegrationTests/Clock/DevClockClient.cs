using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Clock;

/// <summary>What the clock tests do over HTTP: read and move the host's clock, publish a pathway, start a case.</summary>
internal static class DevClockClient
{
    public static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The host's time (<c>GET /api/dev/clock</c>).</summary>
    public static async Task<(DateTimeOffset Now, TimeSpan Offset)> ClockAsync(HttpClient client)
    {
        var clock = (await client.GetFromJsonAsync<JsonObject>("/api/dev/clock", Ct))!;
        return (clock["now"]!.GetValue<DateTimeOffset>(), Offset(clock));
    }

    /// <summary>The <c>offset</c> of a clock or a move (a TimeSpan in JSON's "d.hh:mm:ss" form).</summary>
    public static TimeSpan Offset(JsonObject clock) => TimeSpan.Parse(clock["offset"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Posts a move (any JSON text, so tests can send malformed bodies).</summary>
    public static Task<HttpResponseMessage> PostMoveAsync(HttpClient client, string json) =>
        client.PostAsync("/api/dev/clock", new StringContent(json, Encoding.UTF8, "application/json"), Ct);

    /// <summary>Moves the clock and returns the answer, failing unless it is 200.</summary>
    public static async Task<JsonObject> MoveAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/dev/clock", body, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }

    /// <summary>Publishes a definition through the engine's own service (the designer's save is tested elsewhere).</summary>
    public static async Task<string> PublishAsync(WorkflowHostFactory host, DefinitionModel definition)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveAsync(definition, publish: true, Ct);
        return saved.Definition!.DefinitionId;
    }

    /// <summary>Starts an instance for a case over the API and waits until the engine is idle.</summary>
    public static async Task<string> StartAsync(WorkflowHostFactory host, HttpClient client, string definitionId, string caseId)
    {
        var started = await client.PostAsJsonAsync("/api/instances", new { definitionId, correlationId = caseId }, Ct);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        await host.WaitUntilIdleAsync(Idle);
        return (await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();
    }

    /// <summary>An instance with its execution log (<c>GET /api/instances/{id}</c>).</summary>
    public static async Task<JsonObject> InstanceAsync(HttpClient client, string instanceId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}", Ct))!;

    /// <summary>The case's deadlines and timers (<c>GET /api/deadlines?correlationId=</c>).</summary>
    public static async Task<JsonArray> DeadlinesAsync(HttpClient client, string caseId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/deadlines?correlationId={caseId}", Ct))!["items"]!.AsArray();

    /// <summary>The log entries of one activity.</summary>
    public static List<JsonNode> Entries(JsonObject instance, string activityId) =>
        [.. instance["executionLog"]!.AsArray().Where(r => r!["activityId"]!.GetValue<string>() == activityId).Select(r => r!)];

    public static string NewCase() => $"sak-{Guid.NewGuid():N}";
}
