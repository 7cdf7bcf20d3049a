namespace Velferd.Workflows.Studio.Designer;

/// <summary>The answer of <c>GET /designer/token</c>: the session's current bearer token and when it expires (if known).</summary>
public sealed record DesignerToken(string AccessToken, DateTimeOffset? ExpiresAt);
