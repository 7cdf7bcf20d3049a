using System.Text.Json.Nodes;

namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>One input in the property panel.</summary>
/// <remarks>
/// Elsa Studio 3.8.2 has no required flag of its own: a required input shows it in its label (« *») and description
/// («Påkrevd.»); <see cref="IsRequired"/> carries it for other readers, and the host refuses to save it empty.
/// </remarks>
public sealed record ElsaInputDescriptor(
    string Name,
    string TypeName,
    string DisplayName,
    string? Description,
    float Order,
    bool IsBrowsable,
    bool IsSynthetic,
    bool IsWrapped,
    string UIHint,
    string? Category,
    object? DefaultValue,
    string DefaultSyntax,
    bool IsReadOnly,
    bool IsSensitive,
    string? StorageDriverType,
    JsonObject? UISpecifications,
    bool IsRequired);
