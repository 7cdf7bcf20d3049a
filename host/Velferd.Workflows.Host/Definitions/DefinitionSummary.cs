using Velferd.Workflows.Core.Definitions;

namespace Velferd.Workflows.Host.Definitions;

/// <summary>A definition version without its body, for lists.</summary>
public sealed record DefinitionSummary(
    string Id,
    string DefinitionId,
    string Name,
    string? Description,
    int Version,
    bool IsLatest,
    bool IsPublished,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The summary of a version.</summary>
    public static DefinitionSummary From(WorkflowDefinition d) =>
        new(d.Id, d.DefinitionId, d.Name, d.Description, d.Version, d.IsLatest, d.IsPublished, d.CreatedAt, d.UpdatedAt);
}
