using System.Globalization;
using System.Text.Json.Nodes;

namespace Velferd.Workflows.Testing.Builders;

/// <summary>
/// A definition with many activities laid out on a grid, as a process owner's large pathway would be: the designer
/// and save-latency measurements use it.
/// </summary>
public static class LargeFlowchart
{
    /// <summary>Start, then <paramref name="activities"/> − 2 WriteLines in a chain, then End, 10 to a row.</summary>
    public static JsonObject Build(string definitionId, int activities)
    {
        var ids = Enumerable.Range(0, activities).Select(i => i == 0 ? "start" : i == activities - 1 ? "end" : $"line{i}").ToArray();
        var builder = new FlowchartBuilder($"Stort forløp {definitionId}").WithDefinitionId(definitionId).Activity("start", "Elsa.Start");
        foreach (var id in ids[1..^1])
        {
            builder.Activity(id, "Elsa.WriteLine", ("text", Expr.Literal($"Steg {id}")));
        }

        var json = builder.Activity("end", "Elsa.End").Chain(ids).BuildJson();
        var nodes = json["root"]!["activities"]!.AsArray();
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i]!.AsObject();
            node["nodeId"] = $"Workflow1:{json["root"]!["id"]}:{node["id"]}";
            node["name"] = string.Create(CultureInfo.InvariantCulture, $"Activity{i}");
            node["metadata"] = new JsonObject
            {
                ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = i % 10 * 260, ["y"] = i / 10 * 120 } },
            };
        }

        return json;
    }
}
