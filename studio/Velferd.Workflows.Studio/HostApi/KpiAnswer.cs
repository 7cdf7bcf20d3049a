namespace Velferd.Workflows.Studio.HostApi;

/// <summary>A pathway's KPIs for a period (<c>GET /api/kpis?pathway=P3&amp;from=…&amp;to=…</c>).</summary>
public sealed record KpiReportAnswer(string Pathway, DateOnly From, DateOnly To, IReadOnlyList<KpiIndicatorAnswer> Indicators);

/// <summary>One indicator: how many of how many (<see cref="Of"/> is null for a plain count).</summary>
public sealed record KpiIndicatorAnswer(string Key, string Label, int Count, int? Of);
