using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.IntegrationTests.Crash;

/// <summary>
/// Two host processes on one PostgreSQL database under a load of starts, task completions, signals and timers; one of
/// them is killed with SIGKILL in each phase and started again. Clients retry a failed request on the other node with
/// the same idempotency key, as a load balancer would. Afterwards the database must show every case finished once:
/// nothing lost, nothing doubled, nothing stuck.
/// </summary>
public sealed class TwoNodeCrashTests : IAsyncLifetime
{
    private const int Cases = 40;
    private const string DefinitionId = "krasjprove";
    private CrashRig _rig = null!;
    private string _token = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _rig = await CrashRig.StartAsync(nodes: 2);

    public async ValueTask DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task TwoNodes_OneKilledInEachPhase_EveryCaseFinishesOnce()
    {
        _token = await _rig.TokenAsync("ola.saksbehandler");
        await ImportDefinitionAsync();

        // Phase 1: starts; node 0 dies half-way.
        await _rig.SendAllAsync(Cases, _token, (client, i) => client.PostAsJsonAsync(
            "/api/instances", new { definitionId = DefinitionId, correlationId = CaseId(i) }, Ct), i => $"start-{i}", victim: 0);
        await _rig.WaitForAsync("SELECT count(*) FROM human_tasks WHERE status <> 'Completed' AND status <> 'Cancelled'", Cases);

        // Phase 2: task completions; node 1 dies half-way.
        var tasks = await _rig.StringsAsync("SELECT id FROM human_tasks ORDER BY correlation_id");
        Assert.Equal(Cases, tasks.Count);
        await _rig.SendAllAsync(Cases, _token, (client, i) => client.PostAsJsonAsync(
            $"/api/tasks/{tasks[i]}/complete", new JsonObject(), Ct), i => $"complete-{i}", victim: 1);
        await _rig.WaitForAsync("SELECT count(*) FROM workflow_bookmarks WHERE activity_id = 'klar'", Cases);

        // Phase 3: signals, then the one-minute timers they lead to (the calendar's finest unit); node 0 dies half-way again.
        await _rig.SendAllAsync(Cases, _token, (client, i) => client.PostAsJsonAsync(
            "/api/signals/Klar", new { correlationId = CaseId(i) }, Ct), i => $"klar-{i}", victim: 0);
        await _rig.WaitForAsync($"SELECT count(*) FROM workflow_instances WHERE definition_id = '{DefinitionId}' AND sub_status = 'Finished'", Cases);

        Assert.Equal(Cases, await _rig.ScalarAsync($"SELECT count(*) FROM workflow_instances WHERE definition_id = '{DefinitionId}'"));
        Assert.Equal(Cases, await _rig.ScalarAsync($"SELECT count(DISTINCT correlation_id) FROM workflow_instances WHERE definition_id = '{DefinitionId}'"));
        Assert.Equal(Cases, await _rig.ScalarAsync("SELECT count(*) FROM human_tasks WHERE status = 'Completed'"));
        Assert.Equal(Cases, await _rig.ScalarAsync("SELECT count(*) FROM deadlines WHERE activity_id = 'vent' AND status = 'Elapsed'"));
        Assert.Equal(0, await _rig.ScalarAsync("SELECT count(*) FROM deadlines WHERE activity_id = 'vent' AND status <> 'Elapsed'"));
        Assert.Equal(0, await _rig.ScalarAsync("SELECT count(*) FROM stimuli WHERE status <> 'Done'"));
        Assert.Equal(0, await _rig.ScalarAsync("SELECT count(*) FROM workflow_bookmarks"));
        foreach (var step in new[] { "oppgave", "klar", "vent" })
        {
            Assert.Equal(Cases, await _rig.ScalarAsync($"SELECT count(*) FROM activity_executions WHERE activity_id = '{step}' AND resumed"));
        }

        Assert.Equal(Cases, await _rig.ScalarAsync("SELECT count(*) FROM activity_executions WHERE activity_id = 'ferdig'"));
        Assert.Equal(Cases, await _rig.ScalarAsync("SELECT count(DISTINCT workflow_instance_id) FROM activity_executions WHERE activity_id = 'ferdig'"));
    }

    private static string CaseId(int i) => $"krasj-{i:D3}";

    private async Task ImportDefinitionAsync() =>
        await _rig.ImportAsync(new FlowchartBuilder("Krasjprøve").WithDefinitionId(DefinitionId)
            .Activity("start", "Elsa.Start")
            .Activity("oppgave", "Velferd.UserTask", ("title", Expr.Literal("Vurder saken")), ("assignee", Expr.Literal("ola.saksbehandler")))
            .Activity("klar", "Elsa.Event", ("eventName", Expr.Literal("Klar")))
            .Activity("vent", "Velferd.Timer", ("duration", Expr.Literal("PT1M")))
            .Activity("ferdig", "Elsa.WriteLine", ("text", Expr.Literal("ferdig")))
            .Chain("start", "oppgave", "klar", "vent", "ferdig")
            .BuildJson());
}
