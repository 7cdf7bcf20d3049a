using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>
/// Reads the form fields a process owner declared on a user task (a JSON array edited in the designer):
/// <c>[{"key": "begrunnelse", "label": "Begrunnelse", "type": "multiline", "required": true, "max": 2000}]</c>.
/// </summary>
public static class FormDefinition
{
    private static readonly Dictionary<string, FormFieldType> TypeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = FormFieldType.Text,
        ["multiline"] = FormFieldType.Multiline,
        ["number"] = FormFieldType.Number,
        ["date"] = FormFieldType.Date,
        ["choice"] = FormFieldType.Choice,
        ["yesno"] = FormFieldType.YesNo,
        ["yes/no"] = FormFieldType.YesNo,
        ["person"] = FormFieldType.Person,
    };

    /// <summary>Parses the fields; problems are returned (in English, for the operator's incident), never thrown.</summary>
    public static (IReadOnlyList<FormField> Fields, IReadOnlyList<string> Problems) Parse(JsonArray? json)
    {
        var fields = new List<FormField>();
        var problems = new List<string>();
        for (var i = 0; json is not null && i < json.Count; i++)
        {
            if (json[i] is not JsonObject item)
            {
                problems.Add($"Form field {i + 1} is not an object.");
                continue;
            }

            var key = Text(item["key"]);
            var type = Text(item["type"]) ?? "text";
            if (string.IsNullOrWhiteSpace(key))
            {
                problems.Add($"Form field {i + 1} has no key.");
                continue;
            }

            if (fields.Any(f => f.Key == key))
            {
                problems.Add($"Form field key '{key}' is used more than once.");
                continue;
            }

            if (!TypeNames.TryGetValue(type, out var fieldType))
            {
                problems.Add($"Form field '{key}' has the unknown type '{type}' (use text, multiline, number, date, choice, yesno or person).");
                continue;
            }

            var options = item["options"] is JsonArray array ? array.Select(Text).OfType<string>().ToList() : null;
            if (fieldType == FormFieldType.Choice && options is not { Count: > 0 })
            {
                problems.Add($"Form field '{key}' is a choice without options.");
                continue;
            }

            var pattern = Text(item["pattern"]);
            if (pattern is not null && !IsValidPattern(pattern))
            {
                problems.Add($"Form field '{key}' has a pattern that is not a valid regular expression.");
                continue;
            }

            fields.Add(new FormField(
                key,
                Text(item["label"]) ?? key,
                fieldType,
                IsTrue(item["required"]),
                options,
                Bound(item["min"]),
                Bound(item["max"]),
                pattern));
        }

        return (fields, problems);
    }

    private static bool IsValidPattern(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, FormValidator.PatternTimeout);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    private static bool IsTrue(JsonNode? node) => node is JsonValue value
        && ((value.TryGetValue<bool>(out var flag) && flag) || (value.TryGetValue<string>(out var text) && bool.TryParse(text, out var parsed) && parsed));

    private static JsonNode? Bound(JsonNode? node) =>
        node is JsonValue value && (value.GetValueKind() != JsonValueKind.String || !string.IsNullOrWhiteSpace(value.GetValue<string>()))
            ? node.DeepClone()
            : null;
}
