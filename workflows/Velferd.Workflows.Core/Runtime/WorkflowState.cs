using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Runtime;

/// <summary>
/// The part of an instance stored as JSON. <see cref="SchemaVersion"/> lets later code read state written by
/// earlier code; a change to this shape bumps it and adds an upgrade step.
/// </summary>
public sealed class WorkflowState
{
    /// <summary>The schema this code writes.</summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>The schema the state was written with.</summary>
    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    /// <summary>
    /// How the instance follows connections (<see cref="Runtime.FlowSemantics"/>); set when it starts. State written
    /// before schema 2 has no value and reads as <see cref="Runtime.FlowSemantics.PerArrival"/>, the semantics it started under.
    /// </summary>
    public int FlowSemantics { get; set; } = Runtime.FlowSemantics.PerArrival;

    /// <summary>Workflow variables by name.</summary>
    public Dictionary<string, JsonNode?> Variables { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The input the instance started with.</summary>
    public Dictionary<string, JsonNode?> Input { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The instance's outputs (<c>Elsa.SetOutput</c>).</summary>
    public Dictionary<string, JsonNode?> Output { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Where the instance waits.</summary>
    public List<Bookmark> Bookmarks { get; set; } = [];

    /// <summary>Followed connections not yet used up by their targets (<see cref="Runtime.FlowSemantics.ElsaTokens"/>).</summary>
    public List<FlowToken> Tokens { get; set; } = [];

    /// <summary>For each join, the inbound connections that have arrived since it last fired (<see cref="Runtime.FlowSemantics.PerArrival"/>).</summary>
    public Dictionary<string, List<string>> JoinTokens { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Activities running an embedded body (loops and containers), with their body runs; absent when none runs, so
    /// state without loops keeps its shape.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public List<ContainerRun>? Containers { get; set; }

    /// <summary>Faults recorded on the instance.</summary>
    public List<Incident> Incidents { get; set; } = [];

    /// <summary>
    /// True for a child instance whose parent waits for it (<c>Elsa.ExecuteWorkflow</c>, a definition used as an
    /// activity): its finishing stores a <see cref="Stimuli.StimulusKind.ChildFinished"/> stimulus in the same commit.
    /// Absent in older state, which had no children.
    /// </summary>
    public bool ParentWaits { get; set; }

    /// <summary>
    /// The last output of each activity that produced one, by activity id; kept only for definitions whose scripts read
    /// outputs (<see cref="WorkflowBlueprint.RecordsActivityOutputs"/>), otherwise absent.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, JsonObject>? ActivityOutputs { get; set; }

    /// <summary>The last execution-log sequence number used.</summary>
    public long ExecutionSequence { get; set; }
}
