using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Host.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Transitions;

namespace Velferd.Workflows.Host.Transitions;

/// <summary>
/// Measures, ettervern and the transition at 18 (DOMAIN-API.md "Transition, ettervern, IP"; ). Every route
/// finds the barnevern case through the need-to-know decision (<see cref="CaseAccessGate"/>): a case the caller may not
/// see is 404. The first measure starts the case's P6 pathway; each decision is the event that meets its 17 y 6 m deadline.
/// </summary>
public static class TransitionEndpoints
{
    /// <summary>Maps the measure, ettervern and red-list routes.</summary>
    public static IEndpointRouteBuilder MapTransitionEndpoints(this IEndpointRouteBuilder routes)
    {
        var cases = routes.MapGroup("/api/cases/{caseId}").WithTags("Overgang og ettervern").RequireAuthorization(Policies.WorkCases);
        cases.MapPost("/measures", AddMeasureAsync).WithSummary("Register a barnevern measure (ettervern refused at 25+); the first starts the transition pathway P6");
        cases.MapGet("/measures", ListMeasuresAsync).WithSummary("The case's measures, oldest first");
        cases.MapGet("/transition", TransitionAsync).WithSummary("The transition at 18: milestone dates from the birth date, measures, decisions, red list");
        cases.MapPost("/ettervern/plan", PlanAsync).WithSummary("Record a signed ettervern plan: goal, content, duration, responsibility, the young person's consent (R-42)");
        cases.MapPost("/ettervern/decline", DeclineAsync).WithSummary("Record that the young person declined ettervern; asked again after 12 months (R-43)");
        cases.MapPost("/ettervern/termination-decision", TerminateAsync).WithSummary("The enkeltvedtak ending the measures at 18, with reasons and appeal information (R-45)");
        var measures = routes.MapGroup("/api/measures").WithTags("Overgang og ettervern").RequireAuthorization(Policies.WorkCases);
        measures.MapPost("/{measureId}/end", EndMeasureAsync).WithSummary("End a measure (from 18 only at the young person's wish; otherwise a termination vedtak, R-45)");
        routes.MapGet("/api/transitions/red-list", RedListAsync).WithTags("Overgang og ettervern").RequireAuthorization(Policies.WorkCases)
            .WithSummary("The red list (R-41): young people of the caller's teams who are 18 with an active measure and no decision");
        return routes;
    }

    private static async Task<Results<Created<MeasureView>, ValidationProblem, NotFound, ProblemHttpResult>> AddMeasureAsync(
        string caseId, MeasureRequest request, ClaimsPrincipal user, CaseAccessGate gate, TransitionPathway pathway, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await gate.FindVisibleAsync(caseId, CaseActor.From(user), cancellationToken) is not { } subject)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        var start = DateField.Read(request.StartDate, "startDate", errors);
        var now = clock.GetUtcNow();

        // The measure and the start of the case's P6 commit together.
        var stored = await StoreAsync(subject, TransitionRules.AddMeasure(subject, request.Kind, start, CaseActor.From(user).UserName, now, errors), pathway, now, cancellationToken);
        if (stored.Change?.Added is not { } added)
        {
            if (stored.Invalid is { } invalid)
            {
                return invalid;
            }

            return stored.Conflict!;
        }

        return TypedResults.Created($"/api/cases/{caseId}/measures", MeasureView.Of(added));
    }

    private static async Task<Results<Ok<List<MeasureView>>, NotFound>> ListMeasuresAsync(
        string caseId, ClaimsPrincipal user, CaseAccessGate gate, ITransitionStore store, CancellationToken cancellationToken) =>
        await gate.FindVisibleAsync(caseId, CaseActor.From(user), cancellationToken) is null
            ? TypedResults.NotFound()
            : TypedResults.Ok((await store.ListMeasuresAsync(caseId, cancellationToken)).Select(MeasureView.Of).ToList());

    private static async Task<Results<Ok<TransitionView>, NotFound>> TransitionAsync(
        string caseId, ClaimsPrincipal user, CaseAccessGate gate, ITransitionStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await gate.FindVisibleAsync(caseId, CaseActor.From(user), cancellationToken) is not { } subject)
        {
            return TypedResults.NotFound();
        }

        var measures = await store.ListMeasuresAsync(caseId, cancellationToken);
        var decisions = await store.ListDecisionsAsync(caseId, cancellationToken);
        var born = subject.Child.BirthDate;
        var onRedList = born is { } b && subject.Kind == CaseKind.Barnevern
            && TransitionRules.IsOnRedList(new TransitionStanding(subject.Id, subject.Team, b, subject.Status == CaseStatus.Open, measures, decisions), OsloDate.Of(clock.GetUtcNow()));
        return TypedResults.Ok(new TransitionView(
            subject.Id,
            born,
            subject.Child.BirthDateFromRegistry,
            born?.AddYears(17),
            born is { } d ? TransitionRules.DecisionDue(d) : null,
            born?.AddYears(TransitionRules.AdultAge),
            born?.AddYears(TransitionRules.AftercareLimitAge),
            onRedList,
            [.. measures.Select(MeasureView.Of)],
            [.. decisions.Select(TransitionDecisionView.Of)]));
    }

    private static Task<Results<Created<TransitionDecisionView>, ValidationProblem, NotFound, ProblemHttpResult>> PlanAsync(
        string caseId, PlanRequest request, ClaimsPrincipal user, CaseAccessGate gate, ITransitionStore store, TransitionPathway pathway, TimeProvider clock,
        CancellationToken cancellationToken) =>
        DecideAsync(caseId, user, gate, store, pathway, clock, (subject, _, by, now, errors) =>
        {
            var input = new PlanInput(
                DateField.Read(request.SignedOn, "signedOn", errors), request.Goal, request.Content, request.IntendedDuration, request.Responsibility, request.YoungPersonConsents);
            return TransitionRules.Plan(subject, input, by, now, errors);
        }, cancellationToken);

    private static Task<Results<Created<TransitionDecisionView>, ValidationProblem, NotFound, ProblemHttpResult>> DeclineAsync(
        string caseId, DeclineRequest request, ClaimsPrincipal user, CaseAccessGate gate, ITransitionStore store, TransitionPathway pathway, TimeProvider clock,
        CancellationToken cancellationToken) =>
        DecideAsync(caseId, user, gate, store, pathway, clock, (subject, _, by, now, errors) =>
            TransitionRules.Decline(subject, DateField.Read(request.DeclinedOn, "declinedOn", errors), request.Reason, by, now, errors), cancellationToken);

    private static Task<Results<Created<TransitionDecisionView>, ValidationProblem, NotFound, ProblemHttpResult>> TerminateAsync(
        string caseId, TerminationRequest request, ClaimsPrincipal user, CaseAccessGate gate, ITransitionStore store, TransitionPathway pathway, TimeProvider clock,
        CancellationToken cancellationToken) =>
        DecideAsync(caseId, user, gate, store, pathway, clock, (subject, measures, by, now, errors) =>
            TransitionRules.Terminate(subject, measures, DateField.Read(request.DecidedOn, "decidedOn", errors), request.Reason, by, now, errors), cancellationToken);

    private static async Task<Results<Ok<MeasureView>, ValidationProblem, NotFound, ProblemHttpResult>> EndMeasureAsync(
        string measureId, EndMeasureRequest request, ClaimsPrincipal user, CaseAccessGate gate, ITransitionStore store, TransitionPathway pathway, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await store.FindMeasureAsync(measureId, cancellationToken) is not { } measure
            || await gate.FindVisibleAsync(measure.CaseId, actor, cancellationToken) is not { } subject)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        var stored = await StoreAsync(subject, TransitionRules.EndMeasure(subject, measure, request.Reason, request.AtOwnWish == true, actor.UserName, now), pathway, now, cancellationToken);
        if (stored.Change is { } change)
        {
            return TypedResults.Ok(MeasureView.Of(change.Ended[0]));
        }

        if (stored.Invalid is { } invalid)
        {
            return invalid;
        }

        return stored.Conflict!;
    }

    private static async Task<Ok<List<RedListEntry>>> RedListAsync(ClaimsPrincipal user, ITransitionStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        var today = OsloDate.Of(clock.GetUtcNow());

        // Everyone 18 to 24 today: born after today − 25 years, at the latest today − 18 years (R-40 arithmetic).
        var standings = await store.ListStandingsAsync(
            today.AddYears(-TransitionRules.AftercareLimitAge).AddDays(1), today.AddYears(-TransitionRules.AdultAge), actor.IsAdmin ? null : actor.Teams, cancellationToken);
        return TypedResults.Ok(standings
            .Where(s => TransitionRules.IsOnRedList(s, today))
            .Select(s =>
            {
                var adult = s.BirthDate.AddYears(TransitionRules.AdultAge);
                return new RedListEntry(s.CaseId, s.Team, adult, today.DayNumber - adult.DayNumber);
            })
            .OrderByDescending(e => e.DaysSince)
            .ToList());
    }

    private static async Task<Results<Created<TransitionDecisionView>, ValidationProblem, NotFound, ProblemHttpResult>> DecideAsync(
        string caseId, ClaimsPrincipal user, CaseAccessGate gate, ITransitionStore store, TransitionPathway pathway, TimeProvider clock,
        Func<WelfareCase, IReadOnlyList<Measure>, string, DateTimeOffset, FieldErrors, CaseChange<TransitionChange>> decide, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await gate.FindVisibleAsync(caseId, actor, cancellationToken) is not { } subject)
        {
            return TypedResults.NotFound();
        }

        var measures = await store.ListMeasuresAsync(caseId, cancellationToken);
        var now = clock.GetUtcNow();

        // The decision and its event to the case's P6 commit together.
        var stored = await StoreAsync(subject, decide(subject, measures, actor.UserName, now, new FieldErrors()), pathway, now, cancellationToken);
        if (stored.Change?.Decision is not { } decision)
        {
            if (stored.Invalid is { } invalid)
            {
                return invalid;
            }

            return stored.Conflict!;
        }

        return TypedResults.Created($"/api/cases/{caseId}/transition", TransitionDecisionView.Of(decision));
    }

    // Stores an applied change with what it tells P6 and its letters, in one transaction.
    private static async Task<Stored> StoreAsync(
        WelfareCase subject, CaseChange<TransitionChange> change, TransitionPathway pathway, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (change)
        {
            case CaseChange<TransitionChange>.Invalid invalid:
                return new Stored(null, TypedResults.ValidationProblem(invalid.Errors.ToDictionary()), null);
            case CaseChange<TransitionChange>.Conflict conflict:
                return new Stored(null, null, CaseEndpoints.Conflict(conflict.Detail));
            case CaseChange<TransitionChange>.Applied applied:
                try
                {
                    await pathway.SaveAsync(subject, applied.Value, applied.Events, OsloDate.Of(now), cancellationToken);
                    return new Stored(applied.Value, null, null);
                }
                catch (ConcurrencyConflictException)
                {
                    return new Stored(null, null, CaseEndpoints.Conflict("Tiltaket ble endret av noen andre samtidig. Hent saken på nytt."));
                }

            default:
                throw new InvalidOperationException("Unknown change result.");
        }
    }

    // What a store attempt gave: the stored change, or the 400 or the 409 to answer.
    private sealed record Stored(TransitionChange? Change, ValidationProblem? Invalid, ProblemHttpResult? Conflict);
}
