namespace Velferd.Workflows.Host.TeamWork;

/// <summary>The body of <c>POST /api/meetings/{id}/cancel</c>.</summary>
/// <param name="Reason">Why (kept on the meeting; never in the invitees' notice).</param>
public sealed record CancelMeetingRequest(string? Reason);
