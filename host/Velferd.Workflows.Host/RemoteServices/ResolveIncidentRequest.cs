namespace Velferd.Workflows.Host.RemoteServices;

/// <summary>How an incident was handled.</summary>
/// <param name="Note">What the operator did (no personal data).</param>
public sealed record ResolveIncidentRequest(string? Note);
