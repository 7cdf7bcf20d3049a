namespace Velferd.Workflows.Welfare.IndividualPlans;

/// <summary>
/// The request for an individual plan (IP) and koordinator on an IP case (DOMAIN.md §3.6, P5): the need and the
/// services it involves, the decision on the right and whether the person wants an IP. One per
/// case. The need and the reasons are stored and shown to the case's team, never logged.
/// </summary>
public sealed record IndividualPlan
{
    /// <summary>Time-ordered id.</summary>
    public required string Id { get; init; }

    /// <summary>The IP case.</summary>
    public required string CaseId { get; init; }

    /// <summary>The day the request was received (Oslo date); the 4-week decision deadline runs from it .</summary>
    public required DateOnly ReceivedOn { get; init; }

    /// <summary>The need as described (step 1 «Behov»).</summary>
    public required string Need { get; init; }

    /// <summary>The services the need involves (<see cref="Consents.ConsentServices"/> codes); two or more are coordinated needs .</summary>
    public required IReadOnlyList<string> Services { get; init; }

    /// <summary>True when the needs are long-term .</summary>
    public bool LongTermNeeds { get; init; }

    /// <summary>The decision on the right (<see cref="RightDecisions"/>), null until decided.</summary>
    public string? Right { get; init; }

    /// <summary>The day the right was decided.</summary>
    public DateOnly? RightDecidedOn { get; init; }

    /// <summary>The reasons of the decision (required for a refusal, the appealable vedtak of R-54).</summary>
    public string? RightReason { get; init; }

    /// <summary>Whether the person wants an IP (R-50: made only if wanted); null until recorded.</summary>
    public bool? Wanted { get; init; }

    /// <summary>When the wish was recorded.</summary>
    public DateTimeOffset? WishRecordedAt { get; init; }

    /// <summary>When the request was registered.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who registered it.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>Bumped by every stored change; a stale update is refused.</summary>
    public long Revision { get; init; }

    /// <summary>True when the right was granted.</summary>
    public bool IsGranted => Right == RightDecisions.Granted;
}
