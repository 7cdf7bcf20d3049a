using System.Text.Json.Nodes;

namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>Elsa's <c>ListResponse&lt;T&gt;</c>: items with their count.</summary>
public sealed record ElsaList<T>(IReadOnlyList<T> Items, long Count);

/// <summary>A list without a count, as Elsa answers for variable types, storage drivers and output converters.</summary>
public sealed record ElsaItems<T>(IReadOnlyList<T> Items);

/// <summary>Elsa's <c>PagedListResponse&lt;T&gt;</c>: one page, the total and list-level links.</summary>
public sealed record ElsaPage<T>(IReadOnlyList<T> Items, long TotalCount, IReadOnlyList<ElsaLink> Links);

/// <summary>A HATEOAS link; the designer turns editing on only when a <c>publish</c> link is present.</summary>
public sealed record ElsaLink(string Href, string Rel, string Method);

/// <summary>A definition version without its body (Elsa's <c>WorkflowDefinitionSummary</c>).</summary>
public sealed record ElsaDefinitionSummary(
    string Id,
    string DefinitionId,
    string Name,
    string? Description,
    int Version,
    string ToolVersion,
    bool IsLatest,
    bool IsPublished,
    DateTimeOffset CreatedAt,
    string MaterializerName,
    bool IsMaterializerAvailable,
    IReadOnlyList<ElsaLink> Links);

/// <summary>The answer to a save or publish (Elsa's <c>SaveWorkflowDefinitionResponse</c>).</summary>
public sealed record ElsaSaveResponse(JsonObject WorkflowDefinition, bool AlreadyPublished, int ConsumingWorkflowCount);

/// <summary><c>{isUnique}</c>.</summary>
public sealed record ElsaNameUnique(bool IsUnique);

/// <summary><c>{deleted}</c>.</summary>
public sealed record ElsaDeleted(long Deleted);

/// <summary>The answer to a bulk publish.</summary>
public sealed record ElsaBulkPublished(
    IReadOnlyList<string> Published, IReadOnlyList<string> AlreadyPublished, IReadOnlyList<string> NotFound, IReadOnlyList<object> UpdatedConsumers);

/// <summary>The answer to a bulk retract.</summary>
public sealed record ElsaBulkRetracted(IReadOnlyList<string> Retracted, IReadOnlyList<string> AlreadyRetracted, IReadOnlyList<string> NotFound);

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

/// <summary>One input in the property panel.</summary>
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
    JsonObject? UISpecifications);

/// <summary>One output in the Output tab.</summary>
public sealed record ElsaOutputDescriptor(string Name, string TypeName, string DisplayName, string? Description, float Order, bool IsBrowsable, bool IsSynthetic);

/// <summary>An outbound port (<c>Flow</c>) of an activity.</summary>
public sealed record ElsaPortDescriptor(string Name, string DisplayName, string Type, bool IsBrowsable);

/// <summary>An expression syntax the designer offers.</summary>
public sealed record ElsaExpressionDescriptor(string Type, string DisplayName, bool IsSerializable, bool IsBrowsable, IReadOnlyDictionary<string, object> Properties);

/// <summary>A strategy choice with a type name (activation, incident, log persistence).</summary>
public sealed record ElsaTypedChoice(string TypeName, string DisplayName, string Description);

/// <summary>A strategy choice with a name (commit strategies).</summary>
public sealed record ElsaNamedChoice(string Name, string DisplayName, string Description);

/// <summary>A variable type.</summary>
public sealed record ElsaVariableType(string TypeName, string DisplayName, string Category, string? Description);

/// <summary>Where variables are stored.</summary>
public sealed record ElsaStorageDriver(string TypeName, string DisplayName, int Priority, bool Deprecated);

/// <summary>An installed server feature.</summary>
public sealed record ElsaFeature(string Name, string Namespace, string FullName, string DisplayName, string Description);
