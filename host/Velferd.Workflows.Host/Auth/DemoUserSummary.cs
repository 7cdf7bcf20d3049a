namespace Velferd.Workflows.Host.Auth;

/// <summary>A demo user as the sign-in picker shows it: no password.</summary>
public sealed record DemoUserSummary(string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Teams);
