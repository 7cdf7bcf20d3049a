using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Runtime;

/// <summary>
/// An activity with an embedded body (<c>Elsa.ForEach</c>, <c>Elsa.While</c>, <c>Elsa.ParallelForEach</c>,
/// <c>Elsa.FlowNode</c>) while its body runs, stored with the instance so a body that waits survives a restart.
/// </summary>
public sealed class ContainerRun
{
    /// <summary>Unique within the instance.</summary>
    public required string Id { get; init; }

    /// <summary>The container activity.</summary>
    public required string ActivityId { get; init; }

    /// <summary>The body the container itself runs in (null: the root flowchart).</summary>
    public string? Scope { get; init; }

    /// <summary>What the activity keeps between its bodies (a loop's items and position).</summary>
    public JsonNode? State { get; set; }

    /// <summary>True once <c>Elsa.Break</c> ran in its body: a loop then stops instead of iterating again.</summary>
    public bool Breaking { get; set; }

    /// <summary>The body runs not finished yet (one for a loop's iteration; one per item for a parallel loop).</summary>
    public List<BodyScope> Bodies { get; set; } = [];
}

/// <summary>One run of a container's body: its own tokens and waits, and the variables only it sees.</summary>
public sealed class BodyScope
{
    /// <summary>Unique within the instance; tokens and bookmarks of the body's activities carry it.</summary>
    public required string Id { get; init; }

    /// <summary>Variables declared for this run (Elsa's <c>CurrentValue</c>, <c>CurrentIndex</c>), over the workflow's.</summary>
    public Dictionary<string, JsonNode?> Variables { get; set; } = new(StringComparer.Ordinal);
}
