namespace Velferd.Workflows.Welfare.Meetings;

/// <summary>
/// A team meeting (samarbeidsmøte, drøfting) about a named case: when, which services are present and which
/// information categories are discussed, who is invited. Scheduled only when the case's written consent covers all of
/// it, only in the future; recorded once held; cancelled by hand or when the consent is withdrawn.
/// </summary>
public sealed record Meeting
{
    /// <summary>Time-ordered id.</summary>
    public required string Id { get; init; }

    /// <summary>The case.</summary>
    public required string CaseId { get; init; }

    /// <summary>When it starts.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The services present (those of the participants included).</summary>
    public required IReadOnlyList<string> Services { get; init; }

    /// <summary>The information categories discussed.</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>The invitees.</summary>
    public IReadOnlyList<MeetingParticipant> Participants { get; init; } = [];

    /// <summary>Planned, held or cancelled.</summary>
    public MeetingStatus Status { get; init; }

    /// <summary>When it was scheduled.</summary>
    public required DateTimeOffset ScheduledAt { get; init; }

    /// <summary>Who scheduled it.</summary>
    public required string ScheduledBy { get; init; }

    /// <summary>The record, once held.</summary>
    public MeetingRecord? Record { get; init; }

    /// <summary>When it was cancelled.</summary>
    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>Why it was cancelled (internal; never in the invitees' notice).</summary>
    public string? CancelReason { get; init; }
}
