using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Host.Instances;

namespace Velferd.Workflows.Host.Signals;

/// <summary>Named events that resume waiting instances (<c>Elsa.Event</c>).</summary>
public static class SignalEndpoints
{
    /// <summary>Maps <c>POST /api/signals/{eventName}</c>.</summary>
    public static RouteGroupBuilder MapSignalEndpoints(this IEndpointRouteBuilder routes)
    {
        var signals = routes.MapGroup("/api/signals").WithTags("Hendelser").RequireAuthorization(Policies.RunInstances);
        signals.MapPost("/{eventName}", SendAsync);
        return signals;
    }

    private static async Task<Results<Accepted<StimulusAccepted>, ValidationProblem>> SendAsync(
        string eventName,
        SignalRequest? request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        WorkflowEngine engine,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(eventName) || eventName.Length > 200)
        {
            errors.Add("eventName", "The event name must be 1 to 200 characters long.");
        }

        if (idempotencyKey is { Length: > 200 })
        {
            errors.Add("Idempotency-Key", "The idempotency key can be at most 200 characters long.");
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var stimulus = await engine.SignalAsync(eventName, request?.CorrelationId, request?.Payload, idempotencyKey, cancellationToken);
        return TypedResults.Accepted((string?)null, new StimulusAccepted(stimulus.Id));
    }
}
