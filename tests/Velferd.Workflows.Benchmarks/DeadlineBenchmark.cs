using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Velferd.Workflows.Activities;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.Instances;
using Velferd.Workflows.Persistence.PostgreSql;
using Velferd.Workflows.Persistence.Sqlite;
using Velferd.Workflows.Scheduling;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.Benchmarks;

/// <summary>
/// (e) Deadlines on one node, the way the host runs them (Quartz's next-due trigger, the pump, the stimulus dispatcher
/// service), on SQLite and PostgreSQL:
/// <list type="bullet">
/// <item>a burst: N instances wait on a <c>Velferd.Timer</c> due at the same instant; measured from that instant until
/// the pump has fired the last one and until the last instance has been resumed and finished. Baseline in the same run:
/// N plain Quartz simple triggers at one instant in a RAM job store, firing a no-op job.</item>
/// <item>a steady load: timers due 50 per second for a minute; lateness (fired − due) per deadline, p50/p99/max.</item>
/// </list>
/// Set-up runs on a frozen clock (so every timer gets the due instant wanted); the measurement lets the clock run at
/// real speed from shortly before the first due instant, with Quartz and the dispatcher started only then.
/// </summary>
public static class DeadlineBenchmark
{
    private static readonly DateTimeOffset SetupAt = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public static async Task RunAsync(bool quick, bool postgresOnly, bool sqliteOnly, bool burstOnly, CancellationToken cancellationToken)
    {
        var burst = quick ? 2_000 : 10_000;
        var steadySeconds = quick ? 10 : 60;
        Console.WriteLine($"(e) Deadlines on one node: {burst:N0} due at one instant; steady 50/s for {steadySeconds} s");
        var quartz = await QuartzBaseline.DrainAsync(burst, cancellationToken);
        Console.WriteLine($"    baseline: {burst:N0} plain Quartz simple triggers (RAM store, no-op job, default thread pool of 10): drained in {quartz.TotalSeconds:0.00} s");
        if (!postgresOnly)
        {
            await RunOnAsync(DatabaseKind.Sqlite, burst, burstOnly ? 0 : steadySeconds, quartz, cancellationToken);
        }

        if (sqliteOnly)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable) is { Length: > 0 })
        {
            await RunOnAsync(DatabaseKind.PostgreSql, burst, burstOnly ? 0 : steadySeconds, quartz, cancellationToken);
        }
        else
        {
            Console.WriteLine("    PostgreSQL: skipped (VELFERD_TEST_POSTGRES is not set; use tests/Velferd.Workflows.Benchmarks/run.sh)");
        }
    }

    private static async Task RunOnAsync(DatabaseKind kind, int burst, int steadySeconds, TimeSpan quartz, CancellationToken cancellationToken)
    {
        {
            await using var database = await TestDatabase.CreateAsync(kind);
            var clock = new BenchmarkClock(SetupAt);
            using var host = BuildNode(database, clock);
            var definitionId = await PrepareAsync(host.Services, cancellationToken);
            var setup = Stopwatch.StartNew();
            await StartBurstAsync(host.Services, definitionId, burst, cancellationToken);
            setup.Stop();

            var due = SetupAt + TimeSpan.FromHours(1);
            var result = await MeasureAsync(host, clock, due, burst, TimeSpan.FromSeconds(180), cancellationToken);
            Console.WriteLine($"    {Label(kind)}: {burst:N0} timers due at one instant (set up in {setup.Elapsed.TotalSeconds:0} s)");
            Console.WriteLine($"      all fired by the pump after {result.Fired.Max:0.00} s; all instances resumed and finished after {result.Resumed.Max:0.00} s   (target <= 10 s)");
            Console.WriteLine($"      ratio to the Quartz drain: fired {result.Fired.Max / quartz.TotalSeconds:0.0} x, resumed {result.Resumed.Max / quartz.TotalSeconds:0.0} x");
            Console.WriteLine($"      fired p50 {result.Fired.P50:0.00} s, p99 {result.Fired.P99:0.00} s; resumed p50 {result.Resumed.P50:0.00} s, p99 {result.Resumed.P99:0.00} s");
        }

        // --burst-only (steadySeconds 0) skips the steady case.
        if (steadySeconds > 0)
        {
            await using var database = await TestDatabase.CreateAsync(kind);
            var clock = new BenchmarkClock(SetupAt);
            using var host = BuildNode(database, clock);
            var definitionId = await PrepareAsync(host.Services, cancellationToken);
            var count = steadySeconds * 50;
            await StartSteadyAsync(host.Services, clock, definitionId, count, cancellationToken);

            var first = SetupAt + TimeSpan.FromHours(1);
            var result = await MeasureAsync(host, clock, first, count, TimeSpan.FromSeconds(steadySeconds + 120), cancellationToken);
            Console.WriteLine($"    {Label(kind)}: steady 50 deadlines/s for {steadySeconds} s ({count:N0} timers)");
            Console.WriteLine($"      lateness fired − due: p50 {result.Fired.P50 * 1000:0} ms, p99 {result.Fired.P99 * 1000:0} ms, max {result.Fired.Max * 1000:0} ms   (target p99 <= 1000 ms)");
            Console.WriteLine($"      lateness resumed − due: p50 {result.Resumed.P50 * 1000:0} ms, p99 {result.Resumed.P99 * 1000:0} ms, max {result.Resumed.Max * 1000:0} ms");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    private static string Label(DatabaseKind kind) => kind == DatabaseKind.PostgreSql ? $"PostgreSql ({PostgresAdmin.Durability})" : kind.ToString();

    private static IHost BuildNode(TestDatabase database, BenchmarkClock clock)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Production" });
        builder.Configuration.AddEnvironmentVariables();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);

        // The migrator's first look at a fresh database logs a failed query for the missing history table.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None);
        builder.Services.AddSingleton<TimeProvider>(clock);
        if (database.Kind == DatabaseKind.Sqlite)
        {
            builder.Services.AddSqliteWorkflowPersistence(database.ConnectionString);
        }
        else
        {
            builder.Services.AddPostgreSqlWorkflowPersistence(database.ConnectionString);
        }

        // In the host's order: persistence first, so configuration overrides a provider's defaults.
        builder.Services.AddWorkflowCore();
        builder.Services.AddWorkflowScheduling();
        builder.Services.AddDeadlineActivities();
        builder.Services.AddSingleton<FinishedInstances>();
        builder.Services.AddScoped<IBurstCommitParticipant, FinishedInstances.Participant>();
        return builder.Build();
    }

    private static async Task<string> PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowsDatabaseMigrator>().MigrateAsync(cancellationToken);
        var saved = await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveAsync(
            new FlowchartBuilder("Frist-benchmark").WithDefinitionId("frist-benchmark")
                .Activity("start", "Elsa.Start")
                .Activity("vent", "Velferd.Timer", ("duration", Expr.Literal("PT1H")))
                .Activity("etter", "Elsa.WriteLine", ("text", Expr.Literal("etter")))
                .Chain("start", "vent", "etter")
                .Build(),
            publish: true,
            cancellationToken);
        return saved.Definition!.Id;
    }

    /// <summary>Every instance started on the frozen clock, so every timer is due at the same instant.</summary>
    private static async Task StartBurstAsync(IServiceProvider services, string versionId, int count, CancellationToken cancellationToken)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, count).Chunk(500),
            new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken },
            async (chunk, ct) =>
            {
                await using var scope = services.CreateAsyncScope();
                var queue = scope.ServiceProvider.GetRequiredService<IStimulusQueue>();
                foreach (var i in chunk)
                {
                    await queue.EnqueueAsync(StartStimulus(versionId, i, now), ct);
                }
            });
        var dispatcher = services.GetRequiredService<StimulusDispatcher>();
        while (await dispatcher.ProcessAvailableAsync(cancellationToken) > 0)
        {
        }
    }

    /// <summary>Instance i started at setup + i × 20 ms on the frozen clock: its timer is due 50 per second.</summary>
    private static async Task StartSteadyAsync(IServiceProvider services, BenchmarkClock clock, string versionId, int count, CancellationToken cancellationToken)
    {
        var dispatcher = services.GetRequiredService<StimulusDispatcher>();
        for (var i = 0; i < count; i++)
        {
            var now = SetupAt + TimeSpan.FromMilliseconds(20 * i);
            clock.Freeze(now);
            await using var scope = services.CreateAsyncScope();
            var (stimulus, _) = await scope.ServiceProvider.GetRequiredService<IStimulusQueue>().EnqueueAsync(StartStimulus(versionId, i, now), cancellationToken);
            await dispatcher.ProcessNowAsync(stimulus.Id, cancellationToken);
        }
    }

    private static Stimulus StartStimulus(string versionId, int i, DateTimeOffset now)
    {
        var instanceId = Ids.New(now);
        return new Stimulus
        {
            Id = Ids.New(now),
            Kind = StimulusKind.Start,
            IdempotencyKey = $"start/{instanceId}",
            WorkflowInstanceId = instanceId,
            DefinitionVersionId = versionId,
            CorrelationId = $"sak-{i}",
            CreatedAt = now,
            AvailableAt = now,
        };
    }

    /// <summary>
    /// Runs the clock from 2 s before <paramref name="firstDue"/>, starts the node's hosted services (Quartz, dispatcher),
    /// waits until every instance has finished, and reads per deadline when it fired and when its instance finished.
    /// </summary>
    private static async Task<Measurement> MeasureAsync(IHost host, BenchmarkClock clock, DateTimeOffset firstDue, int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var allFinished = host.Services.GetRequiredService<FinishedInstances>().ExpectAsync(count);
        clock.RunFrom(firstDue - TimeSpan.FromSeconds(2));
        await host.StartAsync(cancellationToken);
        try
        {
            await allFinished.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Not every instance finished within {timeout.TotalSeconds} s.");
        }
        finally
        {
            // Stopping waits for the bursts in flight, so every finish reported above is committed when it returns.
            await host.StopAsync(CancellationToken.None);
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            var rows = await (
                from d in db.Deadlines.AsNoTracking()
                join i in db.Instances.AsNoTracking() on d.WorkflowInstanceId equals i.Id
                select new { d.DueAt, d.ResolvedAt, i.FinishedAt }).ToListAsync(cancellationToken);
            var fired = rows.Select(r => (r.ResolvedAt!.Value - r.DueAt).TotalSeconds).Order().ToArray();
            var resumed = rows.Select(r => (r.FinishedAt!.Value - r.DueAt).TotalSeconds).Order().ToArray();
            return new Measurement(Summary.Of(fired), Summary.Of(resumed));
        }
    }

    private sealed record Measurement(Summary Fired, Summary Resumed);

    private sealed record Summary(double P50, double P99, double Max)
    {
        public static Summary Of(double[] sorted) => new(At(sorted, 0.50), At(sorted, 0.99), sorted[^1]);

        private static double At(double[] sorted, double quantile) => sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{P50:0.00}/{P99:0.00}/{Max:0.00}");
    }

    /// <summary>The same number of plain Quartz triggers at one instant, in a RAM store, firing a job that does nothing.</summary>
    private static class QuartzBaseline
    {
        public static async Task<TimeSpan> DrainAsync(int count, CancellationToken cancellationToken)
        {
            var services = new ServiceCollection();
            services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
            services.AddQuartz(quartz => quartz.UseInMemoryStore());
            await using var provider = services.BuildServiceProvider();
            var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken);
            var job = JobBuilder.Create<NoOpJob>().WithIdentity("no-op").StoreDurably().Build();
            NoOpJob.Reset(count);
            var at = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(3);
            var triggers = Enumerable.Range(0, count).Select(i => TriggerBuilder.Create().WithIdentity($"t{i}").ForJob(job).StartAt(at).Build()).ToList();
            await scheduler.ScheduleJob(job, triggers, cancellationToken: cancellationToken);

            await scheduler.Start(cancellationToken);
            var last = await NoOpJob.AllFired.Task.WaitAsync(TimeSpan.FromSeconds(120), cancellationToken);
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
            return last - at;
        }
    }

    private sealed class NoOpJob : IJob
    {
        private static int _remaining;

        public static TaskCompletionSource<DateTimeOffset> AllFired { get; private set; } = new();

        public static void Reset(int count)
        {
            _remaining = count;
            AllFired = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref _remaining) == 0)
            {
                AllFired.TrySetResult(TimeProvider.System.GetUtcNow());
            }

            return ValueTask.CompletedTask;
        }
    }
}
