using System.Text.Json.Nodes;

namespace Velferd.Workflows.Studio.HostApi;

/// <summary>One field of a task's form: key, label, type (Text, Multiline, Number, Date, Choice, YesNo, Person), rules.</summary>
public sealed record FormFieldAnswer(
    string Key,
    string Label,
    string Type,
    bool Required,
    IReadOnlyList<string>? Options,
    JsonNode? Min,
    JsonNode? Max,
    string? Pattern);
