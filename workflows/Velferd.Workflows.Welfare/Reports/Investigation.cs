namespace Velferd.Workflows.Welfare.Reports;

/// <summary>
/// An undersøkelse opened by a melding's review: its start date and the id of its 3-month deadline (the
/// deadline row itself belongs to the P3 instance), its conclusion and the leader's deviation notes.
/// </summary>
public sealed record Investigation
{
    /// <summary>Time-ordered id.</summary>
    public required string Id { get; init; }

    /// <summary>The barnevern case.</summary>
    public required string CaseId { get; init; }

    /// <summary>The melding whose review opened it (its P3 instance carries the deadline).</summary>
    public required string ReportId { get; init; }

    /// <summary>The barnevern team.</summary>
    public required string Team { get; init; }

    /// <summary>The start date; the deadline is a date 3 months on .</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary>The <c>undersøkelsesfrist</c> deadline's id.</summary>
    public required string DeadlineId { get; init; }

    /// <summary>Open until concluded.</summary>
    public bool Concluded => ConclusionCode is not null;

    /// <summary>SSB conclusion code 1–6.</summary>
    public int? ConclusionCode { get; init; }

    /// <summary>Why.</summary>
    public string? ConclusionReason { get; init; }

    /// <summary>When it was concluded.</summary>
    public DateTimeOffset? ConcludedAt { get; init; }

    /// <summary>Who concluded it.</summary>
    public string? ConcludedBy { get; init; }

    /// <summary>When it was opened.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who opened it.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>Avviksnotater written after the deadline passed, oldest first.</summary>
    public IReadOnlyList<DeviationNote> DeviationNotes { get; init; } = [];

    /// <summary>Bumped by every stored change; a stale update is refused.</summary>
    public long Revision { get; init; }
}
