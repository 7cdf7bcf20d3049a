using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Expressions;

namespace Velferd.Workflows.Core.Runtime;

/// <summary>
/// A definition version compiled for execution: activities resolved to their types, expressions parsed,
/// connections indexed by port. Built once per version and shared by every burst.
/// </summary>
public sealed class WorkflowBlueprint
{
    internal WorkflowBlueprint(
        WorkflowDefinition definition,
        IReadOnlyDictionary<string, BlueprintNode> nodes,
        IReadOnlyList<BlueprintNode> startNodes,
        IReadOnlyList<VariableDeclaration> variables,
        IReadOnlyList<ActivityOutputReference> activityOutputs,
        bool recordsActivityOutputs)
    {
        ActivityOutputs = activityOutputs;
        RecordsActivityOutputs = recordsActivityOutputs;
        Definition = definition;
        Nodes = nodes;
        StartNodes = startNodes;
        Variables = variables;
    }

    /// <summary>The definition version.</summary>
    public WorkflowDefinition Definition { get; }

    /// <summary>Activities by id.</summary>
    public IReadOnlyDictionary<string, BlueprintNode> Nodes { get; }

    /// <summary>Where a new instance starts.</summary>
    public IReadOnlyList<BlueprintNode> StartNodes { get; }

    /// <summary>The declared variables.</summary>
    public IReadOnlyList<VariableDeclaration> Variables { get; }

    /// <summary>Every output of every activity, for the generated JavaScript getters.</summary>
    public IReadOnlyList<ActivityOutputReference> ActivityOutputs { get; }

    /// <summary>
    /// True when the definition's scripts read activity outputs (<c>getOutputFrom</c>, <c>getResultFromX()</c>): only
    /// then are outputs kept in the instance state, so other definitions store nothing more per activity.
    /// </summary>
    public bool RecordsActivityOutputs { get; }

    /// <summary>True when an activity runs an embedded body (a loop): its body's scripts get <c>getCurrentValue()</c>.</summary>
    public bool HasBodies => _hasBodies ??= Nodes.Values.Any(n => n.HasBody);

    private bool? _hasBodies;
}

/// <summary>One output of one activity, as scripts name it.</summary>
/// <param name="Activity">The activity's name, else its id.</param>
/// <param name="ActivityId">The activity's id.</param>
/// <param name="Output">The output's name (<c>Result</c>).</param>
public sealed record ActivityOutputReference(string Activity, string ActivityId, string Output);

/// <summary>A declared workflow variable.</summary>
/// <param name="Id">The designer's id for it.</param>
/// <param name="Name">The name expressions use.</param>
/// <param name="TypeName">Elsa's type name (<c>String</c>, <c>Int32</c>…).</param>
/// <param name="InitialValue">The value a new instance starts with.</param>
public sealed record VariableDeclaration(string Id, string Name, string TypeName, JsonNode? InitialValue);

/// <summary>One compiled activity of a blueprint.</summary>
public sealed class BlueprintNode
{
    private readonly ConcurrentDictionary<string, CompiledExpression> _dynamicExpressions = new(StringComparer.Ordinal);

    internal BlueprintNode(FlowchartActivity activity, ActivityType type)
    {
        Activity = activity;
        Type = type;
    }

    /// <summary>The activity as the definition declares it.</summary>
    public FlowchartActivity Activity { get; }

    /// <summary>The resolved activity type.</summary>
    public ActivityType Type { get; }

    /// <summary>The activity's id.</summary>
    public string Id => Activity.Id;

    /// <summary>The activity whose embedded body this one sits in (null: the root flowchart).</summary>
    public BlueprintNode? Container { get; internal init; }

    /// <summary>Where the activity's embedded body starts (empty for an empty body or an activity without one).</summary>
    public IReadOnlyList<BlueprintNode> BodyStart { get; internal set; } = [];

    /// <summary>True when the activity runs an embedded body (a loop, a container).</summary>
    public bool HasBody => Type.EmbeddedPorts.Count > 0;

    /// <summary>Compiled input expressions, aligned with <see cref="ActivityType.Inputs"/>; null where unset.</summary>
    public CompiledExpression?[] Inputs { get; internal set; } = [];

    /// <summary>Outputs bound to variables.</summary>
    public IReadOnlyList<(ActivityOutput Output, string VariableName)> OutputBindings { get; internal set; } = [];

    /// <summary>Connections leaving each port.</summary>
    public IReadOnlyDictionary<string, BlueprintEdge[]> Outgoing { get; internal set; } = new Dictionary<string, BlueprintEdge[]>();

    /// <summary>Connections entering the activity.</summary>
    public IReadOnlyList<BlueprintEdge> Incoming { get; internal set; } = [];

    /// <summary>The inbound connections that do not loop back (Elsa's forward connections, from the start activity on).</summary>
    public IReadOnlyList<BlueprintEdge> ForwardIncoming { get; internal set; } = [];

    /// <summary>The merge mode the definition gives it (its own, else the flowchart's; <see cref="MergeMode.None"/> when neither).</summary>
    public MergeMode MergeMode { get; internal set; }

    /// <summary>Activities from which forward connections lead here (the branches a race cancels); computed on first use.</summary>
    public IReadOnlySet<string> ForwardAncestors => _forwardAncestors ??= ForwardAncestorsOf(this);

    /// <summary>Activities from which the flow can reach this one (for joins).</summary>
    public IReadOnlySet<string> Ancestors { get; internal set; } = new HashSet<string>();

    /// <summary>Activities the flow can reach from this one (for joins).</summary>
    public IReadOnlySet<string> Descendants { get; internal set; } = new HashSet<string>();

    internal Func<string, JsonNode?, CompiledExpression>? ExpressionFactory { get; set; }

    private IReadOnlySet<string>? _forwardAncestors;

    private static HashSet<string> ForwardAncestorsOf(BlueprintNode node)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<BlueprintNode>(node.ForwardIncoming.Select(e => e.Source));
        while (stack.TryPop(out var next))
        {
            if (seen.Add(next.Id))
            {
                foreach (var edge in next.ForwardIncoming)
                {
                    stack.Push(edge.Source);
                }
            }
        }

        return seen;
    }

    /// <summary>
    /// Compiles (once) an expression held in the activity's JSON outside a declared input, such as a switch
    /// case's condition; <paramref name="cacheKey"/> identifies it within the activity.
    /// </summary>
    public CompiledExpression GetOrCompile(string cacheKey, JsonNode? wrapper) =>
        _dynamicExpressions.GetOrAdd(cacheKey, key => ExpressionFactory!(key, wrapper));
}

/// <summary>A connection between two compiled activities.</summary>
/// <param name="Connection">The connection as declared.</param>
/// <param name="Source">Where the flow leaves.</param>
/// <param name="Target">Where the flow enters.</param>
public sealed record BlueprintEdge(FlowchartConnection Connection, BlueprintNode Source, BlueprintNode Target)
{
    /// <summary>False for a connection that loops back to an activity the flow already passed.</summary>
    public bool IsForward { get; internal set; }
}
