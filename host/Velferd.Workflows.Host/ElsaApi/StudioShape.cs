using System.Text.Json.Nodes;

namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>
/// Fills in the keys the Studio reads from every activity of a definition's <c>root</c> and that a definition created
/// over <c>/api/definitions</c> may leave out (the engine does not need them): without a node id the editor fails on a
/// null key, and without a version, name, metadata or custom properties it draws an empty canvas. An activity without
/// a node id gets its id, the node id the engine records for it, so the instance viewer still joins the journal to
/// the diagram; the root gets the designer's own shape, <c>Workflow1:{id}</c>.
/// </summary>
public static class StudioShape
{
    /// <summary>The id given to a root flowchart stored without one.</summary>
    public const string DefaultRootId = "Flowchart1";

    /// <summary>Fills what is missing in the definition's <c>root</c> (the JSON is changed in place).</summary>
    public static void Fill(JsonObject definition)
    {
        if (definition["root"] is not JsonObject root)
        {
            return;
        }

        if (TextOf(root["id"]) is null)
        {
            root["id"] = DefaultRootId;
        }

        var rootId = TextOf(root["id"])!;
        FillActivity(root, $"Workflow1:{rootId}", rootId);
        if (root["activities"] is JsonArray activities)
        {
            foreach (var activity in activities.OfType<JsonObject>())
            {
                if (TextOf(activity["id"]) is { } id)
                {
                    FillActivity(activity, id, id);
                }
            }
        }

        if (root["connections"] is JsonArray connections)
        {
            foreach (var connection in connections.OfType<JsonObject>())
            {
                connection["vertices"] ??= new JsonArray();
            }
        }
    }

    private static void FillActivity(JsonObject activity, string nodeId, string name)
    {
        if (TextOf(activity["nodeId"]) is null)
        {
            activity["nodeId"] = nodeId;
        }

        if (TextOf(activity["name"]) is null)
        {
            activity["name"] = name;
        }

        if (activity["version"] is not JsonValue version || !version.TryGetValue<int>(out var number) || number < 1)
        {
            activity["version"] = 1;
        }

        if (activity["customProperties"] is not JsonObject)
        {
            activity["customProperties"] = new JsonObject();
        }

        if (activity["metadata"] is not JsonObject)
        {
            activity["metadata"] = new JsonObject();
        }
    }

    private static string? TextOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
