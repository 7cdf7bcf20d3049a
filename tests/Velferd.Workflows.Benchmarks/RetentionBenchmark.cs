using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Retention;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.PostgreSql;
using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.Benchmarks;

/// <summary>
/// (h) The retention sweep's rate on PostgreSQL: finished instances four years old, each with four execution-log rows
/// and its start stimulus, deleted by the nightly sweep (batches of 500, each its own transaction, with the checks for
/// an open case and an unfinished service call). The baseline deletes the same rows on an identical database with
/// hand-written set-based SQL in one transaction and no checks, in the same run.
/// </summary>
public static class RetentionBenchmark
{
    public static async Task RunAsync(bool quick, CancellationToken cancellationToken)
    {
        var instances = quick ? 5_000 : 50_000;
        await using var forSweep = await TestDatabase.CreateAsync(DatabaseKind.PostgreSql);
        await using var forRaw = await TestDatabase.CreateAsync(DatabaseKind.PostgreSql);
        await using var sweepServices = await ServicesAsync(forSweep, cancellationToken);
        await using var rawServices = await ServicesAsync(forRaw, cancellationToken);
        await SeedAsync(forSweep.ConnectionString, instances, cancellationToken);
        await SeedAsync(forRaw.ConnectionString, instances, cancellationToken);

        var sweep = Stopwatch.StartNew();
        await using (var scope = sweepServices.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(cancellationToken);
            if (result.Changed != instances * 3)
            {
                throw new InvalidOperationException($"The sweep deleted {result.Changed} items, not {instances * 3}.");
            }
        }

        sweep.Stop();
        var raw = Stopwatch.StartNew();
        await PostgresAdmin.ExecuteAsync(forRaw.ConnectionString, """
            BEGIN;
            DELETE FROM activity_executions WHERE workflow_instance_id IN (SELECT id FROM workflow_instances WHERE status = 'Finished' AND finished_at < now() - interval '3 years');
            DELETE FROM workflow_instances WHERE status = 'Finished' AND finished_at < now() - interval '3 years';
            DELETE FROM stimuli WHERE status = 'Done' AND processed_at < now() - interval '30 days';
            COMMIT;
            """, cancellationToken);
        raw.Stop();

        var sweepRate = instances / sweep.Elapsed.TotalSeconds;
        var rawRate = instances / raw.Elapsed.TotalSeconds;
        Console.WriteLine($"(h) Retention on PostgreSQL ({instances:N0} finished instances, 4 log rows and a stimulus each, {PostgresAdmin.Durability})");
        Console.WriteLine($"    retention sweep (batches of 500):    {sweepRate,10:N0} instances/s  ({sweep.Elapsed.TotalSeconds:0.0} s)");
        Console.WriteLine($"    hand-written set-based DELETEs:       {rawRate,10:N0} instances/s  ({raw.Elapsed.TotalSeconds:0.0} s, one transaction, no checks)");
        Console.WriteLine($"    ratio sweep/raw: {sweepRate / rawRate:0.00}");
    }

    private static async Task<ServiceProvider> ServicesAsync(TestDatabase database, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddWorkflowCore();
        services.AddPostgreSqlWorkflowPersistence(database.ConnectionString);
        services.AddScoped<RetentionSweep>();
        services.AddSingleton(Options.Create(new RetentionOptions()));
        var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowsDatabaseMigrator>().MigrateAsync(cancellationToken);
        return provider;
    }

    private static Task SeedAsync(string connectionString, int instances, CancellationToken cancellationToken) =>
        PostgresAdmin.ExecuteAsync(connectionString, $$"""
            INSERT INTO workflow_instances (id, definition_id, definition_version_id, definition_version, name, correlation_id, status, sub_status,
                created_at, updated_at, finished_at, incident_count, revision, schema_version, state_json)
            SELECT 'i' || g, 'gammel', 'gammel-v1', 1, 'Gammel', 'sak-' || g, 'Finished', 'Finished',
                now() - interval '4 years', now() - interval '4 years', now() - interval '4 years', 0, 3, 2, '{"variables":{},"bookmarks":[]}'
            FROM generate_series(1, {{instances}}) g;
            INSERT INTO activity_executions (id, workflow_instance_id, sequence, activity_id, activity_node_id, activity_type, activity_name, status,
                resumed, outcomes, message, output_json, started_at, completed_at)
            SELECT 'e' || g || '-' || k, 'i' || g, k, 'log', 'Workflow1:root:log', 'Elsa.WriteLine', 'log', 'Completed', FALSE, '["Done"]', 'tekst', NULL,
                now() - interval '4 years', now() - interval '4 years'
            FROM generate_series(1, {{instances}}) g, generate_series(1, 4) k;
            INSERT INTO stimuli (id, kind, idempotency_key, workflow_instance_id, status, attempts, available_at, created_at, processed_at)
            SELECT 's' || g, 'Start', 'start/i' || g, 'i' || g, 'Done', 1, now() - interval '4 years', now() - interval '4 years', now() - interval '4 years'
            FROM generate_series(1, {{instances}}) g;
            ANALYZE;
            """, cancellationToken);
}
