using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Host.Access;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Host.Instances;

namespace Velferd.Workflows.Host.Signals;

/// <summary>
/// Named events that resume waiting instances (<c>Elsa.Event</c>): only instances of the sender's teams, and without a
/// case id only the events the definition marks as broadcast.
/// </summary>
public static class SignalEndpoints
{
    /// <summary>Maps <c>POST /api/signals/{eventName}</c>.</summary>
    public static RouteGroupBuilder MapSignalEndpoints(this IEndpointRouteBuilder routes)
    {
        var signals = routes.MapGroup("/api/signals").WithTags("Hendelser").RequireAuthorization(Policies.RunInstances);
        signals.MapPost("/{eventName}", SendAsync).ProducesProblem(StatusCodes.Status422UnprocessableEntity).WithSummary("Send an event to the instances waiting for it, by correlation id");
        return signals;
    }

    private static async Task<Results<Accepted<StimulusAccepted>, ValidationProblem, ProblemHttpResult>> SendAsync(
        string eventName,
        SignalRequest? request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        CaseDataAccess access,
        WorkflowEngine engine,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(eventName) || eventName.Length > 200)
        {
            errors.Add("eventName", "The event name must be 1 to 200 characters long.");
        }

        CorrelationIds.Check(request?.CorrelationId, "correlationId", errors);
        if (idempotencyKey is { Length: > IdempotencyKeys.MaxLength })
        {
            errors.Add("Idempotency-Key", "The idempotency key can be at most 200 characters long.");
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var correlationId = string.IsNullOrWhiteSpace(request?.CorrelationId) ? null : request.CorrelationId;
        var sent = await engine.SendSignalAsync(
            new NamedSignal(eventName, correlationId, request?.Payload, IdempotencyKeys.OfCaller(access, idempotencyKey), access.SignalScope),
            cancellationToken);
        return sent.KeyUsedForAnother
            ? TypedResults.Problem(IdempotencyKeys.Reused())
            : TypedResults.Accepted((string?)null, new StimulusAccepted(sent.Stimulus.Id));
    }
}
