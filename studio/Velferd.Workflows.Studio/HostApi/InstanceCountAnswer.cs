namespace Velferd.Workflows.Studio.HostApi;

/// <summary>How many instances of one version have one status (<c>GET /api/definitions/{id}/instance-counts</c>).</summary>
public sealed record InstanceCountAnswer(int DefinitionVersion, string Status, string SubStatus, long Count);
