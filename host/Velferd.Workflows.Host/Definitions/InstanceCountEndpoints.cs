using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Host.Auth;

namespace Velferd.Workflows.Host.Definitions;

/// <summary>
/// How many instances a pathway has per version and status, counted exactly by the database however many there are
/// (the studio's «Prosesser» page once paged through the instances and stopped at 10,000). For process owners and
/// administrators, over every team's instances, like the KPIs: only numbers leave this route, no case id or person.
/// </summary>
public static class InstanceCountEndpoints
{
    /// <summary>Maps <c>/api/definitions/{definitionId}/instance-counts</c>.</summary>
    public static IEndpointRouteBuilder MapInstanceCountEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/definitions/{definitionId}/instance-counts", CountAsync)
            .WithTags("Forløpsdefinisjoner")
            .RequireAuthorization(Policies.EditDefinitions)
            .WithSummary("Count a definition's instances per version, status and sub-status");
        return routes;
    }

    private static async Task<Results<Ok<IReadOnlyList<InstanceCount>>, NotFound>> CountAsync(
        string definitionId, IWorkflowDefinitionStore definitions, IWorkflowInstanceStore instances, CancellationToken cancellationToken)
    {
        if ((await definitions.ListVersionsAsync(definitionId, cancellationToken)).Count == 0)
        {
            return TypedResults.NotFound();
        }

        var counts = await instances.CountByVersionAsync(definitionId, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<InstanceCount>>([.. counts.OrderByDescending(c => c.DefinitionVersion).ThenBy(c => c.Status).ThenBy(c => c.SubStatus)]);
    }
}
