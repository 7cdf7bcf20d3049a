namespace Velferd.Workflows.Welfare.Batons;

/// <summary>
/// An offer to hand the baton (stafetten) of a case from its holder to a successor: offered, then accepted or
/// declined by the successor. Until accepted the old holder remains holder and gets the reminders; an offer still
/// unanswered at <see cref="RemindAt"/> (10 working days) reminds the old holder and alerts the team's coordinator once.
/// </summary>
public sealed record Handover
{
    /// <summary>Time-ordered id.</summary>
    public required string Id { get; init; }

    /// <summary>The case.</summary>
    public required string CaseId { get; init; }

    /// <summary>The holder when it was offered.</summary>
    public required string FromUser { get; init; }

    /// <summary>The successor offered the baton.</summary>
    public required string ToUser { get; init; }

    /// <summary>When it was offered.</summary>
    public required DateTimeOffset OfferedAt { get; init; }

    /// <summary>Who made the offer.</summary>
    public required string OfferedBy { get; init; }

    /// <summary>When an unanswered offer reminds the old holder and alerts the coordinator (R-36, working days).</summary>
    public required DateTimeOffset RemindAt { get; init; }

    /// <summary>Offered, accepted or declined.</summary>
    public HandoverStatus Status { get; init; }

    /// <summary>When the successor answered.</summary>
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>When the reminder and alert went out; null until then.</summary>
    public DateTimeOffset? RemindedAt { get; init; }
}
