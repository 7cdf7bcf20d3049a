namespace Velferd.Workflows.Host.Welfare;

/// <summary>The body of <c>POST /api/cases/{id}/close</c>.</summary>
/// <param name="EndCode">An end code of DOMAIN.md §6.</param>
/// <param name="Reason">Why.</param>
public sealed record CloseCaseRequest(string? EndCode, string? Reason);
