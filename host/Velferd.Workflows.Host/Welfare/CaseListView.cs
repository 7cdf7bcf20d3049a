namespace Velferd.Workflows.Host.Welfare;

/// <summary>A page of <c>GET /api/cases</c> and how many cases match in all.</summary>
public sealed record CaseListView(IReadOnlyList<CaseSummaryView> Items, long TotalCount);
