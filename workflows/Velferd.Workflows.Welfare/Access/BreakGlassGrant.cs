namespace Velferd.Workflows.Welfare.Access;

/// <summary>
/// Break-glass access: a user without a relation to a case opened it for a stated reason, until
/// <see cref="ExpiresAt"/>; kept for the leader's review after it ends.
/// </summary>
/// <param name="Id">Time-ordered id.</param>
/// <param name="CaseId">The case.</param>
/// <param name="Team">The team that owns the case (whose leader reviews it).</param>
/// <param name="User">Who opened it.</param>
/// <param name="Reason">Why (required; never logged).</param>
/// <param name="OpenedAt">When.</param>
/// <param name="ExpiresAt">When the access ends (the moment it was ended, when it was ended early).</param>
/// <param name="EndedAt">When it was ended before its time; null when it ran (or runs) its full time.</param>
/// <param name="EndedBy">Who ended it early: the user himself or the case team's leader.</param>
public sealed record BreakGlassGrant(
    string Id, string CaseId, string Team, string User, string Reason, DateTimeOffset OpenedAt, DateTimeOffset ExpiresAt,
    DateTimeOffset? EndedAt = null, string? EndedBy = null);
