using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Definitions;

/// <summary>
/// The root flowchart of a definition read from its Elsa 3 JSON: activities and the connections between their
/// ports. Reading never throws; what cannot be read is reported as field errors with the JSON path.
/// </summary>
public sealed class Flowchart
{
    /// <summary>The type name of Elsa's flowchart container.</summary>
    public const string TypeName = "Elsa.Flowchart";

    private Flowchart(JsonObject root, IReadOnlyList<FlowchartActivity> activities, IReadOnlyList<FlowchartConnection> connections, string path = "root")
    {
        Root = root;
        Activities = activities;
        Connections = connections;
        Path = path;
    }

    /// <summary>The root object as stored (for a body, the body's flowchart object).</summary>
    public JsonObject Root { get; }

    /// <summary>Where the flowchart sits in the definition JSON (<c>root</c>, or an activity's body).</summary>
    public string Path { get; }

    /// <summary>The activities, in document order.</summary>
    public IReadOnlyList<FlowchartActivity> Activities { get; }

    /// <summary>The connections, in document order.</summary>
    public IReadOnlyList<FlowchartConnection> Connections { get; }

    /// <summary>A new, empty root flowchart.</summary>
    public static JsonObject EmptyRoot()
    {
        var id = Guid.NewGuid().ToString("N")[..16];
        return new JsonObject
        {
            ["id"] = id,
            ["nodeId"] = $"Workflow1:{id}",
            ["name"] = "Flowchart1",
            ["type"] = TypeName,
            ["version"] = 1,
            ["customProperties"] = new JsonObject(),
            ["metadata"] = new JsonObject(),
            ["activities"] = new JsonArray(),
            ["connections"] = new JsonArray(),
        };
    }

    /// <summary>Reads the root flowchart of a definition document; adds to <paramref name="errors"/> what it cannot read.</summary>
    public static Flowchart? Read(JsonObject document, FieldErrors errors)
    {
        if (!document.TryGetPropertyValue("root", out var rootNode) || rootNode is null)
        {
            return new Flowchart(EmptyRoot(), [], []);
        }

        if (rootNode is not JsonObject root)
        {
            errors.Add("root", "The root must be a JSON object.");
            return null;
        }

        var rootType = StringOf(root["type"]);
        if (rootType != TypeName)
        {
            errors.Add("root.type", $"The root activity must be of type '{TypeName}', not '{rootType}'.");
            return null;
        }

        var activities = ReadActivities(root, "root", errors);
        var connections = ReadConnections(root, "root", errors);
        return new Flowchart(root, activities, connections);
    }

    /// <summary>
    /// Reads an activity's embedded body (Elsa's <c>[Port] IActivity</c> properties such as a loop's <c>body</c>): a
    /// nested <c>Elsa.Flowchart</c>, or a single activity, which runs as a flowchart of one. Null when the port is empty.
    /// </summary>
    public static Flowchart? ReadBody(JsonNode? body, string path, FieldErrors errors)
    {
        if (body is null)
        {
            return null;
        }

        if (body is not JsonObject container)
        {
            errors.Add(path, "An embedded activity must be a JSON object.");
            return null;
        }

        if (StringOf(container["type"]) != TypeName)
        {
            var single = ReadActivity(container, path, errors);
            return single is null ? null : new Flowchart(container, [single], [], path);
        }

        return new Flowchart(container, ReadActivities(container, path, errors), ReadConnections(container, path, errors), path);
    }

    private static List<FlowchartActivity> ReadActivities(JsonObject root, string rootPath, FieldErrors errors)
    {
        var result = new List<FlowchartActivity>();
        if (root["activities"] is null)
        {
            return result;
        }

        if (root["activities"] is not JsonArray array)
        {
            errors.Add($"{rootPath}.activities", "'activities' must be an array.");
            return result;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = $"{rootPath}.activities[{i}]";
            if (array[i] is not JsonObject activity)
            {
                errors.Add(path, "An activity must be a JSON object.");
                continue;
            }

            if (ReadActivity(activity, path, errors) is { } read)
            {
                result.Add(read);
            }
        }

        return result;
    }

    private static FlowchartActivity? ReadActivity(JsonObject activity, string path, FieldErrors errors)
    {
        var id = StringOf(activity["id"]);
        var type = StringOf(activity["type"]);
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add($"{path}.id", "The activity has no id.");
            return null;
        }

        if (string.IsNullOrWhiteSpace(type))
        {
            errors.Add($"{path}.type", $"Activity '{id}' has no type.");
            return null;
        }

        var version = activity["version"] is JsonValue v && v.TryGetValue<int>(out var number) && number > 0 ? number : 1;
        return new FlowchartActivity(id, type, version, StringOf(activity["name"]), StringOf(activity["nodeId"]) ?? id, activity, path);
    }

    private static List<FlowchartConnection> ReadConnections(JsonObject root, string rootPath, FieldErrors errors)
    {
        var result = new List<FlowchartConnection>();
        if (root["connections"] is null)
        {
            return result;
        }

        if (root["connections"] is not JsonArray array)
        {
            errors.Add($"{rootPath}.connections", "'connections' must be an array.");
            return result;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = $"{rootPath}.connections[{i}]";
            if (array[i] is not JsonObject connection)
            {
                errors.Add(path, "A connection must be a JSON object.");
                continue;
            }

            // Elsa writes {source: {activity, port}, target: {activity, port}}; older Elsa 3 files have
            // {source: "id", sourcePort, target: "id", targetPort}, which Elsa still reads.
            var flat = connection["source"] is JsonValue || connection["target"] is JsonValue;
            var source = flat ? StringOf(connection["source"]) : StringOf(connection["source"]?["activity"]);
            var target = flat ? StringOf(connection["target"]) : StringOf(connection["target"]?["activity"]);
            var sourcePort = flat ? StringOf(connection["sourcePort"]) : StringOf(connection["source"]?["port"]);
            var targetPort = flat ? StringOf(connection["targetPort"]) : StringOf(connection["target"]?["port"]);
            if (string.IsNullOrWhiteSpace(source))
            {
                errors.Add(flat ? $"{path}.source" : $"{path}.source.activity", "The connection has no source activity.");
            }

            if (string.IsNullOrWhiteSpace(target))
            {
                errors.Add(flat ? $"{path}.target" : $"{path}.target.activity", "The connection has no target activity.");
            }

            if (!string.IsNullOrWhiteSpace(source) && !string.IsNullOrWhiteSpace(target))
            {
                result.Add(new FlowchartConnection(source, sourcePort ?? "Done", target, targetPort ?? "In", path));
            }
        }

        return result;
    }

    private static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}

/// <summary>One activity of a flowchart.</summary>
/// <param name="Id">Unique within the flowchart.</param>
/// <param name="Type">The activity type name.</param>
/// <param name="Version">The activity type version.</param>
/// <param name="Name">The designer's name for it.</param>
/// <param name="NodeId">The designer's node id (the instance viewer joins on it).</param>
/// <param name="Json">The activity as stored, with its inputs.</param>
/// <param name="Path">Where it sits in the definition JSON, for error messages.</param>
public sealed record FlowchartActivity(
    string Id, string Type, int Version, string? Name, string NodeId, JsonObject Json, string Path);

/// <summary>A connection from one activity's outcome port to another activity.</summary>
/// <param name="SourceId">The activity the flow leaves.</param>
/// <param name="SourcePort">The outcome port it leaves on.</param>
/// <param name="TargetId">The activity the flow enters.</param>
/// <param name="TargetPort">The port it enters on (normally <c>In</c>).</param>
/// <param name="Path">Where it sits in the definition JSON.</param>
public sealed record FlowchartConnection(string SourceId, string SourcePort, string TargetId, string TargetPort, string Path)
{
    /// <summary>A key unique per connection, used for join tokens.</summary>
    public string Key => $"{SourceId}:{SourcePort}->{TargetId}";
}
