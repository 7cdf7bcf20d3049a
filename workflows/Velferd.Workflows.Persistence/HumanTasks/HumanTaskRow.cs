using Velferd.Workflows.Core.HumanTasks;

namespace Velferd.Workflows.Persistence.HumanTasks;

/// <summary>A task as stored; fields, outcomes and form data as JSON text.</summary>
public sealed class HumanTaskRow
{
    public string Id { get; set; } = "";

    public string WorkflowInstanceId { get; set; } = "";

    public string BookmarkId { get; set; } = "";

    public string ActivityId { get; set; } = "";

    public string? DefinitionId { get; set; }

    public string? CorrelationId { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public string FieldsJson { get; set; } = "[]";

    public string OutcomesJson { get; set; } = "[]";

    public string? CandidateTeam { get; set; }

    public string? TestRunBy { get; set; }

    public string? CandidateRole { get; set; }

    public string? AssignedTo { get; set; }

    public TaskPriority Priority { get; set; }

    /// <summary>0 = most urgent, so every inbox order is ascending and one index serves it.</summary>
    public int PriorityOrder { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    /// <summary><see cref="DueAt"/>, or far in the future when there is none (never null, so keyset paging is simple).</summary>
    public DateTimeOffset DueOrder { get; set; }

    public string? ReminderOffset { get; set; }

    public string? EscalationOffset { get; set; }

    public HumanTaskStatus Status { get; set; }

    public string? Outcome { get; set; }

    public string? FormDataJson { get; set; }

    public string? CompletedBy { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }
}
