namespace Velferd.Workflows.Welfare.Kpis;

/// <summary>One indicator of DOMAIN.md §7: how many of how many, e.g. meldinger reviewed within 7 days of those due.</summary>
/// <param name="Key">Stable key (camelCase, English), for clients and the CSV.</param>
/// <param name="Label">What it counts, in Norwegian.</param>
/// <param name="Count">How many meet it.</param>
/// <param name="Of">How many it is counted among (null when it is a plain count).</param>
public sealed record KpiIndicator(string Key, string Label, int Count, int? Of)
{
    /// <summary>Count ÷ Of rounded to three decimals; null for a plain count or when Of is 0.</summary>
    public double? Share => Of is > 0 ? Math.Round((double)Count / Of.Value, 3) : null;
}
