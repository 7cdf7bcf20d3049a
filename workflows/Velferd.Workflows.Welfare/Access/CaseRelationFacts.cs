namespace Velferd.Workflows.Welfare.Access;

/// <summary>What the stores know of a user's relation to a case beyond its team and members.</summary>
/// <param name="Stafettholder">The case's stafettholder now (null: no baton).</param>
/// <param name="HoldsOpenTask">True when the user holds an open task of the case.</param>
/// <param name="BreakGlassUntil">When the user's break-glass access to the case ends (null: none).</param>
public sealed record CaseRelationFacts(string? Stafettholder, bool HoldsOpenTask, DateTimeOffset? BreakGlassUntil)
{
    /// <summary>Nothing beyond team and members (not looked up yet).</summary>
    public static CaseRelationFacts None { get; } = new(null, false, null);
}
