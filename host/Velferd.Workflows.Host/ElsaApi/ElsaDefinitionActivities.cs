using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.SubWorkflows;

namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>
/// The toolbox entries of published definitions marked usable as an activity (<c>options.usableAsActivity</c>), in
/// Elsa's shape: type name from the definition's name, its inputs and outputs as synthetic properties, its outcomes as
/// ports, and the construction properties the Studio copies into an activity dropped on the canvas (which definition
/// and version it runs).
/// </summary>
public static class ElsaDefinitionActivities
{
    private const int MostListed = 500;

    /// <summary>The descriptors of every published definition usable as an activity.</summary>
    public static async Task<IReadOnlyList<ElsaActivityDescriptor>> ListAsync(IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        var published = await store.ListAsync(new DefinitionQuery { Versions = VersionOptions.Published, PageSize = MostListed }, cancellationToken);
        return [.. published.Items.Where(d => UsableAsActivity.IsUsable(d.Document)).Select(From)];
    }

    /// <summary>One definition as a toolbox entry.</summary>
    public static ElsaActivityDescriptor From(WorkflowDefinition definition)
    {
        var typeName = UsableAsActivity.TypeNameOf(definition.Name);
        var document = definition.Document;
        var outcomes = UsableAsActivity.Outcomes(document);
        return new ElsaActivityDescriptor(
            typeName,
            "Forløp",
            typeName,
            definition.Version,
            UsableAsActivity.Category(document) ?? "Forløp",
            definition.Name,
            definition.Description,
            nameof(ActivityKind.Task),
            [.. Declared(document["inputs"]).Select((input, index) => new ElsaInputDescriptor(
                input.Name, input.TypeName, input.DisplayName, input.Description, index, IsBrowsable: true, IsSynthetic: true, IsWrapped: true,
                UIHints.SingleLine, Category: null, DefaultValue: null, DefaultSyntax: "Literal", IsReadOnly: false, IsSensitive: false,
                StorageDriverType: null, UISpecifications: null, IsRequired: false))],
            [.. Declared(document["outputs"]).Select((output, index) => new ElsaOutputDescriptor(
                output.Name, output.TypeName, output.DisplayName, output.Description, index, IsBrowsable: true, IsSynthetic: true))],
            [.. (outcomes.Count == 0 ? [ActivityResult.DefaultOutcome] : outcomes).Select(o => new ElsaPortDescriptor(o, o, "Flow", IsBrowsable: true))],
            new JsonObject
            {
                ["RootType"] = "WorkflowDefinitionActivity",
                ["WorkflowDefinitionId"] = definition.DefinitionId,
                ["WorkflowDefinitionVersionId"] = definition.Id,
            },
            new JsonObject
            {
                ["WorkflowDefinitionId"] = definition.DefinitionId,
                ["WorkflowDefinitionVersionId"] = definition.Id,
                ["Version"] = definition.Version,
                ["LatestAvailablePublishedVersion"] = definition.Version,
                ["LatestAvailablePublishedVersionId"] = definition.Id,
            },
            IsContainer: false,
            IsBrowsable: true,
            IsStart: false,
            IsTerminal: false);
    }

    private static IEnumerable<DeclaredValue> Declared(JsonNode? list) =>
        (list as JsonArray ?? []).OfType<JsonObject>().Select(item => new DeclaredValue(
            Text(item["name"]) ?? "",
            Text(item["type"]) ?? "Object",
            Text(item["displayName"]) ?? Text(item["name"]) ?? "",
            Text(item["description"]))).Where(d => d.Name.Length > 0);

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    private sealed record DeclaredValue(string Name, string TypeName, string DisplayName, string? Description);
}
