namespace Velferd.Workflows.Welfare.Letters;

/// <summary>
/// A letter from the case to one of its persons, or to the reporter of one of its meldinger: the channel is chosen only just before sending, from KRR and
/// Folkeregisteret, by the letter pathway; the content stays in the case, the outbox carries only a reference.
/// </summary>
public sealed record Letter
{
    /// <summary>Time-ordered id.</summary>
    public required string Id { get; init; }

    /// <summary>The case.</summary>
    public required string CaseId { get; init; }

    /// <summary>
    /// The recipient: one of the case's persons (never the number itself, which stays on the case), or
    /// <see cref="LetterRules.Reporter"/> for the reporter of <see cref="ReportId"/>.
    /// </summary>
    public required string PersonId { get; init; }

    /// <summary>The melding whose reporter gets the letter (R-17 feedback); the address stays on the melding.</summary>
    public string? ReportId { get; init; }

    /// <summary>A <see cref="LetterKinds"/> value.</summary>
    public required string Kind { get; init; }

    /// <summary>The title the recipient and the archive see (no names or numbers).</summary>
    public required string Title { get; init; }

    /// <summary>The letter's text.</summary>
    public required string Body { get; init; }

    /// <summary>A decision's reasons .</summary>
    public string? Reasons { get; init; }

    /// <summary>A decision's appeal information: the right to appeal, to whom, and the time limit .</summary>
    public string? AppealInformation { get; init; }

    /// <summary>The meeting an invitation or cancellation is about.</summary>
    public string? MeetingId { get; init; }

    /// <summary>Where it is.</summary>
    public LetterStatus Status { get; init; }

    /// <summary>A <see cref="LetterChannels"/> value once sent or blocked.</summary>
    public string? Channel { get; init; }

    /// <summary>The shipment id, when sent.</summary>
    public string? ShipmentId { get; init; }

    /// <summary>Why it was not sent (no personal data).</summary>
    public string? Reason { get; init; }

    /// <summary>When it was written.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who wrote it (a user, or the system for meeting letters).</summary>
    public required string CreatedBy { get; init; }

    /// <summary>When it was sent, blocked or given up.</summary>
    public DateTimeOffset? FinishedAt { get; init; }
}
