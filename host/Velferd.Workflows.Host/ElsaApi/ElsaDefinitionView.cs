using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Host.Auth;

namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>
/// Writes definitions the way Elsa Studio reads them, with links computed for the signed-in user: only users who
/// may edit get the <c>publish</c> link, and without it the designer opens read-only.
/// </summary>
public sealed class ElsaDefinitionView(IAuthorizationService authorization, IHttpContextAccessor accessor)
{
    /// <summary>The route prefix of the Elsa-compatible API.</summary>
    public const string BasePath = "/elsa/api";

    /// <summary>True when the current user may save, publish and retract.</summary>
    public async Task<bool> CanEditAsync()
    {
        var user = accessor.HttpContext?.User ?? new ClaimsPrincipal();
        return (await authorization.AuthorizeAsync(user, Policies.EditDefinitions)).Succeeded;
    }

    /// <summary>The full definition with <c>links</c>.</summary>
    public static JsonObject Definition(WorkflowDefinition definition, bool canEdit)
    {
        var json = WorkflowDefinitionJson.ToJson(definition);
        StudioShape.Fill(json);
        json["isReadonly"] = false;
        json["providerName"] ??= null;
        json["materializerContext"] ??= null;
        var links = new JsonArray();
        foreach (var link in DefinitionLinks(definition.DefinitionId, canEdit))
        {
            links.Add(new JsonObject { ["href"] = link.Href, ["rel"] = link.Rel, ["method"] = link.Method });
        }

        json["links"] = links;
        return json;
    }

    /// <summary>The summary of a version with <c>links</c>.</summary>
    public static ElsaDefinitionSummary Summary(WorkflowDefinition definition, bool canEdit) => new(
        definition.Id,
        definition.DefinitionId,
        definition.Name,
        definition.Description,
        definition.Version,
        definition.Document["toolVersion"] is JsonValue tool && tool.TryGetValue<string>(out var text) ? text : "3.8.0.0",
        definition.IsLatest,
        definition.IsPublished,
        definition.CreatedAt,
        "Json",
        IsMaterializerAvailable: true,
        DefinitionLinks(definition.DefinitionId, canEdit));

    /// <summary>The list-level links: <c>bulk-publish</c> makes the definition list editable.</summary>
    public static IReadOnlyList<ElsaLink> ListLinks(bool canEdit) => canEdit
        ? [new ElsaLink($"{BasePath}/bulk-actions/publish/workflow-definitions/by-definition-ids", "bulk-publish", "POST")]
        : [];

    private static List<ElsaLink> DefinitionLinks(string definitionId, bool canEdit)
    {
        var escaped = Uri.EscapeDataString(definitionId);
        var links = new List<ElsaLink> { new($"{BasePath}/workflow-definitions/by-definition-id/{escaped}", "self", "GET") };
        if (canEdit)
        {
            links.Add(new($"{BasePath}/workflow-definitions/{escaped}/publish", "publish", "POST"));
            links.Add(new($"{BasePath}/workflow-definitions/{escaped}/retract", "unpublish", "POST"));
        }

        return links;
    }

    /// <summary>Elsa's version-option spelling for an error message.</summary>
    public const string VersionOptionsHelp =
        "Use Latest, Published, LatestOrPublished, LatestAndPublished, Draft, AllVersions or a version number.";
}
