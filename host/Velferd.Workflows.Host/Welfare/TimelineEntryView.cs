namespace Velferd.Workflows.Host.Welfare;

/// <summary>One entry of <c>GET /api/cases/{id}/timeline</c>.</summary>
/// <param name="Id">Id.</param>
/// <param name="At">When.</param>
/// <param name="Kind">What happened.</param>
/// <param name="By">Who (or <c>system</c>).</param>
/// <param name="Detail">Short text.</param>
public sealed record TimelineEntryView(string Id, DateTimeOffset At, string Kind, string By, string? Detail);
