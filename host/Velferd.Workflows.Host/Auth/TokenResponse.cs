namespace Velferd.Workflows.Host.Auth;

/// <summary>A bearer token for the API.</summary>
public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt, string UserName, IReadOnlyList<string> Roles);
