namespace Velferd.Workflows.Welfare.IndividualPlans;

/// <summary>The kinds of coordinator of DOMAIN-API.md.</summary>
public static class CoordinatorKinds
{
    /// <summary>Koordinator (pasient- og brukerrettighetsloven § 2-5 b, R-51).</summary>
    public const string Coordinator = "koordinator";

    /// <summary>Barnekoordinator for families who have or expect a seriously ill or disabled child (§ 2-5 c, R-52).</summary>
    public const string ChildCoordinator = "barnekoordinator";

    /// <summary>Every kind.</summary>
    public static IReadOnlyList<string> All { get; } = [Coordinator, ChildCoordinator];
}
