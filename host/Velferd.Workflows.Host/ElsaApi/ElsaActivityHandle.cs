namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>An activity of a definition.</summary>
public sealed record ElsaActivityHandle(string? ActivityNodeId, string? ActivityId);
