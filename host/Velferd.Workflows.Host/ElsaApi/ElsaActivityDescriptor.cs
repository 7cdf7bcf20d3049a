using System.Text.Json.Nodes;

namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>An activity type for the toolbox and property panel (Elsa's <c>ActivityDescriptor</c>).</summary>
public sealed record ElsaActivityDescriptor(
    string TypeName,
    string Namespace,
    string Name,
    int Version,
    string Category,
    string DisplayName,
    string? Description,
    string Kind,
    IReadOnlyList<ElsaInputDescriptor> Inputs,
    IReadOnlyList<ElsaOutputDescriptor> Outputs,
    IReadOnlyList<ElsaPortDescriptor> Ports,
    JsonObject CustomProperties,
    JsonObject ConstructionProperties,
    bool IsContainer,
    bool IsBrowsable,
    bool IsStart,
    bool IsTerminal);
