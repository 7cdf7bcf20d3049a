namespace Velferd.Workflows.Studio.HostApi;

/// <summary>A deadline as <c>/api/deadlines</c> answers it (the fields the overview shows).</summary>
public sealed record DeadlineAnswer(
    string Id,
    string Name,
    string Kind,
    string KindLabel,
    string? SourceRule,
    string WorkflowInstanceId,
    string? CorrelationId,
    string? Team,
    DateTimeOffset DueAt,
    string DueLocal,
    string Status,
    DateTimeOffset? MaxDueAt,
    DateTimeOffset? RequestedDueAt,
    string? ExtensionReason,
    string? ExtensionRequestedBy);
