namespace Velferd.Workflows.Persistence.Definitions;

/// <summary>A row of <c>workflow_definitions</c>: one definition version.</summary>
public sealed class WorkflowDefinitionRow
{
    public required string Id { get; set; }

    public required string DefinitionId { get; set; }

    public int Version { get; set; }

    public bool IsLatest { get; set; }

    public bool IsPublished { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string DocumentJson { get; set; }
}
