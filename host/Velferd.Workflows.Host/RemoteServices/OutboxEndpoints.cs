using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Core;
using Velferd.Workflows.Host.Auth;

namespace Velferd.Workflows.Host.RemoteServices;

/// <summary>Operators' view of calls to remote services that ran out of retries: list, send again, resolve.</summary>
public static class OutboxEndpoints
{
    /// <summary>Maps <c>/api/outbox/incidents</c> (administrators only).</summary>
    public static RouteGroupBuilder MapOutboxEndpoints(this IEndpointRouteBuilder routes)
    {
        var incidents = routes.MapGroup("/api/outbox/incidents").WithTags("Tjenestekall").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        incidents.MapGet("/", ListAsync).WithSummary("List remote calls that failed for good (admin)");
        incidents.MapPost("/{id}/retry", RetryAsync).WithSummary("Send a failed remote call again (admin)");
        incidents.MapPost("/{id}/resolve", ResolveAsync).WithSummary("Close a failed remote call by hand (admin)");
        return incidents;
    }

    private static async Task<Ok<IReadOnlyList<OutboxIncident>>> ListAsync(OutboxIncidents incidents, CancellationToken cancellationToken, int max = 100)
    {
        var messages = await incidents.ListAsync(Math.Clamp(max, 1, 1000), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<OutboxIncident>>([.. messages.Select(OutboxIncident.From)]);
    }

    private static async Task<Results<NoContent, NotFound>> RetryAsync(string id, OutboxIncidents incidents, CancellationToken cancellationToken) =>
        await incidents.RetryAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> ResolveAsync(
        string id, ResolveIncidentRequest? request, OutboxIncidents incidents, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request?.Note) || request.Note.Length > 2000)
        {
            errors.Add("note", "Skriv hvordan hendelsen ble løst (1 til 2000 tegn, uten personopplysninger).");
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await incidents.ResolveAsync(id, request!.Note!, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
