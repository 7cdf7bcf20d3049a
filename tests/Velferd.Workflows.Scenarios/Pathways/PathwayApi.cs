using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Host.RemoteServices;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.Scenarios.Pathways;

/// <summary>
/// What the pathway scenarios do over HTTP as the demo users: start a seeded pathway for a case, take and complete the
/// inbox task a step gives, move the host's dev clock, read the instance, the case and its deadlines. Every action
/// waits until the engine is idle, so the next read sees its effect.
/// </summary>
public sealed class PathwayApi(WorkflowHostFactory host)
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The host's clock (the controllable dev clock).</summary>
    public TimeProvider Clock => host.Services.GetRequiredService<TimeProvider>();

    /// <summary>Starts <paramref name="definitionId"/> for <paramref name="caseId"/> (the case id is the correlation id); returns the instance id.</summary>
    public async Task<string> StartAsync(HttpClient client, string definitionId, string caseId)
    {
        var started = await client.PostAsJsonAsync("/api/instances", new { definitionId, correlationId = caseId, input = new { saksId = caseId } }, Ct);
        Assert.True(started.StatusCode == HttpStatusCode.Created, await started.Content.ReadAsStringAsync(Ct));
        await host.WaitUntilIdleAsync(Idle);
        return (await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();
    }

    /// <summary>The open tasks of the case that <paramref name="client"/> may take, newest first.</summary>
    public static async Task<List<JsonObject>> OpenTasksAsync(HttpClient client, string caseId)
    {
        var page = (await client.GetFromJsonAsync<JsonObject>($"/api/tasks/unclaimed?caseId={Uri.EscapeDataString(caseId)}&sort=Newest", Ct))!;
        return [.. page["items"]!.AsArray().Select(t => t!.AsObject())];
    }

    /// <summary>The one open task of the case whose title contains <paramref name="title"/>; fails if there is none.</summary>
    public static async Task<JsonObject> TaskAsync(HttpClient client, string caseId, string title)
    {
        var tasks = await OpenTasksAsync(client, caseId);
        return Assert.Single(tasks, t => t["title"]!.GetValue<string>().Contains(title, StringComparison.Ordinal));
    }

    /// <summary>Takes the open task titled <paramref name="title"/> and completes it with <paramref name="outcome"/> and <paramref name="form"/>.</summary>
    public async Task CompleteAsync(HttpClient client, string caseId, string title, string outcome, JsonObject? form = null)
    {
        var id = (await TaskAsync(client, caseId, title))["id"]!.GetValue<string>();
        var claimed = await client.PostAsync($"/api/tasks/{id}/claim", null, Ct);
        Assert.True(claimed.IsSuccessStatusCode, await claimed.Content.ReadAsStringAsync(Ct));
        var completed = await client.PostAsJsonAsync($"/api/tasks/{id}/complete", new { outcome, form = form ?? new JsonObject() }, Ct);
        Assert.True(completed.IsSuccessStatusCode, await completed.Content.ReadAsStringAsync(Ct));
        await host.WaitUntilIdleAsync(Idle);
    }

    /// <summary>Moves the host's clock (<c>POST /api/dev/clock</c> as the process owner) by an ISO 8601 period.</summary>
    public async Task AdvanceAsync(string period)
    {
        var owner = await host.ClientForAsync("kari.prosesseier");
        var moved = await owner.PostAsJsonAsync("/api/dev/clock", new { advance = period }, Ct);
        Assert.True(moved.StatusCode == HttpStatusCode.OK, await moved.Content.ReadAsStringAsync(Ct));
        await host.WaitUntilIdleAsync(Idle);
    }

    /// <summary>Sets the host's clock (<c>POST /api/dev/clock</c> as the process owner) to <paramref name="now"/> (ISO 8601 with offset).</summary>
    public async Task SetClockAsync(string now)
    {
        var owner = await host.ClientForAsync("kari.prosesseier");
        var moved = await owner.PostAsJsonAsync("/api/dev/clock", new { now }, Ct);
        Assert.True(moved.StatusCode == HttpStatusCode.OK, await moved.Content.ReadAsStringAsync(Ct));
        await host.WaitUntilIdleAsync(Idle);
    }

    /// <summary>
    /// Folkeregisteret's birth event for <paramref name="number"/>, appended to the simulator's feed (twice under one
    /// event id when <paramref name="replayed"/>) and read once as the feed service does; returns when all it started
    /// has settled.
    /// </summary>
    public async Task DeliverBirthAsync(string number, bool replayed)
    {
        var simulator = host.Services.GetRequiredService<LocalSimulator>().State;
        var birth = simulator.Feed.Append(null, "Foedsel", number);
        if (replayed)
        {
            simulator.Feed.Append(birth.Hendelsesidentifikator, "Foedsel", number);
        }

        var feed = host.Services.GetServices<IHostedService>().OfType<FolkeregisterFeedService>().Single();
        await feed.ReadOnceAsync(Ct);
        await BackgroundWork.WaitUntilSettledAsync(host, TimeSpan.FromSeconds(60));
    }

    /// <summary>Posts <paramref name="body"/> and waits until the engine is idle; fails unless the answer is a success.</summary>
    public async Task<JsonObject> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body, Ct);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        await host.WaitUntilIdleAsync(Idle);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }

    /// <summary>The instance's sub-status (<c>Suspended</c>, <c>Finished</c>, …) and its output «Utfall».</summary>
    public static async Task<(string SubStatus, string? Outcome)> InstanceAsync(HttpClient client, string instanceId)
    {
        var details = (await client.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}", Ct))!;
        return (details["instance"]!["subStatus"]!.GetValue<string>(), details["output"]?["Utfall"]?.GetValue<string>());
    }

    /// <summary>The case's status and end code as <c>GET /api/cases/{id}</c> shows them.</summary>
    public static async Task<(string Status, string? EndCode)> CaseAsync(HttpClient client, string caseId)
    {
        var found = (await client.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}", Ct))!;
        return (found["status"]!.GetValue<string>(), found["endCode"]?.GetValue<string>());
    }

    /// <summary>The case's deadlines (<c>GET /api/deadlines?correlationId=</c>).</summary>
    public static async Task<List<JsonObject>> DeadlinesAsync(HttpClient client, string caseId) =>
        [.. (await client.GetFromJsonAsync<JsonObject>($"/api/deadlines?correlationId={Uri.EscapeDataString(caseId)}", Ct))!["items"]!.AsArray().Select(d => d!.AsObject())];
}
