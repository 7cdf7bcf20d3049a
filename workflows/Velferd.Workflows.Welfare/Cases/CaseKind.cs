namespace Velferd.Workflows.Welfare.Cases;

/// <summary>The kinds of case of DOMAIN-API.md, with the codes the API uses.</summary>
public static class CaseKind
{
    /// <summary>A BTI case, level 0–3; from level 2 it is a TIT (tidlig innsatsteam) case.</summary>
    public const string Bti = "BTI";

    /// <summary>Barnevern (child welfare).</summary>
    public const string Barnevern = "Barnevern";

    /// <summary>Individual plan, koordinator, barnekoordinator (P5).</summary>
    public const string IndividualPlan = "IP";

    /// <summary>Helsestasjon programme (P4).</summary>
    public const string HealthCentre = "Helsestasjon";

    /// <summary>Persistent low income (P7).</summary>
    public const string LowIncome = "Lavinntekt";

    /// <summary>Complex mental-health or substance problems, children as relatives (P8).</summary>
    public const string MentalHealth = "Psykisk";

    /// <summary>Every kind.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Bti, Barnevern, IndividualPlan, HealthCentre, LowIncome, MentalHealth,
    };
}
