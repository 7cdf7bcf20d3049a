namespace Velferd.Workflows.Host.ElsaApi;

/// <summary><c>{"definitionIds": [...]}</c>.</summary>
public sealed record ElsaDefinitionIdsRequest(IReadOnlyList<string>? DefinitionIds);
