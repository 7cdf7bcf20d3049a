using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Host.Auth;

namespace Velferd.Workflows.Host.Services;

/// <summary>Operators' view of calls to remote services that ran out of retries: list, send again, resolve.</summary>
public static class OutboxEndpoints
{
    /// <summary>Maps <c>/api/outbox/incidents</c> (administrators only).</summary>
    public static RouteGroupBuilder MapOutboxEndpoints(this IEndpointRouteBuilder routes)
    {
        var incidents = routes.MapGroup("/api/outbox/incidents").WithTags("Tjenestekall").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        incidents.MapGet("/", ListAsync);
        incidents.MapPost("/{id}/retry", RetryAsync);
        incidents.MapPost("/{id}/resolve", ResolveAsync);
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

/// <summary>An outbox incident as operators see it: ids, service, attempts and the last error; never the payload.</summary>
/// <param name="Id">The message id.</param>
/// <param name="WorkflowInstanceId">The instance that asked.</param>
/// <param name="ActivityId">The activity that asked.</param>
/// <param name="Service">The service.</param>
/// <param name="Operation">The operation.</param>
/// <param name="WaitsForReply">True when the instance waits for it.</param>
/// <param name="Attempts">Attempts made.</param>
/// <param name="CreatedAt">When it was written.</param>
/// <param name="FirstFailedAt">When the first attempt failed.</param>
/// <param name="IncidentAt">When the incident was raised.</param>
/// <param name="LastError">The last failure (service and status).</param>
public sealed record OutboxIncident(
    string Id,
    string WorkflowInstanceId,
    string ActivityId,
    string Service,
    string Operation,
    bool WaitsForReply,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FirstFailedAt,
    DateTimeOffset? IncidentAt,
    string? LastError)
{
    /// <summary>The operator's view of a message.</summary>
    public static OutboxIncident From(OutboxMessage m) => new(
        m.Id, m.WorkflowInstanceId, m.ActivityId, m.Service, m.Operation, m.BookmarkId is not null, m.Attempts,
        m.CreatedAt, m.FirstFailedAt, m.IncidentAt, m.LastError);
}

/// <summary>How an incident was handled.</summary>
/// <param name="Note">What the operator did (no personal data).</param>
public sealed record ResolveIncidentRequest(string? Note);
