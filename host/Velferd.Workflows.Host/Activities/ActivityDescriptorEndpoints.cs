using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Host.Activities;

/// <summary>The activity types the engine runs, described for designers and integrators.</summary>
public static class ActivityDescriptorEndpoints
{
    /// <summary>Maps <c>GET /api/activity-descriptors</c>.</summary>
    public static RouteGroupBuilder MapActivityDescriptorEndpoints(this IEndpointRouteBuilder routes)
    {
        var descriptors = routes.MapGroup("/api/activity-descriptors").WithTags("Aktiviteter").RequireAuthorization();
        descriptors.MapGet("/", (ActivityRegistry registry) =>
            TypedResults.Ok(registry.All.Select(t => t.Descriptor).OrderBy(d => d.Category).ThenBy(d => d.TypeName).ToList()))
            .WithSummary("List the activities a process owner can place, with their inputs and outcomes");
        return descriptors;
    }
}
