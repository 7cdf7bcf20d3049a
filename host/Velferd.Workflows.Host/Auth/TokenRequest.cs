namespace Velferd.Workflows.Host.Auth;

/// <summary>Sign-in request.</summary>
public sealed record TokenRequest(string? UserName, string? Password);
