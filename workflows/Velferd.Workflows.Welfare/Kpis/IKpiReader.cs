namespace Velferd.Workflows.Welfare.Kpis;

/// <summary>Counts the KPIs of DOMAIN.md §7 from the stored records and deadlines (never from a log or a cache).</summary>
public interface IKpiReader
{
    /// <summary>
    /// P3 over meldinger received (Oslo date) in [<paramref name="from"/>, <paramref name="to"/>]: reviewed within 7 days,
    /// not reviewed within 7 days, investigations (started in the period) concluded within 3 months and overrun, extended,
    /// feedback to reporters within 3 weeks and late.
    /// </summary>
    Task<KpiReport> MeldingAsync(DateOnly from, DateOnly to, IReadOnlyCollection<string>? teams, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// P6 over young people with a barnevern measure: those whose 17 y 6 m date falls in the period (decision by then or
    /// not), and those who turned 18 in it (with or without a decision by their 18th birthday).
    /// </summary>
    Task<KpiReport> TransitionAsync(DateOnly from, DateOnly to, IReadOnlyCollection<string>? teams, DateTimeOffset now, CancellationToken cancellationToken);
}
