using System.Text.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Activities.Triggers;

namespace Velferd.Workflows.Activities.Http;

/// <summary>
/// What an <see cref="HttpEndpoint"/> in a stored definition binds: read from its JSON without running anything, so
/// the host can route a request before an instance exists. The path must be written as text (an expression has no
/// instance to be evaluated in at that point); methods come as Elsa's check list writes them (a JSON list, as text or
/// as JSON) and default to GET.
/// </summary>
/// <param name="ActivityId">The endpoint activity.</param>
/// <param name="Path">The path under <c>/workflows/</c>, without leading or trailing slashes.</param>
/// <param name="Methods">The methods, upper case.</param>
/// <param name="Authorize">True when the caller must be signed in.</param>
/// <param name="Policy">A host authorization policy the caller must also meet, if any.</param>
public sealed record HttpEndpointBinding(string ActivityId, string Path, IReadOnlySet<string> Methods, bool Authorize, string? Policy)
{
    /// <summary>The activity's type name.</summary>
    public const string TypeName = "Elsa.HttpEndpoint";

    /// <summary>The binding of an endpoint activity's JSON; null when its path is not written as text.</summary>
    public static HttpEndpointBinding? Read(JsonObject activity)
    {
        if (PathwayTriggers.LiteralInput(activity, "path") is not { } path || activity["id"]?.GetValue<string>() is not { } id)
        {
            return null;
        }

        var methods = MethodsOf(activity["supportedMethods"]?["expression"]?["value"]);
        var authorize = PathwayTriggers.LiteralInput(activity, "authorize") is not { } text || !bool.TryParse(text, out var required) || required;
        var policy = PathwayTriggers.LiteralInput(activity, "policy");
        return new HttpEndpointBinding(id, Normalize(path), methods, authorize, string.IsNullOrWhiteSpace(policy) ? null : policy.Trim());
    }

    /// <summary>A path without surrounding slashes or white space, as routes are compared.</summary>
    public static string Normalize(string path) => path.Trim().Trim('/');

    private static HashSet<string> MethodsOf(JsonNode? value)
    {
        var list = value switch
        {
            JsonArray array => array,
            JsonValue text when text.TryGetValue<string>(out var s) && s.TrimStart().StartsWith('[') => TryParse(s),
            JsonValue text when text.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) => new JsonArray(s.Split(',').Select(m => (JsonNode)m).ToArray()),
            _ => null,
        };
        var methods = (list ?? []).Select(m => m is JsonValue v && v.TryGetValue<string>(out var name) ? name.Trim().ToUpperInvariant() : null)
            .OfType<string>().Where(m => m.Length > 0).ToHashSet(StringComparer.Ordinal);
        return methods.Count == 0 ? ["GET"] : methods;
    }

    private static JsonArray? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonArray;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
