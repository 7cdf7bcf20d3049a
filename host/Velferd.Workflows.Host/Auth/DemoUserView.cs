namespace Velferd.Workflows.Host.Auth;

/// <summary>A demo user as <c>GET /api/users</c> lists them (never the password).</summary>
public sealed record DemoUserView(string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Services, IReadOnlyList<string> Teams);
