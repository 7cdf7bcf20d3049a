using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Databases;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Scheduling;

/// <summary>
/// Two hosts on one PostgreSQL database share Quartz's clustered job store: both nodes check in, the deadline pump's
/// job and poll trigger exist once (as do the housekeeping job and its trigger), and timers falling due are fired by Quartz on one of the nodes, each exactly once.
/// </summary>
public sealed class ClusteredSchedulerTests : IAsyncLifetime
{
    private const int Timers = 20;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly FakeTimeProvider _clock = new(TimeProvider.System.GetUtcNow());
    private TestDatabase _database = null!;
    private WorkflowHostFactory _first = null!;
    private WorkflowHostFactory _second = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseKind.PostgreSql);
        _first = new WorkflowHostFactory(_database, _clock);
        _ = _first.Server;
        _second = new WorkflowHostFactory(_database, _clock);
        _ = _second.Server;
    }

    public async ValueTask DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task TwoHosts_OneClusteredJobStore_PumpTriggerStoredOnce_TimersFireExactlyOnce()
    {
        var nodes = await WaitForAsync("SELECT count(*) FROM qrtz_scheduler_state", n => n == 2);
        var pumpJobs = await ScalarAsync("SELECT count(*) FROM qrtz_job_details WHERE job_name = 'deadline-pump'");
        var pollTriggers = await ScalarAsync("SELECT count(*) FROM qrtz_triggers WHERE trigger_name = 'deadline-poll'");
        var scanJobs = await ScalarAsync("SELECT count(*) FROM qrtz_job_details WHERE job_name = 'age-milestone-scan'");
        var scanTriggers = await ScalarAsync("SELECT count(*) FROM qrtz_cron_triggers WHERE trigger_name = 'age-milestone-scan' AND cron_expression = '0 30 2 * * ?'");
        var ids = await StartTimersAsync();

        _clock.Advance(TimeSpan.FromMinutes(2));
        var finished = await WaitForAsync("SELECT count(*) FROM workflow_instances WHERE sub_status = 'Finished'", n => n == Timers);
        await _first.WaitUntilIdleAsync(Patience);

        Assert.Equal((2, 1, 1, Timers), (nodes, pumpJobs, pollTriggers, finished));

        // The housekeeping job and its daily trigger exist once for the cluster, so the scan runs on one node per day.
        Assert.Equal((1, 1), (scanJobs, scanTriggers));
        await using var scope = _second.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>();
        foreach (var id in ids)
        {
            var log = await store.GetExecutionLogAsync(id, Ct);
            Assert.Single(log, r => r.ActivityId == "vent" && r.Resumed);
            Assert.Single(log, r => r.ActivityId == "etter");
        }

        var deadlines = await scope.ServiceProvider.GetRequiredService<IDeadlineStore>().ListAsync(new DeadlineQuery { Take = 100 }, Ct);
        Assert.Equal(Timers, deadlines.TotalCount);
        Assert.All(deadlines.Items, d => Assert.Equal(DeadlineStatus.Elapsed, d.Status));
        Assert.Equal(Timers, await ScalarAsync("SELECT count(DISTINCT idempotency_key) FROM stimuli WHERE idempotency_key LIKE 'deadline/%'"));
        Assert.Equal(Timers, await ScalarAsync("SELECT count(*) FROM stimuli WHERE idempotency_key LIKE 'deadline/%'"));
    }

    private async Task<IReadOnlyList<string>> StartTimersAsync()
    {
        await using var scope = _first.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveAsync(
            new FlowchartBuilder("Timer").WithDefinitionId("klynge-timer")
                .Activity("start", "Elsa.Start")
                .Activity("vent", "Velferd.Timer", ("duration", Expr.Literal("PT1M")))
                .Activity("etter", "Elsa.WriteLine", ("text", Expr.Literal("etter")))
                .Chain("start", "vent", "etter")
                .Build(),
            publish: true,
            Ct);
        var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
        var ids = new List<string>();
        for (var i = 0; i < Timers; i++)
        {
            ids.Add((await engine.StartAsync(new StartRequest(saved.Definition!.DefinitionId, CorrelationId: $"sak-{i}"), Ct)).InstanceId!);
        }

        await _first.WaitUntilIdleAsync(Patience);
        return ids;
    }

    private async Task<int> ScalarAsync(string sql)
    {
        await using var scope = _first.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Waits until a count satisfies <paramref name="done"/> (the nodes' background work is only visible in the database).</summary>
    private async Task<int> WaitForAsync(string sql, Func<int, bool> done)
    {
        var value = 0;
        await BackgroundWork.WaitUntilAsync([_first, _second], async () => done(value = await ScalarAsync(sql)), Patience);
        return value;
    }
}
