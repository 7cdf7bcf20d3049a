namespace Velferd.Workflows.Studio.HostApi;

/// <summary>A consent as <c>GET /api/cases/{id}/consents</c> lists it: the fields the case page shows.</summary>
public sealed record ConsentAnswer(
    string Id,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Categories,
    string Purpose,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    string Method,
    DateTimeOffset RecordedAt,
    bool Withdrawn,
    IReadOnlyList<string> Remaining);

/// <summary>A hand-over offer as <c>/api/cases/{id}/handovers</c> answers it.</summary>
public sealed record HandoverAnswer(string Id, string FromUser, string ToUser, string Status, DateTimeOffset OfferedAt, DateTimeOffset RemindAt, DateTimeOffset? DecidedAt);

/// <summary>A stafettlogg entry as <c>/api/cases/{id}/stafettlogg</c> answers it.</summary>
public sealed record CaseLogEntryAnswer(
    string Id, string Kind, string Text, string? ResponsibleService, string? DueDate, string? Status, int? GoalAttainment, DateTimeOffset At, string By);
