namespace Velferd.Workflows.Studio.HostApi;

/// <summary>The host's answer to a token request.</summary>
public sealed record TokenAnswer(string AccessToken, DateTimeOffset ExpiresAt, string UserName, IReadOnlyList<string> Roles);
