namespace Velferd.Workflows.Welfare.Timeline;

/// <summary>
/// One thing that happened on a case, for its timeline (<c>GET /api/cases/{id}/timeline</c>). Written in the same
/// transaction as the change it records. <see cref="Detail"/> is Norwegian text for the team and never holds a number.
/// </summary>
/// <param name="Id">Time-ordered id.</param>
/// <param name="CaseId">The case.</param>
/// <param name="At">When.</param>
/// <param name="Kind">What (<see cref="CaseEventKinds"/>).</param>
/// <param name="By">The user, or <c>system</c>.</param>
/// <param name="Detail">A short description.</param>
public sealed record CaseEvent(string Id, string CaseId, DateTimeOffset At, string Kind, string By, string? Detail);
