namespace Velferd.Workflows.Welfare.Cases;

/// <summary>
/// Who a case may be about (DOMAIN.md R-75, §2): BTI's target group is pregnant women, children and young people
/// 0–23, so a case for a person aged 24 or more is refused. A barnevern case may go on to 24, as ettervern lasts until
/// 25.
/// </summary>
public static class TargetGroup
{
    /// <summary>The first age outside the target group for a kind of case.</summary>
    public static int FirstAgeOutside(string kind) => kind == CaseKind.Barnevern ? 25 : 24;

    /// <summary>True when a person of <paramref name="age"/> may have a case of <paramref name="kind"/>.</summary>
    public static bool Includes(string kind, int age) => age >= 0 && age < FirstAgeOutside(kind);
}
