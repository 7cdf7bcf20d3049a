namespace Velferd.Workflows.Welfare.Access;

/// <summary>The need-to-know decision on one case for one user.</summary>
/// <param name="Relation">His relation to the case (<see cref="CaseRelation.None"/> when refused for lack of one).</param>
/// <param name="Allowed">True when he may see the case's data.</param>
public sealed record CaseAccessDecision(CaseRelation Relation, bool Allowed)
{
    /// <summary>True when the access comes through break-glass, which every audit row of it says .</summary>
    public bool ThroughBreakGlass => Allowed && Relation == CaseRelation.BreakGlass;
}
