using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core.Time;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Host.Hosting;

namespace Velferd.Workflows.Host.Clock;

/// <summary>
/// <c>/api/dev/clock</c>: the host's time, and (admin or process owner) moving it for the whole host. Mapped only when
/// the host runs on the <see cref="ControllableClock"/> (<c>Clock:Controllable</c>, Development by default); elsewhere
/// the route does not exist (404).
/// </summary>
public static class DevClockEndpoints
{
    /// <summary>Maps the routes when the host's clock is controllable.</summary>
    public static IEndpointRouteBuilder MapDevClockEndpoints(this IEndpointRouteBuilder routes)
    {
        // A host whose clock was replaced after registration (a test's fake clock) does not follow a move, so it gets
        // no route that would pretend to move it.
        if (routes.ServiceProvider.GetRequiredService<TimeProvider>() is not ControllableClock)
        {
            return routes;
        }

        var clock = routes.MapGroup("/api/dev/clock").WithTags("Klokke (utvikling)").RequireAuthorization();
        clock.MapGet("/", Get).WithSummary("Show the host's time (Development clock)");
        clock.MapPost("/", MoveAsync).RequireAuthorization(policy => policy.RequireRole(Roles.ProcessOwner, Roles.Admin)).WithSummary("Move the host's time forward or to an instant; due work fires on the way (Development)");
        return routes;
    }

    private static Ok<ClockView> Get(ControllableClock clock) => TypedResults.Ok(new ClockView(clock.GetUtcNow(), clock.Offset));

    private static async Task<Results<Ok<ClockMove>, ValidationProblem>> MoveAsync(
        HttpRequest request, ControllableClock clock, ClockMover mover, IBusinessCalendar calendar, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadTextAsync(request, cancellationToken);
        var (target, errors) = ClockMoveRequest.Parse(body, clock.GetUtcNow(), calendar);
        if (target is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(await mover.MoveToAsync(target.Value, cancellationToken));
    }
}

/// <summary>The host's time.</summary>
/// <param name="Now">What time it is for the host.</param>
/// <param name="Offset">How far that is from the wall clock (zero until the clock is moved).</param>
public sealed record ClockView(DateTimeOffset Now, TimeSpan Offset);
