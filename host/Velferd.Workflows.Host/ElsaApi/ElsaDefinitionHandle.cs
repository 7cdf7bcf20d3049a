namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>A definition version.</summary>
public sealed record ElsaDefinitionHandle(string? DefinitionVersionId, string? DefinitionId);
