using Microsoft.AspNetCore.Routing.Template;
using Velferd.Workflows.Activities.Http;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Host.HttpWorkflows;

/// <summary>
/// Finds the published pathways a request under <c>/workflows/</c> starts: those whose flow begins at an
/// <see cref="HttpEndpoint"/> (the blueprint's start node, as the runner starts it) with a path template that matches.
/// Blueprints come from the engine's cache, so a request reads the list of published versions and compiles nothing it
/// has compiled before.
/// </summary>
public sealed class HttpWorkflowRoutes(IWorkflowDefinitionStore definitions, WorkflowBlueprintProvider blueprints, ILogger<HttpWorkflowRoutes> logger)
{
    /// <summary>The endpoints whose path matches, each with its route values; the caller checks the method.</summary>
    public async Task<IReadOnlyList<HttpWorkflowRoute>> FindAsync(string path, CancellationToken cancellationToken)
    {
        var requested = new PathString("/" + HttpEndpointBinding.Normalize(path));
        var found = new List<HttpWorkflowRoute>();
        await foreach (var definition in definitions.EnumeratePublishedAsync(cancellationToken))
        {
            if (await BindingOfAsync(definition, cancellationToken) is { } binding && Match(binding, requested) is { } values)
            {
                found.Add(new HttpWorkflowRoute(definition.DefinitionId, binding, values));
            }
        }

        return found;
    }

    private async Task<HttpEndpointBinding?> BindingOfAsync(WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        var blueprint = await blueprints.FindAsync(definition.Id, cancellationToken);
        return blueprint?.StartNodes is [{ Type.TypeName: HttpEndpointBinding.TypeName } start]
            ? HttpEndpointBinding.Read(start.Activity.Json)
            : null;
    }

    private Dictionary<string, string?>? Match(HttpEndpointBinding binding, PathString requested)
    {
        RouteTemplate template;
        try
        {
            template = TemplateParser.Parse(binding.Path);
        }
        catch (ArgumentException)
        {
            logger.LogWarning("The HTTP endpoint {ActivityId} has a path that is not a valid route template; no request reaches it", binding.ActivityId);
            return null;
        }

        var values = new RouteValueDictionary();
        return new TemplateMatcher(template, new RouteValueDictionary()).TryMatch(requested, values)
            ? values.ToDictionary(v => v.Key, v => v.Value?.ToString(), StringComparer.OrdinalIgnoreCase)
            : null;
    }
}

/// <summary>A published pathway a request's path reaches.</summary>
/// <param name="DefinitionId">The pathway.</param>
/// <param name="Binding">Its endpoint.</param>
/// <param name="RouteValues">The path's parameters.</param>
public sealed record HttpWorkflowRoute(string DefinitionId, HttpEndpointBinding Binding, IReadOnlyDictionary<string, string?> RouteValues);
