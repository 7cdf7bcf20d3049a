namespace Velferd.Workflows.Studio.HostApi;

/// <summary>A pathway version as <c>/api/definitions</c> lists it.</summary>
public sealed record DefinitionAnswer(string DefinitionId, string Name, int Version, bool IsPublished);
