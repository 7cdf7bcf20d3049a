using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>One field of a task's form, as the process owner declared it in the designer.</summary>
/// <param name="Key">The form data key (and the field error key <c>form.{key}</c>).</param>
/// <param name="Label">What the caseworker sees (Norwegian); also used in error texts.</param>
/// <param name="Type">What kind of value.</param>
/// <param name="Required">True when the field must be filled in.</param>
/// <param name="Options">The choices of a <see cref="FormFieldType.Choice"/> field.</param>
/// <param name="Min">Lower bound: a length (text), a value (number) or a date (date), as JSON.</param>
/// <param name="Max">Upper bound, like <see cref="Min"/>.</param>
/// <param name="Pattern">A regular expression a text must match in full.</param>
public sealed record FormField(
    string Key,
    string Label,
    FormFieldType Type,
    bool Required = false,
    IReadOnlyList<string>? Options = null,
    JsonNode? Min = null,
    JsonNode? Max = null,
    string? Pattern = null);
