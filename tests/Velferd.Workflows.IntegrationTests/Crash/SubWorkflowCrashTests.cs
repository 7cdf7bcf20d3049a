using System.Net.Http.Json;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.IntegrationTests.Crash;

/// <summary>
/// Parents that wait for child instances (<c>Elsa.ExecuteWorkflow</c>) on a host process that is killed with SIGKILL,
/// once while every child waits and once while the children are finishing and reporting back. Each parent must resume
/// exactly once: the resumption Elsa users report lost after a crash, or doubled.
/// </summary>
public sealed class SubWorkflowCrashTests : IAsyncLifetime
{
    private const int Cases = 16;
    private const string Parent = "krasj-forelder";
    private const string Child = "krasj-barn";
    private CrashRig _rig = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _rig = await CrashRig.StartAsync(nodes: 1);

    public async ValueTask DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task ParentsWithChildren_HostKilledWhileChildrenRunAndFinish_EachParentResumesOnce()
    {
        var token = await _rig.TokenAsync("ola.saksbehandler");
        await _rig.ImportAsync(new FlowchartBuilder("Krasjbarn").WithDefinitionId(Child)
            .Activity("start", "Elsa.Start")
            .Activity("venter", "Elsa.Event", ("eventName", Expr.Literal("BarnKlar")))
            .Activity("barn-ferdig", "Elsa.WriteLine", ("text", Expr.Literal("barn ferdig")))
            .Chain("start", "venter", "barn-ferdig")
            .BuildJson());
        await _rig.ImportAsync(new FlowchartBuilder("Krasjforelder").WithDefinitionId(Parent)
            .Activity("start", "Elsa.Start")
            .Activity("kjor", "Elsa.ExecuteWorkflow", ("workflowDefinitionId", Expr.Literal(Child)))
            .Activity("etter", "Elsa.WriteLine", ("text", Expr.Literal("forelder ferdig")))
            .Chain("start", "kjor", "etter")
            .BuildJson());
        await _rig.SendAllAsync(Cases, token, (client, i) => client.PostAsJsonAsync("/api/instances", new { definitionId = Parent, correlationId = CaseId(i) }, Ct), i => $"start-{i}", victim: null);
        await _rig.WaitForAsync("SELECT count(*) FROM workflow_bookmarks WHERE activity_id = 'venter'", Cases);

        // The host dies while every child runs; what it knew is in the database.
        await _rig.CrashAndRestartAsync(0);

        // The children finish; the host dies again half-way, between children's last commits and their parents' resumes.
        await _rig.SendAllAsync(Cases, token, (client, i) => client.PostAsJsonAsync("/api/signals/BarnKlar", new { correlationId = CaseId(i) }, Ct), i => $"klar-{i}", victim: 0);
        await _rig.WaitForAsync($"SELECT count(*) FROM workflow_instances WHERE definition_id = '{Parent}' AND sub_status = 'Finished'", Cases);

        Assert.Equal(Cases, await _rig.ScalarAsync($"SELECT count(*) FROM workflow_instances WHERE definition_id = '{Parent}'"));
        Assert.Equal(Cases, await _rig.ScalarAsync($"SELECT count(*) FROM workflow_instances WHERE definition_id = '{Child}' AND sub_status = 'Finished'"));
        Assert.Equal(Cases, await _rig.ScalarAsync($"SELECT count(*) FROM workflow_instances WHERE definition_id = '{Child}'"));
        Assert.Equal(Cases, await _rig.ScalarAsync("SELECT count(*) FROM activity_executions WHERE activity_id = 'kjor' AND resumed"));
        Assert.Equal(Cases, await _rig.ScalarAsync("SELECT count(DISTINCT workflow_instance_id) FROM activity_executions WHERE activity_id = 'kjor' AND resumed"));
        Assert.Equal(Cases, await _rig.ScalarAsync("SELECT count(*) FROM activity_executions WHERE activity_id = 'etter'"));
        Assert.Equal(Cases, await _rig.ScalarAsync("SELECT count(*) FROM stimuli WHERE kind = 'ChildFinished'"));
        Assert.Equal(0, await _rig.ScalarAsync("SELECT count(*) FROM stimuli WHERE status <> 'Done'"));
        Assert.Equal(0, await _rig.ScalarAsync("SELECT count(*) FROM workflow_bookmarks"));
    }

    private static string CaseId(int i) => $"krasj-barn-{i:D3}";
}
