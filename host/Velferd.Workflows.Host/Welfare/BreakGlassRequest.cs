namespace Velferd.Workflows.Host.Welfare;

/// <summary>The body of <c>POST /api/cases/{id}/break-glass</c>.</summary>
/// <param name="Reason">Why the user needs the case (required).</param>
public sealed record BreakGlassRequest(string? Reason);
