using System.Globalization;
using System.Text.Json.Nodes;
using Velferd.Workflows.Studio.HostApi;

namespace Velferd.Workflows.Studio.Inbox;

/// <summary>One field of the task page's form: what the caseworker typed or chose, and the server's error for it.</summary>
public sealed class TaskFormField
{
    /// <summary>The field as the task declares it, with a value already stored (a task completed before) if any.</summary>
    public TaskFormField(FormFieldAnswer field, JsonNode? value)
    {
        Key = field.Key;
        Label = field.Label;
        Kind = Enum.TryParse<FieldKind>(field.Type, ignoreCase: true, out var kind) ? kind : FieldKind.Text;
        Required = field.Required;
        Options = field.Options ?? [];
        if (Kind == FieldKind.YesNo)
        {
            Answer = value is JsonValue v && v.TryGetValue<bool>(out var answer) ? answer : null;
        }
        else
        {
            Text = value?.ToString();
        }
    }

    /// <summary>The form data key.</summary>
    public string Key { get; }

    /// <summary>The label (bokmål, from the process owner).</summary>
    public string Label { get; }

    /// <summary>Which input.</summary>
    public FieldKind Kind { get; }

    /// <summary>True when it must be filled in.</summary>
    public bool Required { get; }

    /// <summary>The choices of a choice field.</summary>
    public IReadOnlyList<string> Options { get; }

    /// <summary>The typed text (every kind but yes/no; a date as <c>yyyy-MM-dd</c>).</summary>
    public string? Text { get; set; }

    /// <summary>The yes/no answer, or none.</summary>
    public bool? Answer { get; set; }

    /// <summary>The server's error for this field, if the last submit had one.</summary>
    public string? Error { get; set; }

    /// <summary>The value as the API takes it, or null when left empty (the server decides whether that is allowed).</summary>
    public JsonNode? ToJson()
    {
        if (Kind == FieldKind.YesNo)
        {
            return Answer is { } answer ? JsonValue.Create(answer) : null;
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            return null;
        }

        var text = Text.Trim();

        // A number that does not parse goes as typed, so the server names the problem next to the field.
        return Kind == FieldKind.Number && decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? JsonValue.Create(number)
            : JsonValue.Create(text);
    }
}
