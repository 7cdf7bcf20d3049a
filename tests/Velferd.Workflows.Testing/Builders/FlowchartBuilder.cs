using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Definitions;

namespace Velferd.Workflows.Testing.Builders;

/// <summary>Builds Elsa 3 definition JSON for tests: activities, connections and variables.</summary>
public sealed class FlowchartBuilder(string name)
{
    private readonly JsonArray _activities = [];
    private readonly JsonArray _connections = [];
    private readonly JsonArray _variables = [];
    private string? _definitionId;

    /// <summary>Sets the definition id (for updates).</summary>
    public FlowchartBuilder WithDefinitionId(string definitionId)
    {
        _definitionId = definitionId;
        return this;
    }

    /// <summary>Adds an activity; <paramref name="inputs"/> are camelCase keys with wrapped or raw values.</summary>
    public FlowchartBuilder Activity(string id, string type, params (string Key, JsonNode? Value)[] inputs)
    {
        var activity = new JsonObject
        {
            ["id"] = id,
            ["nodeId"] = $"Workflow1:root:{id}",
            ["name"] = id,
            ["type"] = type,
            ["version"] = 1,
            ["metadata"] = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = _activities.Count * 200, ["y"] = 0 } } },
        };
        foreach (var (key, value) in inputs)
        {
            activity[key] = value;
        }

        _activities.Add(activity);
        return this;
    }

    /// <summary>Connects a port of one activity to another.</summary>
    public FlowchartBuilder Connect(string source, string target, string port = "Done")
    {
        _connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
            ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
            ["vertices"] = new JsonArray(),
        });
        return this;
    }

    /// <summary>Connects activities in a chain on their <c>Done</c> ports.</summary>
    public FlowchartBuilder Chain(params string[] ids)
    {
        for (var i = 1; i < ids.Length; i++)
        {
            Connect(ids[i - 1], ids[i]);
        }

        return this;
    }

    /// <summary>Declares a variable.</summary>
    public FlowchartBuilder Variable(string variableName, string typeName = "Object", string? value = null)
    {
        _variables.Add(new JsonObject
        {
            ["id"] = $"var-{variableName}",
            ["name"] = variableName,
            ["typeName"] = typeName,
            ["isArray"] = false,
            ["value"] = value,
            ["storageDriverTypeName"] = null,
        });
        return this;
    }

    /// <summary>The definition as the designer would send it.</summary>
    public JsonObject BuildJson()
    {
        var json = new JsonObject
        {
            ["name"] = name,
            ["description"] = $"{name} (test)",
            ["variables"] = _variables.DeepClone(),
            ["inputs"] = new JsonArray(),
            ["outputs"] = new JsonArray(),
            ["outcomes"] = new JsonArray(),
            ["options"] = new JsonObject(),
            ["customProperties"] = new JsonObject(),
            ["root"] = new JsonObject
            {
                ["id"] = "root",
                ["nodeId"] = "Workflow1:root",
                ["name"] = "Flowchart1",
                ["type"] = Flowchart.TypeName,
                ["version"] = 1,
                ["customProperties"] = new JsonObject(),
                ["metadata"] = new JsonObject(),
                ["activities"] = _activities.DeepClone(),
                ["connections"] = _connections.DeepClone(),
            },
        };
        if (_definitionId is not null)
        {
            json["definitionId"] = _definitionId;
        }

        return json;
    }

    /// <summary>The flowchart alone, to embed as another activity's body (a loop's <c>body</c>).</summary>
    public JsonObject BuildBody() => BuildJson()["root"]!.DeepClone().AsObject();

    /// <summary>The definition as a model ready to save.</summary>
    public DefinitionModel Build()
    {
        var parsed = WorkflowDefinitionJson.FromJson(BuildJson());
        return parsed.Model ?? throw new InvalidOperationException(string.Join("; ", parsed.Errors!.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
    }
}
