using System.Dynamic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Expressions;

/// <summary>Moves values between JSON nodes (how state is stored) and plain .NET values (what scripts see).</summary>
public static class JsonValues
{
    /// <summary>JSON to plain values: objects become <see cref="ExpandoObject"/>, arrays <c>object?[]</c>.</summary>
    public static object? ToPlain(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
                IDictionary<string, object?> expando = new ExpandoObject();
                foreach (var (key, value) in obj)
                {
                    expando[key] = ToPlain(value);
                }

                return expando;
            case JsonArray array:
                return array.Select(ToPlain).ToArray();
            default:
                var scalar = (JsonValue)node;
                return scalar.GetValueKind() switch
                {
                    JsonValueKind.String => scalar.TryGetValue<string>(out var text) ? text : JsonSerializer.Deserialize<string>(scalar.ToJsonString()),
                    JsonValueKind.Number => scalar.TryGetValue<long>(out var whole) ? whole
                        : scalar.TryGetValue<int>(out var small) ? small
                        : double.Parse(scalar.ToJsonString(), CultureInfo.InvariantCulture),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => null,
                };
        }
    }

    /// <summary>Plain values to JSON; whole doubles become integers so <c>1</c> stays <c>1</c>.</summary>
    public static JsonNode? FromPlain(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        double d when double.IsFinite(d) && d == Math.Floor(d) && Math.Abs(d) < 9e15 => JsonValue.Create((long)d),
        double d => JsonValue.Create(d),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        decimal m => JsonValue.Create(m),
        DateTime dt => JsonValue.Create(new DateTimeOffset(dt.ToUniversalTime(), TimeSpan.Zero)),
        DateTimeOffset dto => JsonValue.Create(dto),
        IDictionary<string, object?> dict => new JsonObject(dict.Select(kv => KeyValuePair.Create(kv.Key, FromPlain(kv.Value)))),
        System.Collections.IEnumerable list => new JsonArray(list.Cast<object?>().Select(FromPlain).ToArray()),
        IFormattable f => JsonValue.Create(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), WorkflowJson.Options),
    };
}
