using System.Text.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Activities.BuiltIn;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Expressions;
using Velferd.Workflows.Core.SubWorkflows;

namespace Velferd.Workflows.Core.Runtime;

/// <summary>
/// Compiles a definition into a <see cref="WorkflowBlueprint"/>, and in doing so validates it: unknown activity
/// types, duplicate ids, dangling connections, unknown variables and expressions that do not parse are all
/// reported as field errors with their JSON path. A definition that compiles can run.
/// </summary>
public sealed partial class WorkflowBlueprintCompiler(ActivityRegistry registry)
{
    // getOutputFrom(...) or a generated getXFromY(): a script that reads activity outputs.
    [System.Text.RegularExpressions.GeneratedRegex(@"\bget(OutputFrom|\w+From\w+)\s*\(", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OutputReadsRegex();

    private static readonly System.Text.RegularExpressions.Regex OutputReads = OutputReadsRegex();

    /// <summary>Compiles a stored definition version.</summary>
    public BlueprintCompilation Compile(WorkflowDefinition definition)
    {
        var errors = new FieldErrors();
        var flowchart = Flowchart.Read(definition.Document, errors);
        var variables = ReadVariables(definition.Document, errors);
        if (flowchart is null)
        {
            return new BlueprintCompilation(null, errors);
        }

        var nodes = new Dictionary<string, BlueprintNode>(StringComparer.Ordinal);
        var charts = new List<(Flowchart Chart, BlueprintNode? Container)>();
        var ordered = new List<BlueprintNode>();
        var declared = new HashSet<string>(StringComparer.Ordinal);
        CollectNodes(flowchart, null, nodes, charts, ordered, declared, errors);

        var expressions = new ExpressionCompiler(variables);
        foreach (var node in nodes.Values)
        {
            CompileInputsAndOutputs(node, expressions, variables, errors);
        }

        var chartEdges = charts.Select(c => (c.Chart, c.Container, Edges: ResolveConnections(c.Chart, c.Container, nodes, declared, errors))).ToList();
        if (!errors.IsEmpty)
        {
            return new BlueprintCompilation(null, errors);
        }

        IReadOnlyList<BlueprintNode> startNodes = [];
        var modes = new Dictionary<BlueprintNode, MergeMode>();
        foreach (var (chart, container, edges) in chartEdges)
        {
            var chartNodes = ordered.Where(n => n.Container == container).ToList();
            foreach (var node in chartNodes)
            {
                node.Outgoing = edges.Where(e => e.Source == node)
                    .GroupBy(e => e.Connection.SourcePort, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
                node.Incoming = [.. edges.Where(e => e.Target == node)];
            }

            foreach (var join in chartNodes.Where(n => n.Type.ClrType == typeof(FlowJoin)))
            {
                join.Ancestors = Reach(join, n => n.Incoming.Select(e => e.Source));
                join.Descendants = Reach(join, n => n.Outgoing.Values.SelectMany(e => e).Select(e => e.Target));
            }

            var starts = FindStartNodes(chartNodes);
            MarkForwardConnections(starts, edges);

            // A body without a merge mode of its own follows the flowchart around it.
            var own = MergeModeOf(chart.Root);
            var chartMode = own != MergeMode.None || container?.Container is not { } outer ? own : modes.GetValueOrDefault(outer);
            if (container is null)
            {
                startNodes = starts;
            }
            else
            {
                container.BodyStart = starts;
                modes[container] = chartMode;
            }

            foreach (var node in chartNodes)
            {
                node.ForwardIncoming = [.. node.Incoming.Where(e => e.IsForward)];
                var mode = MergeModeOf(node.Activity.Json);
                node.MergeMode = mode == MergeMode.None ? chartMode : mode;
            }
        }

        foreach (var misplaced in ordered.Where(n => n.Type.OnlyStarts && !startNodes.Contains(n)))
        {
            errors.Add($"{misplaced.Activity.Path}.type",
                $"{ActivityLabel(misplaced)}: kan bare stå der forløpet begynner (ingen aktivitet før den, og ikke inne i en løkke); den kan ikke vente midt i forløpet.");
        }

        var outputs = ordered.Select(n => n.Activity).SelectMany(a => nodes[a.Id].Type.Outputs
            .Select(o => new ActivityOutputReference(string.IsNullOrWhiteSpace(a.Name) ? a.Id : a.Name, a.Id, o.Property.Name))).ToList();
        var blueprint = new WorkflowBlueprint(definition, nodes, startNodes, variables.Declarations, outputs, ReadsActivityOutputs(flowchart.Root));
        return new BlueprintCompilation(blueprint, errors);
    }

    /// <summary>
    /// Reads the activities of <paramref name="chart"/> and, depth first, of every body embedded in them (a loop's
    /// <c>body</c>). Ids must be unique across the whole definition: tokens, waits and the execution log name
    /// activities by id alone.
    /// </summary>
    private void CollectNodes(
        Flowchart chart, BlueprintNode? container, Dictionary<string, BlueprintNode> nodes,
        List<(Flowchart, BlueprintNode?)> charts, List<BlueprintNode> ordered, HashSet<string> declared, FieldErrors errors)
    {
        charts.Add((chart, container));
        foreach (var activity in chart.Activities)
        {
            declared.Add(activity.Id);
            if (nodes.ContainsKey(activity.Id))
            {
                errors.Add($"{activity.Path}.id", $"Activity id '{activity.Id}' is used more than once.");
                continue;
            }

            var type = registry.Find(activity.Type) ?? DefinitionUsedAsActivity(activity);
            if (type is null)
            {
                errors.Add($"{activity.Path}.type", $"Unknown activity type '{activity.Type}' (activity '{activity.Id}').");
                continue;
            }

            var node = new BlueprintNode(activity, type) { Container = container };
            nodes[activity.Id] = node;
            ordered.Add(node);
            foreach (var port in type.EmbeddedPorts)
            {
                var property = JsonNamingPolicyCache.CamelCase(port);
                var body = Flowchart.ReadBody(activity.Json[property], $"{activity.Path}.{property}", errors);
                if (body is not null)
                {
                    CollectNodes(body, node, nodes, charts, ordered, declared, errors);
                }
            }
        }
    }

    private static List<BlueprintEdge> ResolveConnections(
        Flowchart chart, BlueprintNode? container, Dictionary<string, BlueprintNode> nodes, HashSet<string> declared, FieldErrors errors)
    {
        var edges = new List<BlueprintEdge>();
        foreach (var connection in chart.Connections)
        {
            var source = FindEndpoint(nodes, declared, container, connection.SourceId, $"{connection.Path}.source.activity", errors);
            var target = FindEndpoint(nodes, declared, container, connection.TargetId, $"{connection.Path}.target.activity", errors);
            if (source is not null && target is not null)
            {
                edges.Add(new BlueprintEdge(connection, source, target));
            }
        }

        return edges;
    }

    /// <summary>
    /// An activity of a type no class declares but that names a definition (<c>workflowDefinitionId</c>) is that
    /// definition used as an activity, as Elsa writes it; whether the definition exists is known when it runs.
    /// </summary>
    private ActivityType? DefinitionUsedAsActivity(FlowchartActivity activity) =>
        activity.Json["workflowDefinitionId"] is JsonValue id && id.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)
            ? registry.Find(WorkflowDefinitionActivity.TypeName)
            : null;

    private static BlueprintNode? FindEndpoint(
        Dictionary<string, BlueprintNode> nodes, HashSet<string> declared, BlueprintNode? container, string id, string path, FieldErrors errors)
    {
        if (nodes.TryGetValue(id, out var node))
        {
            if (node.Container == container)
            {
                return node;
            }

            // A flowchart's connections stay inside it: a body is entered through its container, never by an arrow.
            errors.Add(path, $"The connection points to '{id}', which is in another flowchart (a body) than the connection.");
            return null;
        }

        // An activity that exists but failed to compile already has its own error.
        if (!declared.Contains(id))
        {
            errors.Add(path, $"The connection points to '{id}', but no activity has that id.");
        }

        return null;
    }

    private static IReadOnlyList<BlueprintNode> FindStartNodes(List<BlueprintNode> ordered)
    {
        var explicitStart = ordered.FirstOrDefault(n => n.Type.ClrType == typeof(Start));
        if (explicitStart is not null)
        {
            return [explicitStart];
        }

        // As in Elsa: without a Start activity, the flow begins at the first activity nothing leads to.
        var first = ordered.FirstOrDefault(n => n.Incoming.Count == 0);
        return first is null ? [] : [first];
    }

    // Relaxed escaping keeps a Norwegian activity name in getResultFromBeregnSøknad() readable to the pattern.
    private static bool ReadsActivityOutputs(JsonObject root) =>
        OutputReads.IsMatch(root.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

    private static MergeMode MergeModeOf(JsonObject activity) =>
        MergeModes.Parse((activity["customProperties"]?["mergeMode"] as JsonValue)?.TryGetValue<string>(out var text) == true ? text : null);

    /// <summary>
    /// Walks the flowchart breadth-first from its start and marks each connection forward unless its target can
    /// already reach its source through forward connections (then it closes a loop). Connections the walk never
    /// meets stay backward. Elsa's merge modes tell forward from looping inbound connections this way.
    /// </summary>
    private static void MarkForwardConnections(IReadOnlyList<BlueprintNode> startNodes, List<BlueprintEdge> edges)
    {
        var forwardTargets = new Dictionary<BlueprintNode, List<BlueprintNode>>();
        var visited = new HashSet<BlueprintNode>(startNodes);
        var queue = new Queue<BlueprintNode>(startNodes);
        while (queue.TryDequeue(out var source))
        {
            foreach (var edge in edges.Where(e => e.Source == source))
            {
                if (edge.Target == source || Reaches(edge.Target, source, forwardTargets))
                {
                    continue;
                }

                edge.IsForward = true;
                if (!forwardTargets.TryGetValue(source, out var targets))
                {
                    forwardTargets[source] = targets = [];
                }

                targets.Add(edge.Target);
                if (visited.Add(edge.Target))
                {
                    queue.Enqueue(edge.Target);
                }
            }
        }
    }

    private static bool Reaches(BlueprintNode from, BlueprintNode to, Dictionary<BlueprintNode, List<BlueprintNode>> forwardTargets)
    {
        var seen = new HashSet<BlueprintNode>();
        var stack = new Stack<BlueprintNode>([from]);
        while (stack.TryPop(out var node))
        {
            if (node == to)
            {
                return true;
            }

            if (seen.Add(node) && forwardTargets.TryGetValue(node, out var targets))
            {
                foreach (var target in targets)
                {
                    stack.Push(target);
                }
            }
        }

        return false;
    }

    private static HashSet<string> Reach(BlueprintNode from, Func<BlueprintNode, IEnumerable<BlueprintNode>> next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<BlueprintNode>(next(from));
        while (stack.TryPop(out var node))
        {
            if (seen.Add(node.Id))
            {
                foreach (var n in next(node))
                {
                    stack.Push(n);
                }
            }
        }

        return seen;
    }

    private static void CompileInputsAndOutputs(
        BlueprintNode node, ExpressionCompiler expressions, VariableTable variables, FieldErrors errors)
    {
        var json = node.Activity.Json;
        var inputs = new CompiledExpression?[node.Type.Inputs.Count];
        for (var i = 0; i < inputs.Length; i++)
        {
            var input = node.Type.Inputs[i];
            var path = $"{node.Activity.Path}.{input.JsonName}";
            inputs[i] = expressions.Compile(json[input.JsonName], input.Property.PropertyType, input.Attribute.IsWrapped, path, errors, ActivityLabel(node));
            if (input.Attribute.IsRequired && input.Attribute.DefaultValue is null && IsEmpty(inputs[i]) && !errors.Contains(path))
            {
                errors.Add(path, $"{ActivityLabel(node)}: «{input.Attribute.DisplayName ?? input.Property.Name}» må fylles ut.");
            }
        }

        node.Inputs = inputs;
        var bindings = new List<(ActivityOutput, string)>();
        foreach (var output in node.Type.Outputs)
        {
            var reference = json[output.JsonName]?["memoryReference"]?["id"];
            if (reference is JsonValue value && value.TryGetValue<string>(out var variableId) && !string.IsNullOrEmpty(variableId))
            {
                if (variables.TryResolve(variableId, out var name))
                {
                    bindings.Add((output, name));
                }
                else
                {
                    errors.Add($"{node.Activity.Path}.{output.JsonName}.memoryReference.id", $"No variable has the id '{variableId}'.");
                }
            }
        }

        node.OutputBindings = bindings;
        node.ExpressionFactory = (key, wrapper) =>
        {
            var dynamicErrors = new FieldErrors();
            var compiled = expressions.Compile(wrapper, typeof(object), wrapped: true, key, dynamicErrors, ActivityLabel(node));
            if (!dynamicErrors.IsEmpty)
            {
                throw new ExpressionEvaluationException(string.Join(" ", dynamicErrors.ToDictionary().SelectMany(e => e.Value)));
            }

            return compiled ?? new LiteralExpression(null);
        };
    }

    // An expression (JavaScript, a variable) counts as a value; only a missing or blank literal is empty.
    private static bool IsEmpty(CompiledExpression? expression) => expression switch
    {
        null => true,
        LiteralExpression { Value: null } => true,
        LiteralExpression { Value: JsonValue value } => value.TryGetValue<string>(out var text) && string.IsNullOrWhiteSpace(text),
        LiteralExpression { Value: JsonArray { Count: 0 } } => true,
        _ => false,
    };

    // The process owner finds the activity by the text on its node, else its name; the type says what kind it is.
    private static string ActivityLabel(BlueprintNode node)
    {
        var shown = (node.Activity.Json["metadata"]?["displayText"] as JsonValue)?.TryGetValue<string>(out var text) == true && !string.IsNullOrWhiteSpace(text)
            ? text
            : node.Activity.Name ?? node.Activity.Id;
        return $"Aktiviteten «{shown}» ({node.Type.Descriptor.DisplayName})";
    }

    private static VariableTable ReadVariables(JsonObject document, FieldErrors errors)
    {
        var table = new VariableTable();
        if (document["variables"] is null)
        {
            return table;
        }

        if (document["variables"] is not JsonArray array)
        {
            errors.Add("variables", "'variables' must be an array.");
            return table;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = $"variables[{i}]";
            var name = (array[i]?["name"] as JsonValue)?.TryGetValue<string>(out var n) == true ? n : null;
            var id = (array[i]?["id"] as JsonValue)?.TryGetValue<string>(out var d) == true ? d : name;
            var typeName = (array[i]?["typeName"] as JsonValue)?.TryGetValue<string>(out var t) == true ? t : "Object";
            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add($"{path}.name", "A variable needs a name.");
                continue;
            }

            if (table.Declarations.Any(v => v.Name == name))
            {
                errors.Add($"{path}.name", $"Variable name '{name}' is used more than once.");
                continue;
            }

            table.Add(new VariableDeclaration(id!, name, typeName, InitialValue(array[i]?["value"], typeName)));
        }

        return table;
    }

    private static JsonNode? InitialValue(JsonNode? value, string typeName)
    {
        if (value is not JsonValue v || !v.TryGetValue<string>(out var text))
        {
            return value?.DeepClone();
        }

        if (text.Length == 0)
        {
            return null;
        }

        // The designer sends every initial value as text; give numbers and booleans their JSON type.
        try
        {
            return typeName switch
            {
                "Int32" or "Int64" or "Double" or "Decimal" or "Single" or "Boolean" => JsonNode.Parse(text),
                "Object" or "ExpandoObject" or "JsonObject" when text.TrimStart() is ['{' or '[', ..] => JsonNode.Parse(text),
                _ => JsonValue.Create(text),
            };
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    private sealed class VariableTable
    {
        private readonly Dictionary<string, string> _namesByIdOrName = new(StringComparer.Ordinal);

        public List<VariableDeclaration> Declarations { get; } = [];

        public void Add(VariableDeclaration declaration)
        {
            Declarations.Add(declaration);
            _namesByIdOrName[declaration.Id] = declaration.Name;
            _namesByIdOrName.TryAdd(declaration.Name, declaration.Name);
        }

        public bool TryResolve(string idOrName, out string name) => _namesByIdOrName.TryGetValue(idOrName, out name!);
    }

    private sealed class ExpressionCompiler(VariableTable variables)
    {
        public CompiledExpression? Compile(JsonNode? wrapper, Type targetType, bool wrapped, string path, FieldErrors errors, string owner)
        {
            if (wrapper is null)
            {
                return null;
            }

            if (!wrapped)
            {
                return Checked(new LiteralExpression(wrapper.DeepClone(), ExpressionSyntax.Object), targetType, path, errors);
            }

            if (wrapper is not JsonObject obj)
            {
                errors.Add(path, "An input must be an object of the form {\"typeName\", \"expression\": {\"type\", \"value\"}}.");
                return null;
            }

            if (obj["expression"] is not JsonObject expression)
            {
                return null;
            }

            var syntax = (expression["type"] as JsonValue)?.TryGetValue<string>(out var s) == true ? s : null;
            var value = expression["value"];
            switch (syntax)
            {
                case ExpressionSyntax.Literal:
                    return Checked(new LiteralExpression(value?.DeepClone()), targetType, path, errors);
                case ExpressionSyntax.Object:
                    return CompileObject(value, targetType, path, errors);
                case ExpressionSyntax.Variable:
                    return CompileVariable(value, path, errors);
                case ExpressionSyntax.JavaScript:
                    return CompileJavaScript(value, path, errors);
                default:
                    // Elsa offers C#, Python and Liquid too; a definition using them is refused at import, naming where.
                    errors.Add($"{path}.expression.type",
                        $"Unknown expression type '{syntax}' in {owner}: this engine runs only {string.Join(", ", ExpressionSyntax.All)} expressions.");
                    return null;
            }
        }

        private static LiteralExpression? Checked(LiteralExpression literal, Type targetType, string path, FieldErrors errors)
        {
            try
            {
                literal.Evaluate(null!, targetType);
                return literal;
            }
            catch (ExpressionEvaluationException e)
            {
                errors.Add(path, $"'{Shorten(literal.Value?.ToJsonString())}' is not a valid value: {e.Message}");
                return null;
            }
        }

        private static LiteralExpression? CompileObject(JsonNode? value, Type targetType, string path, FieldErrors errors)
        {
            if (value is JsonValue v && v.TryGetValue<string>(out var text))
            {
                try
                {
                    value = text.Length == 0 ? null : JsonNode.Parse(text);
                }
                catch (JsonException)
                {
                    errors.Add($"{path}.expression.value", "The value is not valid JSON.");
                    return null;
                }
            }

            return Checked(new LiteralExpression(value?.DeepClone(), ExpressionSyntax.Object), targetType, path, errors);
        }

        private VariableExpression? CompileVariable(JsonNode? value, string path, FieldErrors errors)
        {
            var reference = value switch
            {
                JsonValue v when v.TryGetValue<string>(out var text) => text,
                JsonObject o => (o["id"] ?? o["name"]) is JsonValue r && r.TryGetValue<string>(out var idOrName) ? idOrName : null,
                _ => null,
            };
            if (reference is not null && variables.TryResolve(reference, out var name))
            {
                return new VariableExpression(name);
            }

            errors.Add($"{path}.expression.value", $"No variable named '{reference}'.");
            return null;
        }

        private static JavaScriptExpression? CompileJavaScript(JsonNode? value, string path, FieldErrors errors)
        {
            var source = value is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
            if (string.IsNullOrWhiteSpace(source))
            {
                errors.Add($"{path}.expression.value", "The script is empty.");
                return null;
            }

            var syntaxError = JavaScriptRuntime.FindSyntaxError(source);
            if (syntaxError is not null)
            {
                errors.Add($"{path}.expression.value", syntaxError);
                return null;
            }

            return new JavaScriptExpression(source, JavaScriptRuntime.Prepare(source));
        }

        private static string Shorten(string? text) => text is { Length: > 60 } ? text[..60] + "…" : text ?? "";
    }
}

/// <summary>The outcome of compiling a definition: a blueprint, or the errors that prevent one.</summary>
/// <param name="Blueprint">The compiled definition, when it is valid.</param>
/// <param name="Errors">What is wrong with it (empty when valid).</param>
public sealed record BlueprintCompilation(WorkflowBlueprint? Blueprint, FieldErrors Errors);
