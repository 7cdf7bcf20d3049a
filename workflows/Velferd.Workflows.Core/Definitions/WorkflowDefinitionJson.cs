using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Definitions;

/// <summary>
/// Reads and writes definitions as Elsa 3 JSON. Header fields are ours to set; every other property (including
/// designer metadata and properties we do not know) is kept verbatim in <see cref="WorkflowDefinition.Document"/>.
/// </summary>
public static class WorkflowDefinitionJson
{
    private static readonly HashSet<string> HeaderFields = new(StringComparer.Ordinal)
    {
        "id", "definitionId", "version", "isLatest", "isPublished", "isReadonly", "createdAt", "name", "description", "links",
    };

    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = false, MaxDepth = 256 };

    /// <summary>Parses a definition as sent by the designer or an import; bad JSON is a field error on <c>$</c>.</summary>
    public static DefinitionParseResult Parse(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            return DefinitionParseResult.Invalid(FieldErrors.Of("$", $"The definition is not valid JSON{where}."));
        }

        return node is JsonObject obj
            ? FromJson(obj)
            : DefinitionParseResult.Invalid(FieldErrors.Of("$", "The definition must be a JSON object."));
    }

    /// <summary>Reads a definition model from a JSON object (the object is not changed).</summary>
    public static DefinitionParseResult FromJson(JsonObject json)
    {
        var errors = new FieldErrors();
        var name = ReadString(json, "name", errors);
        var description = ReadString(json, "description", errors);
        var definitionId = ReadString(json, "definitionId", errors);
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add("name", "A definition needs a name.");
        }
        else if (name.Length > 200)
        {
            errors.Add("name", "The name can be at most 200 characters long.");
        }

        if (definitionId is { Length: > 100 })
        {
            errors.Add("definitionId", "The definition id can be at most 100 characters long.");
        }
        else if (!string.IsNullOrWhiteSpace(definitionId) && !IsUrlSafeId(definitionId))
        {
            // The id is a segment of every URL of the definition: with a '/' or '?' it is stored but can never be read,
            // exported or deleted again.
            errors.Add("definitionId", "The definition id can hold only letters, digits, '-', '_' and '.', and not only dots.");
        }

        if (!errors.IsEmpty)
        {
            return DefinitionParseResult.Invalid(errors);
        }

        var document = new JsonObject();
        foreach (var (key, value) in json)
        {
            if (!HeaderFields.Contains(key))
            {
                document[key] = value?.DeepClone();
            }
        }

        return DefinitionParseResult.Valid(new DefinitionModel(
            string.IsNullOrWhiteSpace(definitionId) ? null : definitionId, name!.Trim(), description, document));
    }

    /// <summary>Writes a definition as Elsa 3 JSON: header fields first, then the document as stored.</summary>
    public static JsonObject ToJson(WorkflowDefinition definition)
    {
        var json = new JsonObject
        {
            ["id"] = definition.Id,
            ["definitionId"] = definition.DefinitionId,
            ["name"] = definition.Name,
            ["description"] = definition.Description,
            ["createdAt"] = definition.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            ["version"] = definition.Version,
            ["isLatest"] = definition.IsLatest,
            ["isPublished"] = definition.IsPublished,
        };
        foreach (var (key, value) in definition.Document)
        {
            json[key] = value?.DeepClone();
        }

        // Elsa Studio needs these collections present even when a definition never had them.
        json["variables"] ??= new JsonArray();
        json["inputs"] ??= new JsonArray();
        json["outputs"] ??= new JsonArray();
        json["outcomes"] ??= new JsonArray();
        json["customProperties"] ??= new JsonObject();
        json["options"] ??= new JsonObject();
        json["toolVersion"] ??= "3.8.0.0";
        json["materializerName"] ??= "Json";
        json["root"] ??= Flowchart.EmptyRoot();
        return json;
    }

    private static bool IsUrlSafeId(string id) =>
        id.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.') && id.Any(c => c != '.');

    private static string? ReadString(JsonObject json, string property, FieldErrors errors)
    {
        if (!json.TryGetPropertyValue(property, out var node) || node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            return text;
        }

        errors.Add(property, $"'{property}' must be a string.");
        return null;
    }
}

/// <summary>A definition as submitted: what a save or import wants stored.</summary>
/// <param name="DefinitionId">The existing definition to update, or null to create one.</param>
/// <param name="Name">The pathway's name.</param>
/// <param name="Description">What the pathway is for.</param>
/// <param name="Document">The body without header fields.</param>
public sealed record DefinitionModel(string? DefinitionId, string Name, string? Description, JsonObject Document);

/// <summary>A parsed definition model, or the field errors that stopped it.</summary>
public sealed record DefinitionParseResult(DefinitionModel? Model, FieldErrors? Errors)
{
    /// <summary>A model that parsed.</summary>
    public static DefinitionParseResult Valid(DefinitionModel model) => new(model, null);

    /// <summary>A model that did not parse.</summary>
    public static DefinitionParseResult Invalid(FieldErrors errors) => new(null, errors);
}
