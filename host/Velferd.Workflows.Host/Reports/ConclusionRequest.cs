namespace Velferd.Workflows.Host.Reports;

/// <summary>The body of <c>POST /api/investigations/{id}/conclusion</c>: SSB code 1–6 and the reasons.</summary>
public sealed record ConclusionRequest(int? Code, string? Reason);
