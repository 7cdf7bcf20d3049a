namespace Velferd.Workflows.Studio.HostApi;

/// <summary>A demo user the host offers in Development (no password).</summary>
public sealed record DemoUserAnswer(string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Teams);
