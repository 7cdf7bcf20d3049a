namespace Velferd.Workflows.Host.Welfare;

/// <summary>The body of <c>POST /api/cases/{id}/members</c>.</summary>
/// <param name="User">The user name.</param>
/// <param name="Service">The service they take part for.</param>
public sealed record AddMemberRequest(string? User, string? Service);
