using System.Text.Json.Nodes;

namespace Velferd.Workflows.Studio.HostApi;

/// <summary>A task as <c>/api/tasks</c> answers it (the fields the studio shows).</summary>
public sealed record TaskAnswer(
    string Id,
    string Title,
    string? Description,
    string Status,
    string Priority,
    DateTimeOffset? DueAt,
    bool IsOverdue,
    string? AssignedTo,
    string? CandidateTeam,
    string? CaseId,
    string? Pathway,
    string WorkflowInstanceId,
    IReadOnlyList<FormFieldAnswer> Fields,
    IReadOnlyList<string> Outcomes,
    JsonObject? Form,
    DateTimeOffset CreatedAt,
    bool IsTest = false,
    string? Outcome = null,
    string? CompletedBy = null,
    DateTimeOffset? ClosedAt = null);
