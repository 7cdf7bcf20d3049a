using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.PostgreSql;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.Benchmarks;

/// <summary>
/// (g) Starts and resumes per second at 1, 8 and 32 concurrent clients on PostgreSQL, three ways in the same run:
/// <list type="bullet">
/// <item>the engine as a request uses it: enqueue the stimulus, then apply it at once on the caller's thread (one burst,
/// one commit per request);</item>
/// <item>the engine's dispatcher: the clients only enqueue, one dispatcher claims batches and commits them in groups
/// (one transaction for up to 32 bursts);</item>
/// <item>the baseline: the same rows written by hand-written SQL, each start or resume one transaction sent as one
/// batch of statements (a resume first reads the state it rewrites), with the same number of clients.</item>
/// </list>
/// A start writes the stimulus, the instance (with its state), its wait and two log rows; a resume (a signal to the
/// client's own case) the stimuli, the instance, the wait out and in, and two log rows.
/// </summary>
public static class ConcurrencyBenchmark
{
    private static readonly int[] Clients = [1, 8, 32];

    public static async Task RunAsync(bool quick, CancellationToken cancellationToken)
    {
        var operations = quick ? 256 : 2_048;
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.PostgreSql);
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddWorkflowCore();
        services.AddPostgreSqlWorkflowPersistence(database.ConnectionString);
        await using var provider = services.BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WorkflowsDatabaseMigrator>().MigrateAsync(cancellationToken);
        }

        var definition = await PublishAsync(provider, cancellationToken);
        var raw = await RawSql.CreateAsync(provider, database.ConnectionString, definition, cancellationToken);
        var run = 0;

        Console.WriteLine($"(g) Concurrent clients on PostgreSQL ({operations} operations per figure, {PostgresAdmin.Durability})");
        Console.WriteLine("    clients | starts/s: request  dispatcher  raw SQL | resumes/s: request  dispatcher  raw SQL");
        foreach (var clients in Clients)
        {
            // Warm-up at this concurrency (connections in the pool, plans cached), not counted.
            await StartsAsync(provider, definition.DefinitionId, clients, clients * 4, $"w{run++}", cancellationToken);

            var startsInline = await StartsAsync(provider, definition.DefinitionId, clients, operations, $"s{run++}", cancellationToken);
            var startsQueued = await QueuedStartsAsync(provider, definition, clients, operations, $"q{run++}", cancellationToken);
            var startsRaw = await TimeAsync(clients, operations, (_, _) => raw.StartAsync(cancellationToken));

            var cases = await StartsCasesAsync(provider, definition.DefinitionId, clients, $"r{run++}", cancellationToken);
            var resumesInline = await TimeAsync(clients, operations, (client, _) => SignalAsync(provider, cases[client], cancellationToken));
            var resumesQueued = await QueuedSignalsAsync(provider, cases, operations, cancellationToken);
            var rawInstances = await raw.InstancesAsync(cases, cancellationToken);
            var resumesRaw = await TimeAsync(clients, operations, (client, _) => raw.ResumeAsync(rawInstances[client], cancellationToken));

            Console.WriteLine(
                $"    {clients,7} | {startsInline,17:N0} {startsQueued,11:N0} {startsRaw,8:N0} | {resumesInline,18:N0} {resumesQueued,11:N0} {resumesRaw,8:N0}");
            Console.WriteLine(
                $"            | ratio to raw:  {startsInline / startsRaw,6:0.00} {startsQueued / startsRaw,11:0.00}          | {resumesInline / resumesRaw,18:0.00} {resumesQueued / resumesRaw,11:0.00}");
        }
    }

    private static async Task<WorkflowDefinition> PublishAsync(IServiceProvider provider, CancellationToken cancellationToken)
    {
        await using var scope = provider.CreateAsyncScope();
        var change = await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveAsync(
            new FlowchartBuilder("Samtidig")
                .WithDefinitionId("samtidig")
                .Activity("start", "Elsa.Start")
                .Activity("wait", "Elsa.Event", ("eventName", Expr.Literal("Tick")))
                .Activity("log", "Elsa.WriteLine", ("text", Expr.Literal("tick")))
                .Chain("start", "wait", "log", "wait")
                .Build(),
            publish: true,
            cancellationToken);
        return change.Definition!;
    }

    // Each client runs operations / clients requests one after another; the figure is all of them over the wall time.
    private static async Task<double> TimeAsync(int clients, int operations, Func<int, int, Task> operation)
    {
        var each = operations / clients;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            for (var i = 0; i < each; i++)
            {
                await operation(client, i);
            }
        })));
        return each * clients / watch.Elapsed.TotalSeconds;
    }

    private static Task<double> StartsAsync(IServiceProvider provider, string definitionId, int clients, int operations, string run, CancellationToken cancellationToken) =>
        TimeAsync(clients, operations, async (client, i) =>
        {
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().StartAsync(new StartRequest(definitionId, CorrelationId: $"{run}-{client}-{i}"), cancellationToken);
        });

    private static async Task SignalAsync(IServiceProvider provider, string caseId, CancellationToken cancellationToken)
    {
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().SignalAsync("Tick", caseId, null, null, cancellationToken);
    }

    // One waiting instance per client, on its own case.
    private static async Task<string[]> StartsCasesAsync(IServiceProvider provider, string definitionId, int clients, string run, CancellationToken cancellationToken)
    {
        var cases = Enumerable.Range(0, clients).Select(c => $"{run}-{c}").ToArray();
        foreach (var caseId in cases)
        {
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().StartAsync(new StartRequest(definitionId, CorrelationId: caseId), cancellationToken);
        }

        return cases;
    }

    private static Task<double> QueuedStartsAsync(
        IServiceProvider provider, WorkflowDefinition definition, int clients, int operations, string run, CancellationToken cancellationToken) =>
        QueuedAsync(provider, clients, operations, (client, i, now) => new Stimulus
        {
            Id = Ids.New(now),
            Kind = StimulusKind.Start,
            IdempotencyKey = $"start/{run}-{client}-{i}",
            WorkflowInstanceId = Ids.New(now),
            DefinitionVersionId = definition.Id,
            CorrelationId = $"{run}-{client}-{i}",
            Payload = new System.Text.Json.Nodes.JsonObject(),
            CreatedAt = now,
            AvailableAt = now,
        }, cancellationToken);

    private static Task<double> QueuedSignalsAsync(IServiceProvider provider, string[] cases, int operations, CancellationToken cancellationToken) =>
        QueuedAsync(provider, cases.Length, operations, (client, i, now) => new Stimulus
        {
            Id = Ids.New(now),
            Kind = StimulusKind.Signal,
            IdempotencyKey = $"signal/{Guid.NewGuid():N}",
            EventName = "Tick",
            CorrelationId = cases[client],
            CreatedAt = now,
            AvailableAt = now,
        }, cancellationToken);

    // The clients only enqueue; one dispatcher applies what is available until the queue is empty after the last enqueue.
    private static async Task<double> QueuedAsync(
        IServiceProvider provider, int clients, int operations, Func<int, int, DateTimeOffset, Stimulus> stimulus, CancellationToken cancellationToken)
    {
        var dispatcher = provider.GetRequiredService<StimulusDispatcher>();
        var wakeUp = provider.GetRequiredService<StimulusWakeUp>();
        var watch = Stopwatch.StartNew();
        var enqueue = TimeAsync(clients, operations, async (client, i) =>
        {
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IStimulusQueue>().EnqueueAsync(stimulus(client, i, TimeProvider.System.GetUtcNow()), cancellationToken);
            wakeUp.Notify();
        });
        var each = operations / clients;

        // As the dispatcher's worker does: apply what is available, and when nothing is, wait for the next enqueue's
        // wake-up (bounded, so a wake-up taken by an abandoned wait costs at most that). A signal's resumes are stimuli
        // of their own, available at once: the queue is empty only when both are applied.
        while (true)
        {
            var finished = enqueue.IsCompleted;
            if (await dispatcher.ProcessAvailableAsync(cancellationToken) > 0)
            {
                continue;
            }

            if (finished)
            {
                break;
            }

            await Task.WhenAny(enqueue, wakeUp.WaitAsync(TimeSpan.FromMilliseconds(50), cancellationToken));
        }

        await enqueue;
        return each * clients / watch.Elapsed.TotalSeconds;
    }

    /// <summary>The baseline: a start or a resume as one hand-written transaction, its writes sent as one batch.</summary>
    private sealed class RawSql(string connectionString, string definitionVersionId, string waitingState)
    {
        public static async Task<RawSql> CreateAsync(IServiceProvider provider, string connectionString, WorkflowDefinition definition, CancellationToken cancellationToken)
        {
            // The state a started, waiting instance of this definition has, as the engine wrote it.
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().StartAsync(new StartRequest(definition.DefinitionId, CorrelationId: "raw-state"), cancellationToken);
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            var state = await db.Instances.Where(i => i.CorrelationId == "raw-state").Select(i => i.StateJson).SingleAsync(cancellationToken);
            return new RawSql(connectionString, definition.Id, state);
        }

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            var now = TimeProvider.System.GetUtcNow();
            var instanceId = Guid.NewGuid().ToString("N");
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var batch = new NpgsqlBatch(connection, transaction);
            Add(batch, """
                INSERT INTO stimuli (id, kind, idempotency_key, workflow_instance_id, definition_version_id, correlation_id, payload_json, status, attempts, available_at, created_at, processed_at)
                VALUES (@id, 'Start', @key, @instance, @version, @case, '{}', 'Done', 1, @now, @now, @now)
                """, ("id", Guid.NewGuid().ToString("N")), ("key", $"raw/{instanceId}"), ("instance", instanceId), ("version", definitionVersionId), ("case", instanceId), ("now", now));
            Add(batch, """
                INSERT INTO workflow_instances (id, definition_id, definition_version_id, definition_version, name, correlation_id, status, sub_status, created_at, updated_at, incident_count, revision, schema_version, state_json)
                VALUES (@id, 'samtidig', @version, 1, 'Samtidig', @id, 'Running', 'Suspended', @now, @now, 0, 1, 2, @state)
                """, ("id", instanceId), ("version", definitionVersionId), ("now", now), ("state", waitingState));
            Add(batch, "INSERT INTO workflow_bookmarks (id, workflow_instance_id, activity_id, name, key, correlation_id, created_at) VALUES (@id, @instance, 'wait', 'Elsa.Event', 'Tick', @instance, @now)",
                ("id", Guid.NewGuid().ToString("N")), ("instance", instanceId), ("now", now));
            AddLogs(batch, instanceId, 1, now);
            await batch.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        /// <summary>One waiting instance per client for the resumes (the raw resumes rewrite these).</summary>
        public async Task<string[]> InstancesAsync(string[] cases, CancellationToken cancellationToken)
        {
            var ids = new string[cases.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                await StartAsync(cancellationToken);
                ids[i] = await LatestAsync(cancellationToken);
            }

            return ids;
        }

        public async Task ResumeAsync(string instanceId, CancellationToken cancellationToken)
        {
            var now = TimeProvider.System.GetUtcNow();
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            long revision;
            string bookmarkId;
            await using (var read = new NpgsqlCommand(
                "SELECT i.revision, b.id FROM workflow_instances i JOIN workflow_bookmarks b ON b.workflow_instance_id = i.id WHERE i.id = @id FOR UPDATE OF i", connection, transaction))
            {
                read.Parameters.AddWithValue("id", instanceId);
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                await reader.ReadAsync(cancellationToken);
                (revision, bookmarkId) = (reader.GetInt64(0), reader.GetString(1));
            }

            await using var batch = new NpgsqlBatch(connection, transaction);
            Add(batch, """
                INSERT INTO stimuli (id, kind, idempotency_key, event_name, correlation_id, status, attempts, available_at, created_at, processed_at)
                VALUES (@id, 'Signal', @key, 'Tick', @instance, 'Done', 1, @now, @now, @now)
                """, ("id", Guid.NewGuid().ToString("N")), ("key", $"raw/{Guid.NewGuid():N}"), ("instance", instanceId), ("now", now));
            Add(batch, "UPDATE workflow_instances SET state_json = @state, revision = @next, updated_at = @now WHERE id = @id AND revision = @revision",
                ("state", waitingState), ("next", revision + 1), ("now", now), ("id", instanceId), ("revision", revision));
            Add(batch, "DELETE FROM workflow_bookmarks WHERE id = @id", ("id", bookmarkId));
            Add(batch, "INSERT INTO workflow_bookmarks (id, workflow_instance_id, activity_id, name, key, correlation_id, created_at) VALUES (@id, @instance, 'wait', 'Elsa.Event', 'Tick', @instance, @now)",
                ("id", Guid.NewGuid().ToString("N")), ("instance", instanceId), ("now", now));
            AddLogs(batch, instanceId, revision * 2 + 10, now);
            await batch.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        private async Task<string> LatestAsync(CancellationToken cancellationToken)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var read = new NpgsqlCommand("SELECT id FROM workflow_instances WHERE definition_id = 'samtidig' ORDER BY created_at DESC, id DESC LIMIT 1", connection);
            return (string)(await read.ExecuteScalarAsync(cancellationToken))!;
        }

        private static void AddLogs(NpgsqlBatch batch, string instanceId, long sequence, DateTimeOffset now) => Add(batch,
            "INSERT INTO activity_executions (id, workflow_instance_id, sequence, activity_id, activity_node_id, activity_type, activity_name, status, resumed, outcomes, message, output_json, started_at, completed_at) VALUES " +
            "(@id0, @instance, @q0, 'wait', 'Workflow1:root:wait', 'Elsa.Event', 'wait', 'Completed', TRUE, '[\"Done\"]', NULL, NULL, @now, @now), " +
            "(@id1, @instance, @q1, 'log', 'Workflow1:root:log', 'Elsa.WriteLine', 'log', 'Completed', FALSE, '[\"Done\"]', 'tick', NULL, @now, @now)",
            ("id0", Guid.NewGuid().ToString("N")), ("id1", Guid.NewGuid().ToString("N")), ("instance", instanceId), ("q0", sequence), ("q1", sequence + 1), ("now", now));

        private static void Add(NpgsqlBatch batch, string sql, params (string Name, object Value)[] parameters)
        {
            var command = new NpgsqlBatchCommand(sql);
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            batch.BatchCommands.Add(command);
        }
    }
}
