using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>
/// A human step of a pathway (oppgave): created by the <c>Velferd.UserTask</c> activity, waiting in a caseworker's
/// inbox, completed with an outcome and form data that resume the instance. The task row mirrors the instance's
/// bookmark; the instance never reads it.
/// </summary>
public sealed record HumanTask
{
    /// <summary>The sort value of tasks without a due instant: after every real one.</summary>
    public static readonly DateTimeOffset NoDueOrder = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Unique, time-ordered id; also the key of the task's bookmark.</summary>
    public required string Id { get; init; }

    /// <summary>The instance waiting for the task.</summary>
    public required string WorkflowInstanceId { get; init; }

    /// <summary>The bookmark completing the task resumes (set when the burst commits).</summary>
    public string BookmarkId { get; init; } = "";

    /// <summary>The user task activity in the definition.</summary>
    public required string ActivityId { get; init; }

    /// <summary>The pathway (definition id).</summary>
    public string? DefinitionId { get; init; }

    /// <summary>The case (the instance's correlation id).</summary>
    public string? CorrelationId { get; init; }

    /// <summary>What to do, shown in the inbox.</summary>
    public required string Title { get; init; }

    /// <summary>Longer guidance.</summary>
    public string? Description { get; init; }

    /// <summary>The form to fill in.</summary>
    public IReadOnlyList<FormField> Fields { get; init; } = [];

    /// <summary>The buttons; each is an outcome port of the activity.</summary>
    public IReadOnlyList<string> Outcomes { get; init; } = [];

    /// <summary>The team whose members may claim the task.</summary>
    public string? CandidateTeam { get; init; }

    /// <summary>The role a claimant must have (e.g. <c>Supervisor</c>), if any.</summary>
    public string? CandidateRole { get; init; }

    /// <summary>
    /// The process owner whose test run created the task (see <see cref="Runtime.TestRuns"/>): it is his alone, held by
    /// him from the start and in no team's list.
    /// </summary>
    public string? TestRunBy { get; init; }

    /// <summary>The user holding the task (claimed, assigned or reassigned); null while open.</summary>
    public string? AssignedTo { get; init; }

    /// <summary>How urgent it is.</summary>
    public TaskPriority Priority { get; init; } = TaskPriority.Normal;

    /// <summary>When it is due, if ever.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>ISO-8601 period before <see cref="DueAt"/> to remind the holder (kept for the deadlines feature).</summary>
    public string? ReminderOffset { get; init; }

    /// <summary>ISO-8601 period after <see cref="DueAt"/> to escalate to the supervisor (kept for the deadlines feature).</summary>
    public string? EscalationOffset { get; init; }

    /// <summary>Where it is.</summary>
    public HumanTaskStatus Status { get; init; }

    /// <summary>The chosen outcome, once completed.</summary>
    public string? Outcome { get; init; }

    /// <summary>The submitted form, once completed.</summary>
    public JsonObject? FormData { get; init; }

    /// <summary>Who completed it.</summary>
    public string? CompletedBy { get; init; }

    /// <summary>When it was completed or cancelled.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Optimistic concurrency token: every change increments it, and a change saves only on the version it read.</summary>
    public long Version { get; init; }

    /// <summary>True while someone can still act on it.</summary>
    public bool IsActive => Status is HumanTaskStatus.Open or HumanTaskStatus.Claimed;

    /// <summary>The value inboxes sort on for "soonest due first".</summary>
    public DateTimeOffset DueOrder => DueAt ?? NoDueOrder;

    /// <summary>The value inboxes sort on for "most urgent first" (0 = urgent).</summary>
    public int PriorityOrder => PriorityRank(Priority);

    /// <summary>True when active and past its due instant.</summary>
    public bool IsOverdue(DateTimeOffset now) => IsActive && DueAt < now;

    /// <summary>The sort rank of a priority (0 = most urgent).</summary>
    public static int PriorityRank(TaskPriority priority) => priority switch
    {
        TaskPriority.Urgent => 0,
        TaskPriority.High => 1,
        TaskPriority.Normal => 2,
        _ => 3,
    };
}
