namespace Velferd.Workflows.Host.TeamWork;

/// <summary>The body of <c>POST /api/cases/{id}/handovers</c>.</summary>
/// <param name="ToUser">The user name of the successor offered the baton.</param>
public sealed record HandoverRequest(string? ToUser);
