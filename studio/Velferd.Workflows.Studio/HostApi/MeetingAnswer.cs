namespace Velferd.Workflows.Studio.HostApi;

/// <summary>A team meeting of a case (<c>/api/cases/{id}/meetings</c>): status <c>planlagt</c>, <c>gjennomført</c> or <c>avlyst</c>.</summary>
public sealed record MeetingAnswer(
    string Id,
    string CaseId,
    DateTimeOffset At,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Categories,
    IReadOnlyList<MeetingParticipantAnswer> Participants,
    string Status,
    DateTimeOffset ScheduledAt,
    string ScheduledBy,
    DateTimeOffset? CancelledAt);

/// <summary>An invitee of a meeting, for a service.</summary>
public sealed record MeetingParticipantAnswer(string User, string Service);
