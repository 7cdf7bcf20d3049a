namespace Velferd.Workflows.Studio.HostApi;

/// <summary>A case as <c>GET /api/cases</c> lists it.</summary>
public sealed record CaseSummaryAnswer(string Id, string Kind, int? Level, string Team, string Status, string? EndCode, string? ChildName, DateTimeOffset CreatedAt);

/// <summary>A page of <c>GET /api/cases</c>.</summary>
public sealed record CaseListAnswer(IReadOnlyList<CaseSummaryAnswer> Items, long TotalCount);
