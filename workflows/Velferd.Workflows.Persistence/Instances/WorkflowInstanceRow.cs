using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Persistence.Instances;

/// <summary>A row of <c>workflow_instances</c>; the state is JSON with a schema version.</summary>
public sealed class WorkflowInstanceRow
{
    public required string Id { get; set; }

    public required string DefinitionId { get; set; }

    public required string DefinitionVersionId { get; set; }

    public int DefinitionVersion { get; set; }

    public string? Name { get; set; }

    public string? CorrelationId { get; set; }

    public string? Team { get; set; }

    public string? TestRunBy { get; set; }

    public WorkflowStatus Status { get; set; }

    public WorkflowSubStatus SubStatus { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public int IncidentCount { get; set; }

    public long Revision { get; set; }

    public int SchemaVersion { get; set; }

    public required string StateJson { get; set; }
}

/// <summary>A row of <c>workflow_bookmarks</c>, for finding waiting instances by name, key and correlation id.</summary>
public sealed class BookmarkRow
{
    public required string Id { get; set; }

    public required string WorkflowInstanceId { get; set; }

    public required string ActivityId { get; set; }

    public required string Name { get; set; }

    public string? Key { get; set; }

    public string? CorrelationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A row of <c>activity_executions</c>: the execution log.</summary>
public sealed class ActivityExecutionRow
{
    public required string Id { get; set; }

    public required string WorkflowInstanceId { get; set; }

    public long Sequence { get; set; }

    public required string ActivityId { get; set; }

    public required string ActivityNodeId { get; set; }

    public required string ActivityType { get; set; }

    public string? ActivityName { get; set; }

    public ActivityExecutionStatus Status { get; set; }

    public bool Resumed { get; set; }

    public string? Outcomes { get; set; }

    public string? Message { get; set; }

    public string? OutputJson { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset CompletedAt { get; set; }
}
