using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.PostgreSql;
using Velferd.Workflows.Persistence.Sqlite;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.Benchmarks;

/// <summary>
/// (b) Persisted bursts: load an instance, resume its bookmark, run (3 activity executions) and commit (instance
/// with revision check, bookmark out and in, 3 log rows), one transaction each. The baseline is the same reads
/// and writes as one hand-written SQL transaction on the same database, measured in the same run.
/// </summary>
public static class PersistedBurstBenchmark
{
    public enum Database
    {
        Sqlite,
        PostgreSql,
    }

    public static async Task RunAsync(Database database, bool quick, CancellationToken cancellationToken)
    {
        var bursts = quick ? 1_000 : 10_000;
        await using var testDatabase = await TestDatabase.CreateAsync(database == Database.Sqlite ? DatabaseKind.Sqlite : DatabaseKind.PostgreSql);
        var connectionString = testDatabase.ConnectionString;
        {
            var services = new ServiceCollection();
            services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
            services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
            services.AddWorkflowCore();
            if (database == Database.Sqlite)
            {
                services.AddSqliteWorkflowPersistence(connectionString);
            }
            else
            {
                services.AddPostgreSqlWorkflowPersistence(connectionString);
            }

            await using var provider = services.BuildServiceProvider();
            await using (var scope = provider.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<WorkflowsDatabaseMigrator>().MigrateAsync(cancellationToken);
            }

            var (blueprint, instanceId, rawInstanceId) = await PrepareAsync(provider, cancellationToken);
            var runner = provider.GetRequiredService<WorkflowRunner>();

            var phases = new Stopwatch[] { new(), new(), new() };

            async Task BurstAsync()
            {
                await using var scope = provider.CreateAsyncScope();
                var store = scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>();
                phases[0].Start();
                var instance = (await store.FindAsync(instanceId, cancellationToken))!;
                phases[0].Stop();
                phases[1].Start();
                var result = await runner.RunAsync(blueprint, instance, new ResumeTrigger(instance.State.Bookmarks[0].Id, null), scope.ServiceProvider, cancellationToken);
                phases[1].Stop();
                phases[2].Start();
                await store.CommitAsync(BurstCommit.Of(result), cancellationToken);
                phases[2].Stop();
            }

            for (var i = 0; i < 30; i++)
            {
                await BurstAsync();
            }

            foreach (var phase in phases)
            {
                phase.Reset();
            }

            var raw = await RawBaseline.CreateAsync(provider, database, rawInstanceId, cancellationToken);
            await using (raw)
            {
                for (var i = 0; i < 30; i++)
                {
                    await raw.TransactionAsync(cancellationToken);
                }

                // Interleave the two in rounds, so drift on a noisy machine (WAL growth, other load) hits both alike.
                var ours = new Stopwatch();
                var baseline = new Stopwatch();
                const int rounds = 10;
                for (var round = 0; round < rounds; round++)
                {
                    ours.Start();
                    for (var i = 0; i < bursts / rounds; i++)
                    {
                        await BurstAsync();
                    }

                    ours.Stop();
                    baseline.Start();
                    for (var i = 0; i < bursts / rounds; i++)
                    {
                        await raw.TransactionAsync(cancellationToken);
                    }

                    baseline.Stop();
                }

                var oursPerSecond = bursts / ours.Elapsed.TotalSeconds;
                var rawPerSecond = bursts / baseline.Elapsed.TotalSeconds;
                var durability = database == Database.PostgreSql ? $", {PostgresAdmin.Durability}" : "";
                Console.WriteLine($"(b) Persisted bursts on {database} ({bursts} sequential bursts, 3 activities each{durability})");
                Console.WriteLine($"    engine burst (load, run, commit): {oursPerSecond,10:N0} bursts/s");
                Console.WriteLine($"    hand-written SQL transaction:     {rawPerSecond,10:N0} commits/s  (same reads and writes)");
                Console.WriteLine($"    ratio engine/raw: {oursPerSecond / rawPerSecond:0.00}  (target >= 0.70)");
                Console.WriteLine($"    engine time per burst: load {Micros(phases[0])} µs, run {Micros(phases[1])} µs, commit {Micros(phases[2])} µs; raw {baseline.Elapsed.TotalMicroseconds / bursts:0} µs");

                string Micros(Stopwatch phase) => (phase.Elapsed.TotalMicroseconds / bursts).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    private static async Task<(WorkflowBlueprint Blueprint, string InstanceId, string RawInstanceId)> PrepareAsync(IServiceProvider provider, CancellationToken cancellationToken)
    {
        await using var scope = provider.CreateAsyncScope();
        var change = await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveAsync(
            new FlowchartBuilder("Burst")
                .Activity("start", "Elsa.Start")
                .Activity("wait", "Elsa.Event", ("eventName", Expr.Literal("Tick")))
                .Activity("log", "Elsa.WriteLine", ("text", Expr.Literal("tick")))
                .Chain("start", "wait", "log", "wait")
                .Build(),
            publish: true,
            cancellationToken);
        var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
        var started = await engine.StartAsync(new StartRequest(change.Definition!.DefinitionId, CorrelationId: "benchmark"), cancellationToken);
        var forRaw = await engine.StartAsync(new StartRequest(change.Definition.DefinitionId, CorrelationId: "benchmark-raw"), cancellationToken);
        var blueprint = await scope.ServiceProvider.GetRequiredService<WorkflowBlueprintProvider>().FindAsync(change.Definition.Id, cancellationToken);
        return (blueprint!, started.InstanceId!, forRaw.InstanceId!);
    }

    /// <summary>The same work as a burst's commit, as plain SQL on an open connection (opened per transaction, as EF does).</summary>
    private sealed class RawBaseline : IAsyncDisposable
    {
        private readonly AsyncServiceScope _scope;
        private readonly DbConnection _connection;
        private readonly Database _database;
        private readonly string _instanceId;
        private string _bookmarkId;
        private long _sequence = 1_000_000;

        private RawBaseline(AsyncServiceScope scope, DbConnection connection, Database database, string instanceId, string bookmarkId)
        {
            _scope = scope;
            _connection = connection;
            _database = database;
            _instanceId = instanceId;
            _bookmarkId = bookmarkId;
        }

        public static async Task<RawBaseline> CreateAsync(IServiceProvider provider, Database database, string instanceId, CancellationToken cancellationToken)
        {
            var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            var bookmarkId = await db.Bookmarks.Where(b => b.WorkflowInstanceId == instanceId).Select(b => b.Id).FirstAsync(cancellationToken);
            return new RawBaseline(scope, db.Database.GetDbConnection(), database, instanceId, bookmarkId);
        }

        public async Task TransactionAsync(CancellationToken cancellationToken)
        {
            // The pooled context may hand over its connection already open; then it stays as it was given.
            var opened = _connection.State != System.Data.ConnectionState.Open;
            if (opened)
            {
                await _connection.OpenAsync(cancellationToken);
            }

            try
            {
                await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
                string state;
                long revision;
                await using (var read = Command(transaction, "SELECT state_json, revision FROM workflow_instances WHERE id = @id", ("id", _instanceId)))
                await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
                {
                    await reader.ReadAsync(cancellationToken);
                    state = reader.GetString(0);
                    revision = reader.GetInt64(1);
                }

                // Parse and write the state back, as a burst does.
                state = JsonSerializer.Serialize(JsonSerializer.Deserialize<WorkflowState>(state, WorkflowJson.Options), WorkflowJson.Options);
                var now = Now();
                await Execute(transaction, "UPDATE workflow_instances SET state_json = @s, revision = @r1, updated_at = @u, sub_status = 'Suspended', incident_count = 0 WHERE id = @id AND revision = @r0",
                    cancellationToken, ("s", state), ("r1", revision + 1), ("u", now), ("id", _instanceId), ("r0", revision));
                await Execute(transaction, "DELETE FROM workflow_bookmarks WHERE id = @id", cancellationToken, ("id", _bookmarkId));
                _bookmarkId = Guid.NewGuid().ToString("N");
                await Execute(transaction, "INSERT INTO workflow_bookmarks (id, workflow_instance_id, activity_id, name, key, correlation_id, created_at) VALUES (@id, @i, 'wait', 'Elsa.Event', 'Tick', 'benchmark', @c)",
                    cancellationToken, ("id", _bookmarkId), ("i", _instanceId), ("c", now));
                // The three log rows in one statement, as the engine writes them.
                await Execute(transaction,
                    "INSERT INTO activity_executions (id, workflow_instance_id, sequence, activity_id, activity_node_id, activity_type, activity_name, status, resumed, outcomes, message, output_json, started_at, completed_at) VALUES " +
                    "(@id0, @i, @q0, 'log', 'Workflow1:root:log', 'Elsa.WriteLine', 'log', 'Completed', TRUE, '[\"Done\"]', 'tick', NULL, @t, @t), " +
                    "(@id1, @i, @q1, 'log', 'Workflow1:root:log', 'Elsa.WriteLine', 'log', 'Completed', FALSE, '[\"Done\"]', 'tick', NULL, @t, @t), " +
                    "(@id2, @i, @q2, 'log', 'Workflow1:root:log', 'Elsa.WriteLine', 'log', 'Completed', FALSE, '[\"Done\"]', 'tick', NULL, @t, @t)",
                    cancellationToken,
                    ("id0", Guid.NewGuid().ToString("N")), ("id1", Guid.NewGuid().ToString("N")), ("id2", Guid.NewGuid().ToString("N")), ("i", _instanceId),
                    ("q0", ++_sequence), ("q1", ++_sequence), ("q2", ++_sequence), ("t", now));

                await transaction.CommitAsync(cancellationToken);
            }
            finally
            {
                if (opened)
                {
                    await _connection.CloseAsync();
                }
            }
        }

        private object Now()
        {
            var now = TimeProvider.System.GetUtcNow();
            return _database == Database.Sqlite ? now.UtcTicks : now;
        }

        private DbCommand Command(DbTransaction transaction, string sql, params (string Name, object Value)[] parameters)
        {
            var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            return command;
        }

        private async Task Execute(DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
        {
            await using var command = Command(transaction, sql, parameters);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => _scope.DisposeAsync();
    }
}
