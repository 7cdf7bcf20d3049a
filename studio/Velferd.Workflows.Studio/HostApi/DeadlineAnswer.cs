namespace Velferd.Workflows.Studio.HostApi;

/// <summary>A deadline as <c>/api/deadlines</c> answers it: only the fields the overview and the case page show (<c>Kind</c>: <c>Statutory</c>, <c>Local</c> or <c>Timer</c>).</summary>
public sealed record DeadlineAnswer(
    string Id,
    string Name,
    string KindLabel,
    string? CorrelationId,
    string? Team,
    DateTimeOffset DueAt,
    DateTimeOffset? RequestedDueAt,
    string? ExtensionReason,
    string? Kind = null);
