namespace Velferd.Workflows.Welfare.Transitions;

/// <summary>The kinds of barnevern measure (tiltak) DOMAIN-API.md names: help at home, care, and aftercare after 18.</summary>
public static class MeasureKinds
{
    /// <summary>Hjelpetiltak (barnevernsloven kap. 3).</summary>
    public const string Help = "hjelpetiltak";

    /// <summary>Omsorgstiltak (care order).</summary>
    public const string Care = "omsorgstiltak";

    /// <summary>Ettervern (aftercare, barnevernsloven kap. 8, R-42): from 18 until 25.</summary>
    public const string Aftercare = "ettervern";

    /// <summary>Every kind, as a request names it.</summary>
    public static readonly IReadOnlyList<string> All = [Help, Care, Aftercare];
}
