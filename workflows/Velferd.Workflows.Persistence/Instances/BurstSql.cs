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
    // 14 parameters a row; SQL Server allows 2,100 parameters in one command.
    private const int ExecutionRowsPerStatement = 100;

    private readonly DbConnection _connection;
    private readonly DbTransaction? _transaction;
    private readonly bool _ticks;

    /// <summary>Uses the context's open connection and, for writes, the transaction the caller has begun.</summary>
    public BurstSql(WorkflowsDbContext db, DbTransaction? transaction = null)
    {
        _connection = db.Database.GetDbConnection();
        _transaction = transaction;
        _ticks = db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";
    }

    public async Task<WorkflowInstanceRow?> FindInstanceAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = Command(
            """
            SELECT "id", "definition_id", "definition_version_id", "definition_version", "name", "correlation_id", "status", "sub_status",
                "created_at", "updated_at", "finished_at", "incident_count", "revision", "schema_version", "state_json"
            FROM "workflow_instances" WHERE "id" = @id
            """,
            ("id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new WorkflowInstanceRow
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
        };
    }

    public Task<int> CompleteStimulusAsync(ClaimedStimulus claimed, DateTimeOffset processedAt, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            UPDATE "stimuli" SET "status" = @done, "processed_at" = @at, "lease_owner" = NULL, "lease_expires_at" = NULL
            WHERE "id" = @id AND "claim_token" = @token AND "status" = @claimed
            """,
            cancellationToken,
            ("done", nameof(StimulusStatus.Done)), ("at", Time(processedAt)), ("id", claimed.Stimulus.Id),
            ("token", claimed.ClaimToken), ("claimed", nameof(StimulusStatus.Claimed)));

    public Task<int> InsertInstanceAsync(WorkflowInstance i, string state, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            INSERT INTO "workflow_instances" ("id", "definition_id", "definition_version_id", "definition_version", "name", "correlation_id", "status", "sub_status", "created_at", "updated_at", "finished_at", "incident_count", "revision", "schema_version", "state_json")
            VALUES (@id, @definitionId, @versionId, @version, @name, @correlationId, @status, @subStatus, @createdAt, @updatedAt, @finishedAt, @incidents, @revision, @schema, @state)
            """,
            cancellationToken,
            ("id", i.Id), ("definitionId", i.DefinitionId), ("versionId", i.DefinitionVersionId), ("version", i.DefinitionVersion),
            ("name", i.Name), ("correlationId", i.CorrelationId), ("status", i.Status.ToString()), ("subStatus", i.SubStatus.ToString()),
            ("createdAt", Time(i.CreatedAt)), ("updatedAt", Time(i.UpdatedAt)), ("finishedAt", Time(i.FinishedAt)),
            ("incidents", i.State.Incidents.Count), ("revision", i.Revision + 1), ("schema", i.State.SchemaVersion), ("state", state));

    public Task<int> UpdateInstanceAsync(WorkflowInstance i, string state, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            UPDATE "workflow_instances" SET "correlation_id" = @correlationId, "status" = @status, "sub_status" = @subStatus,
                "updated_at" = @updatedAt, "finished_at" = @finishedAt, "incident_count" = @incidents,
                "revision" = @revision, "schema_version" = @schema, "state_json" = @state
            WHERE "id" = @id AND "revision" = @expected
            """,
            cancellationToken,
            ("correlationId", i.CorrelationId), ("status", i.Status.ToString()), ("subStatus", i.SubStatus.ToString()),
            ("updatedAt", Time(i.UpdatedAt)), ("finishedAt", Time(i.FinishedAt)), ("incidents", i.State.Incidents.Count),
            ("revision", i.Revision + 1), ("schema", i.State.SchemaVersion), ("state", state), ("id", i.Id), ("expected", i.Revision));

    public Task<int> DeleteBookmarkAsync(string id, CancellationToken cancellationToken) =>
        ExecuteAsync("""DELETE FROM "workflow_bookmarks" WHERE "id" = @id""", cancellationToken, ("id", id));

    public Task<int> InsertBookmarkAsync(string instanceId, Bookmark b, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            INSERT INTO "workflow_bookmarks" ("id", "workflow_instance_id", "activity_id", "name", "key", "correlation_id", "created_at")
            VALUES (@id, @instanceId, @activityId, @name, @key, @correlationId, @createdAt)
            """,
            cancellationToken,
            ("id", b.Id), ("instanceId", instanceId), ("activityId", b.ActivityId), ("name", b.Name), ("key", b.Key),
            ("correlationId", b.CorrelationId), ("createdAt", Time(b.CreatedAt)));

    /// <summary>
    /// Inserts a burst's execution log with one multi-row statement per <see cref="ExecutionRowsPerStatement"/> rows:
    /// a burst logs several records, and each round trip costs more than the row.
    /// </summary>
    public async Task InsertExecutionsAsync(IReadOnlyList<ActivityExecutionRecord> records, CancellationToken cancellationToken)
    {
        foreach (var chunk in records.Chunk(ExecutionRowsPerStatement))
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
        _ticks ? new DateTimeOffset(reader.GetInt64(ordinal), TimeSpan.Zero) : reader.GetFieldValue<DateTimeOffset>(ordinal);

    // SQLite stores instants as UTC ticks (see WorkflowsDbContext); the others as timestamps with offset zero.
    private object Time(DateTimeOffset value) => _ticks ? value.UtcTicks : value.ToUniversalTime();

    private object? Time(DateTimeOffset? value) => value is { } v ? Time(v) : null;
}
