namespace Velferd.Workflows.Welfare.Transitions;

/// <summary>
/// A barnevern measure on a case (DOMAIN-API.md "Transition, ettervern, IP"): an active one at 17 starts the transition
/// pathway P6, an ettervern measure may run until the young person turns 25.
/// </summary>
public sealed record Measure
{
    /// <summary>Time-ordered id.</summary>
    public required string Id { get; init; }

    /// <summary>The barnevern case.</summary>
    public required string CaseId { get; init; }

    /// <summary>The kind (<see cref="MeasureKinds"/>).</summary>
    public required string Kind { get; init; }

    /// <summary>The first day of the measure.</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary><see cref="MeasureStatuses"/>.</summary>
    public required string Status { get; init; }

    /// <summary>Why it ended (free text, never logged).</summary>
    public string? EndReason { get; init; }

    /// <summary>The termination vedtak that ended it, if one did.</summary>
    public string? EndedByDecisionId { get; init; }

    /// <summary>When it ended.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Who ended it (a user, or <c>forløp</c> at 25).</summary>
    public string? EndedBy { get; init; }

    /// <summary>When it was registered.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who registered it.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>Bumped by every stored change; a stale update is refused.</summary>
    public long Revision { get; init; }

    /// <summary>True while it runs.</summary>
    public bool IsActive => Status == MeasureStatuses.Active;
}
