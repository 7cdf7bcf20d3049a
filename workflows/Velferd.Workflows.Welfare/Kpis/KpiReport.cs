namespace Velferd.Workflows.Welfare.Kpis;

/// <summary>A pathway's KPIs over a period of Oslo dates, for some teams or all.</summary>
/// <param name="Pathway"><c>P3</c> or <c>P6</c>.</param>
/// <param name="From">First day counted.</param>
/// <param name="To">Last day counted.</param>
/// <param name="Indicators">The indicators, in DOMAIN.md §7's order.</param>
public sealed record KpiReport(string Pathway, DateOnly From, DateOnly To, IReadOnlyList<KpiIndicator> Indicators);
