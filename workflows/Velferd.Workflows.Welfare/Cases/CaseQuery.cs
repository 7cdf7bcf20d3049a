namespace Velferd.Workflows.Welfare.Cases;

/// <summary>
/// A search among cases: those of <see cref="Teams"/> (null: every team, for administrators) or with
/// <see cref="Member"/> added to them, optionally only open or closed ones, matching <see cref="Search"/> in the case id,
/// a person's name or a person's number; newest first, a page at a time.
/// </summary>
public sealed record CaseQuery
{
    /// <summary>The teams whose cases may be listed; null for every team.</summary>
    public IReadOnlyCollection<string>? Teams { get; init; }

    /// <summary>A user whose cases (as a member) are listed besides the teams'.</summary>
    public string? Member { get; init; }

    /// <summary>Cases listed besides the teams' because the user is related to them otherwise (the baton, a task, break-glass).</summary>
    public IReadOnlyCollection<string> RelatedCases { get; init; } = [];

    /// <summary>Kinds never listed: another service's own material (<see cref="Access.NeedToKnow.KindsHiddenFrom"/>).</summary>
    public IReadOnlyCollection<string> HiddenKinds { get; init; } = [];

    /// <summary>Only cases with this status.</summary>
    public CaseStatus? Status { get; init; }

    /// <summary>Part of the case id or a person's name (any case), or a person's whole number.</summary>
    public string? Search { get; init; }

    /// <summary>The page, from 0.</summary>
    public int Page { get; init; }

    /// <summary>Cases per page.</summary>
    public int PageSize { get; init; } = 50;
}
