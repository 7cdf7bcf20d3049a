using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Activities;

/// <summary>What the designer needs to know about an activity type: generated from its declaration.</summary>
public sealed record ActivityDescriptor(
    string TypeName,
    int Version,
    string Namespace,
    string Name,
    string Category,
    string DisplayName,
    string? Description,
    ActivityKind Kind,
    IReadOnlyList<InputDescriptor> Inputs,
    IReadOnlyList<OutputDescriptor> Outputs,
    IReadOnlyList<PortDescriptor> Ports,
    bool IsBrowsable,
    bool IsContainer,
    bool IsStart,
    bool IsTerminal)
{
    /// <summary>The ports that hold an embedded activity (a loop's body); the designer draws them as slots.</summary>
    public IReadOnlyList<PortDescriptor> EmbeddedPorts { get; init; } = [];
}

/// <summary>One input of an activity, as the designer's property panel shows it.</summary>
/// <remarks><see cref="IsRequired"/>: the definition must give it a value (checked on save and publish).</remarks>
public sealed record InputDescriptor(
    string Name,
    string TypeName,
    string DisplayName,
    string? Description,
    float Order,
    bool IsBrowsable,
    bool IsWrapped,
    string UIHint,
    string? Category,
    object? DefaultValue,
    string DefaultSyntax,
    IReadOnlyList<string>? Options,
    JsonObject? UISpecifications,
    bool IsRequired = false);

/// <summary>One output of an activity.</summary>
public sealed record OutputDescriptor(string Name, string TypeName, string DisplayName, string? Description);

/// <summary>One outcome port of an activity.</summary>
public sealed record PortDescriptor(string Name, string DisplayName);
