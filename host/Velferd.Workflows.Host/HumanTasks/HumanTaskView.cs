using System.Text.Json.Nodes;
using Velferd.Workflows.Core.HumanTasks;

namespace Velferd.Workflows.Host.HumanTasks;

/// <summary>A task as the inbox shows it; <c>isTest</c> marks a test run's task (see <c>TestRuns</c>).</summary>
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
    string? EscalationOffset,
    bool IsTest)
{
    /// <summary>The view of a task at <paramref name="now"/>.</summary>
    public static HumanTaskView From(HumanTask t, DateTimeOffset now) => new(
        t.Id, t.Title, t.Description, t.Status, t.Priority, t.DueAt, t.IsOverdue(now), t.AssignedTo, t.CandidateTeam, t.CandidateRole,
        t.CorrelationId, t.DefinitionId, t.WorkflowInstanceId, t.Fields, t.Outcomes, t.Outcome, t.FormData, t.CompletedBy,
        t.CreatedAt, t.UpdatedAt, t.ClosedAt, t.ReminderOffset, t.EscalationOffset, IsTest: t.TestRunBy is not null);
}
