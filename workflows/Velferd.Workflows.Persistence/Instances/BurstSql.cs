using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Persistence.Instances;

/// <summary>
/// The statements of a burst commit as plain parameterised commands on the context's open connection and
/// transaction (a burst commit is the hottest write path, benchmarked against hand-written SQL). Column names are
/// the ones the entity configurations declare, quoted so they read the same on every provider.
/// </summary>
internal sealed class BurstSql
{
    // SQL Server allows 2,100 parameters in one command; the chunk sizes keep every command well below it.
    private const int IdsPerStatement = 500;

    // Multi-row inserts: at most 14 parameters a row. SQLite looks a named parameter up by scanning the statement's
    // parameters, so binding costs grow with the square of a statement's size there: it gets short statements.
    private const int RowsPerStatement = 100;
    private const int SqliteRowsPerStatement = 8;

    // Instance writes: at most 16 parameters a statement, several statements a command to save round trips. SQLite
    // has no round trips to save and binds every parameter of a command for each of its statements, so there each
    // statement is its own command.
    private const int InstancesPerCommand = 64;

    private readonly DbConnection _connection;
    private readonly DbTransaction? _transaction;
    private readonly bool _sqlite;

    /// <summary>Uses the context's open connection and, for writes, the transaction the caller has begun.</summary>
    public BurstSql(WorkflowsDbContext db, DbTransaction? transaction = null)
    {
        _connection = db.Database.GetDbConnection();
        _transaction = transaction;
        _sqlite = db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";
    }

    /// <summary>Reads instance rows by id, <see cref="IdsPerStatement"/> ids a statement.</summary>
    public async Task<IReadOnlyList<WorkflowInstanceRow>> FindInstancesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var rows = new List<WorkflowInstanceRow>(ids.Count);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(IdsPerStatement))
        {
            await using var command = Command(
                $"""
                SELECT "id", "definition_id", "definition_version_id", "definition_version", "name", "correlation_id", "status", "sub_status",
                    "created_at", "updated_at", "finished_at", "incident_count", "revision", "schema_version", "state_json", "team", "test_run_by"
                FROM "workflow_instances" WHERE "id" IN ({InList("id", chunk.Length)})
                """,
                [.. chunk.Select((id, i) => ($"id{i}", (object?)id))]);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(ReadInstance(reader));
            }
        }

        return rows;
    }

    /// <summary>Marks claimed stimuli done; returns how many still held the claim (each that did not was taken over).</summary>
    public async Task<int> CompleteStimuliAsync(IReadOnlyList<string> ids, string claimToken, DateTimeOffset processedAt, CancellationToken cancellationToken)
    {
        var completed = 0;
        foreach (var chunk in ids.Chunk(IdsPerStatement))
        {
            completed += await ExecuteAsync(
                $"""
                UPDATE "stimuli" SET "status" = @done, "processed_at" = @at, "lease_owner" = NULL, "lease_expires_at" = NULL
                WHERE "id" IN ({InList("id", chunk.Length)}) AND "claim_token" = @token AND "status" = @claimed
                """,
                cancellationToken,
                [
                    ("done", nameof(StimulusStatus.Done)), ("at", Time(processedAt)), ("token", claimToken), ("claimed", nameof(StimulusStatus.Claimed)),
                    .. chunk.Select((id, i) => ($"id{i}", (object?)id)),
                ]);
        }

        return completed;
    }

    /// <summary>
    /// Inserts new instances and updates the others at their expected revision, several statements per command (one
    /// round trip); returns how many rows were written, so a stale revision shows as one short.
    /// </summary>
    public async Task<int> WriteInstancesAsync(IReadOnlyList<(WorkflowInstance Instance, string State, bool IsNew)> instances, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var chunk in instances.Chunk(_sqlite ? 1 : InstancesPerCommand))
        {
            var statements = new List<string>(chunk.Length);
            var parameters = new List<(string Name, object? Value)>(chunk.Length * 16);
            for (var n = 0; n < chunk.Length; n++)
            {
                var (i, state, isNew) = chunk[n];
                parameters.AddRange(
                [
                    ($"id{n}", i.Id), ($"correlationId{n}", i.CorrelationId), ($"status{n}", i.Status.ToString()), ($"subStatus{n}", i.SubStatus.ToString()),
                    ($"updatedAt{n}", Time(i.UpdatedAt)), ($"finishedAt{n}", Time(i.FinishedAt)), ($"incidents{n}", i.State.Incidents.Count),
                    ($"revision{n}", i.Revision + 1), ($"schema{n}", i.State.SchemaVersion), ($"state{n}", state), ($"name{n}", i.Name),
                ]);
                if (isNew)
                {
                    statements.Add(
                        $"""
                        INSERT INTO "workflow_instances" ("id", "definition_id", "definition_version_id", "definition_version", "name", "correlation_id", "team", "test_run_by", "status", "sub_status", "created_at", "updated_at", "finished_at", "incident_count", "revision", "schema_version", "state_json")
                        VALUES (@id{n}, @definitionId{n}, @versionId{n}, @version{n}, @name{n}, @correlationId{n}, @team{n}, @testRunBy{n}, @status{n}, @subStatus{n}, @createdAt{n}, @updatedAt{n}, @finishedAt{n}, @incidents{n}, @revision{n}, @schema{n}, @state{n})
                        """);
                    parameters.AddRange(
                    [
                        ($"definitionId{n}", i.DefinitionId), ($"versionId{n}", i.DefinitionVersionId), ($"version{n}", i.DefinitionVersion),
                        ($"team{n}", i.Team), ($"testRunBy{n}", i.TestRunBy), ($"createdAt{n}", Time(i.CreatedAt)),
                    ]);
                }
                else
                {
                    statements.Add(
                        $"""
                        UPDATE "workflow_instances" SET "name" = @name{n}, "correlation_id" = @correlationId{n}, "status" = @status{n}, "sub_status" = @subStatus{n},
                            "updated_at" = @updatedAt{n}, "finished_at" = @finishedAt{n}, "incident_count" = @incidents{n},
                            "revision" = @revision{n}, "schema_version" = @schema{n}, "state_json" = @state{n}
                        WHERE "id" = @id{n} AND "revision" = @expected{n}
                        """);
                    parameters.Add(($"expected{n}", i.Revision));
                }
            }

            written += await ExecuteAsync(string.Join(";\n", statements), cancellationToken, [.. parameters]);
        }

        return written;
    }

    public async Task DeleteBookmarksAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        foreach (var chunk in ids.Chunk(IdsPerStatement))
        {
            await ExecuteAsync(
                $"""DELETE FROM "workflow_bookmarks" WHERE "id" IN ({InList("id", chunk.Length)})""",
                cancellationToken,
                [.. chunk.Select((id, i) => ($"id{i}", (object?)id))]);
        }
    }

    public async Task InsertBookmarksAsync(IReadOnlyList<(string InstanceId, Bookmark Bookmark)> bookmarks, CancellationToken cancellationToken)
    {
        foreach (var chunk in bookmarks.Chunk(RowsPerInsert))
        {
            var values = new List<string>(chunk.Length);
            var parameters = new List<(string Name, object? Value)>(chunk.Length * 7);
            for (var i = 0; i < chunk.Length; i++)
            {
                var (instanceId, b) = chunk[i];
                values.Add($"(@id{i}, @instanceId{i}, @activityId{i}, @name{i}, @key{i}, @correlationId{i}, @createdAt{i})");
                parameters.AddRange(
                [
                    ($"id{i}", b.Id), ($"instanceId{i}", instanceId), ($"activityId{i}", b.ActivityId), ($"name{i}", b.Name),
                    ($"key{i}", b.Key), ($"correlationId{i}", b.CorrelationId), ($"createdAt{i}", Time(b.CreatedAt)),
                ]);
            }

            await ExecuteAsync(
                """
                INSERT INTO "workflow_bookmarks" ("id", "workflow_instance_id", "activity_id", "name", "key", "correlation_id", "created_at")
                VALUES
                """ + " " + string.Join(", ", values),
                cancellationToken,
                [.. parameters]);
        }
    }

    /// <summary>
    /// Inserts execution-log records with one multi-row statement per <see cref="RowsPerInsert"/> rows: a
    /// burst logs several records, and each round trip costs more than the row.
    /// </summary>
    public async Task InsertExecutionsAsync(IReadOnlyList<ActivityExecutionRecord> records, CancellationToken cancellationToken)
    {
        foreach (var chunk in records.Chunk(RowsPerInsert))
        {
            var values = new List<string>(chunk.Length);
            var parameters = new List<(string Name, object? Value)>(chunk.Length * 14);
            for (var i = 0; i < chunk.Length; i++)
            {
                var r = EfWorkflowInstanceStore.ToRow(chunk[i]);
                values.Add($"(@id{i}, @instanceId{i}, @sequence{i}, @activityId{i}, @nodeId{i}, @type{i}, @name{i}, @status{i}, @resumed{i}, @outcomes{i}, @message{i}, @output{i}, @startedAt{i}, @completedAt{i})");
                parameters.AddRange(
                [
                    ($"id{i}", r.Id), ($"instanceId{i}", r.WorkflowInstanceId), ($"sequence{i}", r.Sequence), ($"activityId{i}", r.ActivityId),
                    ($"nodeId{i}", r.ActivityNodeId), ($"type{i}", r.ActivityType), ($"name{i}", r.ActivityName), ($"status{i}", r.Status.ToString()),
                    ($"resumed{i}", r.Resumed), ($"outcomes{i}", r.Outcomes), ($"message{i}", r.Message), ($"output{i}", r.OutputJson),
                    ($"startedAt{i}", Time(r.StartedAt)), ($"completedAt{i}", Time(r.CompletedAt)),
                ]);
            }

            await ExecuteAsync(
                """
                INSERT INTO "activity_executions" ("id", "workflow_instance_id", "sequence", "activity_id", "activity_node_id", "activity_type", "activity_name", "status", "resumed", "outcomes", "message", "output_json", "started_at", "completed_at")
                VALUES
                """ + " " + string.Join(", ", values),
                cancellationToken,
                [.. parameters]);
        }
    }

    private int RowsPerInsert => _sqlite ? SqliteRowsPerStatement : RowsPerStatement;

    private WorkflowInstanceRow ReadInstance(DbDataReader reader) => new()
    {
        Id = reader.GetString(0),
        DefinitionId = reader.GetString(1),
        DefinitionVersionId = reader.GetString(2),
        DefinitionVersion = reader.GetInt32(3),
        Name = reader.IsDBNull(4) ? null : reader.GetString(4),
        CorrelationId = reader.IsDBNull(5) ? null : reader.GetString(5),
        Status = Enum.Parse<WorkflowStatus>(reader.GetString(6)),
        SubStatus = Enum.Parse<WorkflowSubStatus>(reader.GetString(7)),
        CreatedAt = ReadTime(reader, 8),
        UpdatedAt = ReadTime(reader, 9),
        FinishedAt = reader.IsDBNull(10) ? null : ReadTime(reader, 10),
        IncidentCount = reader.GetInt32(11),
        Revision = reader.GetInt64(12),
        SchemaVersion = reader.GetInt32(13),
        StateJson = reader.GetString(14),
        Team = reader.IsDBNull(15) ? null : reader.GetString(15),
        TestRunBy = reader.IsDBNull(16) ? null : reader.GetString(16),
    };

    private static string InList(string prefix, int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => $"@{prefix}{i}"));

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        _sqlite ? new DateTimeOffset(reader.GetInt64(ordinal), TimeSpan.Zero) : reader.GetFieldValue<DateTimeOffset>(ordinal);

    // SQLite stores instants as UTC ticks (see WorkflowsDbContext); the others as timestamps with offset zero.
    private object Time(DateTimeOffset value) => _sqlite ? value.UtcTicks : value.ToUniversalTime();

    private object? Time(DateTimeOffset? value) => value is { } v ? Time(v) : null;
}
