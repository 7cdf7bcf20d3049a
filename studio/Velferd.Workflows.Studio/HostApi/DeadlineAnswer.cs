namespace Velferd.Workflows.Studio.HostApi;

/// <summary>A deadline as <c>/api/deadlines</c> answers it: only the fields the overview shows.</summary>
public sealed record DeadlineAnswer(
    string Id,
    string Name,
    string KindLabel,
    string? CorrelationId,
    string? Team,
    DateTimeOffset DueAt,
    DateTimeOffset? RequestedDueAt,
    string? ExtensionReason);
