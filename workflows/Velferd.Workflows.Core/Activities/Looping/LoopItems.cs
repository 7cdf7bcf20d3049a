using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Activities.Looping;

/// <summary>Reads a loop's <c>Items</c> input and builds what each body run sees.</summary>
internal static class LoopItems
{
    /// <summary>The variable a body run reads the current item from (Elsa's name; <c>getCurrentValue()</c> in scripts).</summary>
    public const string CurrentValue = "CurrentValue";

    /// <summary>The variable holding the item's position, from 0 (<c>getCurrentIndex()</c>).</summary>
    public const string CurrentIndex = "CurrentIndex";

    /// <summary>
    /// The items as a list: a JSON array (also written as text, or returned by a script); nothing is no items. Null
    /// when the value is no list, so the loop faults with a message instead of guessing.
    /// </summary>
    public static JsonArray? Read(JsonNode? items) => items switch
    {
        null => [],
        JsonArray array => array,
        JsonValue value when value.TryGetValue<string>(out var text) => FromText(text),
        _ => null,
    };

    // The designer writes a literal list as text: ["a", "b"].
    private static JsonArray? FromText(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(text) as JsonArray;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>The fault for items that are no list.</summary>
    public static ActivityResult NotAList(JsonNode? items) =>
        ActivityResult.Fault($"Items must be a list (a JSON array), not {items?.GetValueKind().ToString().ToLowerInvariant()}.");

    /// <summary>The variables of the body run for item <paramref name="index"/>.</summary>
    public static JsonObject BodyVariables(JsonArray items, int index) => new()
    {
        [CurrentValue] = items[index]?.DeepClone(),
        [CurrentIndex] = index,
    };
}
