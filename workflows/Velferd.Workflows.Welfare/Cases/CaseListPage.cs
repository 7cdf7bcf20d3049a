namespace Velferd.Workflows.Welfare.Cases;

/// <summary>A page of cases and how many match in all.</summary>
public sealed record CaseListPage(IReadOnlyList<WelfareCase> Items, long TotalCount);
