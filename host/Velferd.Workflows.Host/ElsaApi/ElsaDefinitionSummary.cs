namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>A definition version without its body (Elsa's <c>WorkflowDefinitionSummary</c>).</summary>
public sealed record ElsaDefinitionSummary(
    string Id,
    string DefinitionId,
    string Name,
    string? Description,
    int Version,
    string ToolVersion,
    bool IsLatest,
    bool IsPublished,
    DateTimeOffset CreatedAt,
    string MaterializerName,
    bool IsMaterializerAvailable,
    IReadOnlyList<ElsaLink> Links);
