using System.Text.Json.Nodes;
using Velferd.Workflows.Core.HumanTasks;

namespace Velferd.Workflows.Host.HumanTasks;

/// <summary>A task as the inbox shows it.</summary>
public sealed record HumanTaskView(
    string Id,
    string Title,
    string? Description,
    HumanTaskStatus Status,
    TaskPriority Priority,
    DateTimeOffset? DueAt,
    bool IsOverdue,
    string? AssignedTo,
    string? CandidateTeam,
    string? CandidateRole,
    string? CaseId,
    string? Pathway,
    string WorkflowInstanceId,
    IReadOnlyList<FormField> Fields,
    IReadOnlyList<string> Outcomes,
    string? Outcome,
    JsonObject? Form,
    string? CompletedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ClosedAt,
    string? ReminderOffset,
    string? EscalationOffset)
{
    /// <summary>The view of a task at <paramref name="now"/>.</summary>
    public static HumanTaskView From(HumanTask t, DateTimeOffset now) => new(
        t.Id, t.Title, t.Description, t.Status, t.Priority, t.DueAt, t.IsOverdue(now), t.AssignedTo, t.CandidateTeam, t.CandidateRole,
        t.CorrelationId, t.DefinitionId, t.WorkflowInstanceId, t.Fields, t.Outcomes, t.Outcome, t.FormData, t.CompletedBy,
        t.CreatedAt, t.UpdatedAt, t.ClosedAt, t.ReminderOffset, t.EscalationOffset);
}

/// <summary>A task with its history.</summary>
public sealed record HumanTaskDetails(HumanTaskView Task, IReadOnlyList<HumanTaskHistoryEntry> History);

/// <summary>A page of tasks; pass <see cref="NextCursor"/> as <c>after</c> for the next.</summary>
public sealed record HumanTaskList(IReadOnlyList<HumanTaskView> Items, string? NextCursor);

/// <summary>How many tasks are in each status.</summary>
public sealed record HumanTaskCounts(long Open, long Claimed, long Completed, long Cancelled);

/// <summary>Completes a task: the chosen outcome and the form data by field key.</summary>
public sealed record CompleteTaskRequest(string? Outcome, JsonObject? Form);

/// <summary>Gives a task to a user.</summary>
public sealed record ReassignTaskRequest(string? UserId);

/// <summary>Inbox filters, order and paging (query string).</summary>
public sealed record HumanTaskListParameters(
    string? Pathway,
    string? CaseId,
    string? InstanceId,
    HumanTaskStatus[]? Status,
    DateTimeOffset? DueFrom,
    DateTimeOffset? DueTo,
    TaskPriority? Priority,
    HumanTaskSort? Sort,
    string? After,
    int? PageSize);
