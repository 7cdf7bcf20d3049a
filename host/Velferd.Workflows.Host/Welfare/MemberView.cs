namespace Velferd.Workflows.Host.Welfare;

/// <summary>A member of a case's team.</summary>
/// <param name="User">User name.</param>
/// <param name="Service">Service.</param>
/// <param name="AddedAt">When added.</param>
/// <param name="AddedBy">By whom.</param>
public sealed record MemberView(string User, string Service, DateTimeOffset AddedAt, string AddedBy);
