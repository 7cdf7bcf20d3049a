using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Definitions;

/// <summary>
/// One version of a process definition. The header fields are ours; <see cref="Document"/> holds everything else
/// the designer wrote (variables, inputs, outputs, options, the root flowchart and any property we do not know),
/// so reading and writing a definition loses nothing.
/// </summary>
public sealed record WorkflowDefinition
{
    /// <summary>The version's own id (Elsa's <c>id</c>); instances pin it.</summary>
    public required string Id { get; init; }

    /// <summary>The id shared by all versions of the definition.</summary>
    public required string DefinitionId { get; init; }

    /// <summary>1, 2, …; a save after a publish creates the next one.</summary>
    public required int Version { get; init; }

    /// <summary>True for the newest version, the one the designer edits.</summary>
    public bool IsLatest { get; init; }

    /// <summary>True for the version new instances start on (at most one per definition).</summary>
    public bool IsPublished { get; init; }

    /// <summary>The pathway's name.</summary>
    public required string Name { get; init; }

    /// <summary>What the pathway is for.</summary>
    public string? Description { get; init; }

    /// <summary>When this version was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When this version was last saved.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The definition body as the designer wrote it, without the header fields.</summary>
    public required JsonObject Document { get; init; }
}
