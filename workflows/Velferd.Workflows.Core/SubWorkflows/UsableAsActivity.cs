using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Expressions;

namespace Velferd.Workflows.Core.SubWorkflows;

/// <summary>
/// Reading a definition's «usable as activity» options and naming it as an activity the way Elsa does: the type name
/// is the definition's name in Pascal case (words joined, each starting with a capital).
/// </summary>
public static class UsableAsActivity
{
    /// <summary>True when the definition's <c>options.usableAsActivity</c> is set.</summary>
    public static bool IsUsable(JsonObject document) => Flag(document, "usableAsActivity");

    /// <summary>True when parents should run the published version (<c>options.autoUpdateConsumingWorkflows</c>).</summary>
    public static bool FollowsPublished(JsonObject document) => Flag(document, "autoUpdateConsumingWorkflows");

    /// <summary>The toolbox category (<c>options.activityCategory</c>), or null.</summary>
    public static string? Category(JsonObject document) =>
        (document["options"] as JsonObject)?["activityCategory"] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    /// <summary>The activity type name Elsa gives a definition named <paramref name="name"/>.</summary>
    public static string TypeNameOf(string name) => PascalCase.Of(name);

    /// <summary>The names of the definition's declared inputs.</summary>
    public static IReadOnlyList<string> InputNames(JsonObject document) => NamesIn(document["inputs"]);

    /// <summary>The definition's declared outcomes (<c>outcomes</c>), the ports of the activity.</summary>
    public static IReadOnlyList<string> Outcomes(JsonObject document) =>
        [.. (document["outcomes"] as JsonArray ?? []).Select(o => o is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>()];

    private static bool Flag(JsonObject document, string name) =>
        (document["options"] as JsonObject)?[name] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    private static List<string> NamesIn(JsonNode? list) =>
        [.. (list as JsonArray ?? []).Select(i => (i as JsonObject)?["name"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>()];
}
