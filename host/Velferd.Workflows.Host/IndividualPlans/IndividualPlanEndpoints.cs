using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Host.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.IndividualPlans;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Host.IndividualPlans;

/// <summary>
/// Individual plan, koordinator and barnekoordinator (DOMAIN-API.md "Transition, ettervern, IP") on an IP
/// case. Every route finds the case through the need-to-know decision (<see cref="CaseAccessGate"/>): a case the
/// caller may not see is 404; only the appointed user reaches a coordinator's acceptance without seeing the case. The
/// request starts the case's P5; each later step is stored with the event P5 waits for, and its letters, in one transaction.
/// </summary>
public static class IndividualPlanEndpoints
{
    /// <summary>Maps the individual-plan and coordinator routes.</summary>
    public static IEndpointRouteBuilder MapIndividualPlanEndpoints(this IEndpointRouteBuilder routes)
    {
        var cases = routes.MapGroup("/api/cases/{caseId}").WithTags("Individuell plan og koordinator").RequireAuthorization(Policies.WorkCases);
        cases.MapPost("/individual-plan/request", RequestAsync).WithSummary("Register a request for an individual plan and koordinator (need, services); starts P5 and its 4-week deadline (R-54)");
        cases.MapPost("/individual-plan/right", DecideRightAsync).WithSummary("Decide the right (R-50, R-52, R-54): a decision letter with appeal information either way");
        cases.MapPost("/individual-plan", RecordWishAsync).WithSummary("Record whether the person wants an individual plan; a decline still offers a koordinator (R-51)");
        cases.MapGet("/individual-plan", GetAsync).WithSummary("The request, the right, the wish, the koordinator and «uten koordinator» (R-53)");
        cases.MapPost("/coordinators", AppointAsync).WithSummary("Appoint a koordinator or barnekoordinator; one at a time, counted after acceptance (R-53)");
        cases.MapGet("/coordinators", ListAsync).WithSummary("The case's koordinator appointments, oldest first");
        var coordinators = routes.MapGroup("/api/coordinators/{coordinatorId}").WithTags("Individuell plan og koordinator").RequireAuthorization(Policies.WorkCases);
        coordinators.MapPost("/accept", AcceptAsync).WithSummary("The appointed user accepts the koordinator assignment (R-53)");
        coordinators.MapPost("/leave", LeaveAsync).WithSummary("The koordinator leaves: a reassignment task, and «uten koordinator» until a successor accepts (R-53)");
        return routes;
    }

    private static async Task<Results<Created<IndividualPlanView>, ValidationProblem, NotFound, ProblemHttpResult>> RequestAsync(
        string caseId, IndividualPlanRequestBody body, ClaimsPrincipal user, CaseAccessGate gate, IIndividualPlanStore store, IndividualPlanPathway pathway,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await gate.FindVisibleAsync(caseId, actor, cancellationToken) is not { } subject)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        var input = new RequestInput(DateField.Read(body.ReceivedOn, "receivedOn", errors), body.Need, body.Services, body.LongTermNeeds);
        var change = IndividualPlanRules.Request(subject, await store.FindForCaseAsync(caseId, cancellationToken), input, actor.UserName, clock.GetUtcNow(), errors);
        var answer = await ApplyAsync(change, (applied, events, ct) => pathway.RequestAsync(subject, applied, events, ct), cancellationToken);
        if (answer.Change is { } stored)
        {
            return TypedResults.Created($"/api/cases/{caseId}/individual-plan", IndividualPlanView.Of(stored.Plan!, []));
        }

        if (answer.Invalid is { } invalid)
        {
            return invalid;
        }

        return answer.Conflict!;
    }

    private static async Task<Results<Ok<IndividualPlanView>, ValidationProblem, NotFound, ProblemHttpResult>> DecideRightAsync(
        string caseId, RightDecisionBody body, ClaimsPrincipal user, CaseAccessGate gate, IIndividualPlanStore store, IndividualPlanPathway pathway,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await gate.FindVisibleAsync(caseId, actor, cancellationToken) is not { } subject)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        var decidedOn = DateField.Read(body.DecidedOn, "decidedOn", errors);
        var plan = await store.FindForCaseAsync(caseId, cancellationToken);
        var change = IndividualPlanRules.DecideRight(subject, plan, body.Granted, decidedOn, body.Reason, actor.UserName, clock.GetUtcNow(), errors);
        var payload = new JsonObject { ["rett"] = body.Granted == true ? "innvilget" : "avslått" };
        return await AnswerAsync(subject, change, IndividualPlanPathway.RightDecidedEvent, payload, $"ip-right/{caseId}", store, pathway, cancellationToken);
    }

    private static async Task<Results<Ok<IndividualPlanView>, ValidationProblem, NotFound, ProblemHttpResult>> RecordWishAsync(
        string caseId, WishBody body, ClaimsPrincipal user, CaseAccessGate gate, IIndividualPlanStore store, IndividualPlanPathway pathway,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await gate.FindVisibleAsync(caseId, actor, cancellationToken) is not { } subject)
        {
            return TypedResults.NotFound();
        }

        var change = IndividualPlanRules.RecordWish(subject, await store.FindForCaseAsync(caseId, cancellationToken), body.Wanted, actor.UserName, clock.GetUtcNow());
        var payload = new JsonObject { ["onsket"] = body.Wanted == true };
        return await AnswerAsync(subject, change, IndividualPlanPathway.WishEvent, payload, $"ip-wish/{caseId}", store, pathway, cancellationToken);
    }

    private static async Task<Results<Ok<IndividualPlanView>, NotFound>> GetAsync(
        string caseId, ClaimsPrincipal user, CaseAccessGate gate, IIndividualPlanStore store, CancellationToken cancellationToken)
    {
        if (await gate.FindVisibleAsync(caseId, CaseActor.From(user), cancellationToken) is null
            || await store.FindForCaseAsync(caseId, cancellationToken) is not { } plan)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(IndividualPlanView.Of(plan, await store.ListCoordinatorsAsync(caseId, cancellationToken)));
    }

    private static async Task<Results<Created<CoordinatorView>, ValidationProblem, NotFound, ProblemHttpResult>> AppointAsync(
        string caseId, AppointBody body, ClaimsPrincipal user, CaseAccessGate gate, IIndividualPlanStore store, IndividualPlanPathway pathway, IUserDirectory users,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await gate.FindVisibleAsync(caseId, actor, cancellationToken) is not { } subject)
        {
            return TypedResults.NotFound();
        }

        var known = body.User is { Length: > 0 and <= 200 } name && await users.FindAsync(name.Trim(), cancellationToken) is not null;
        var change = IndividualPlanRules.Appoint(
            subject, await store.FindForCaseAsync(caseId, cancellationToken), await store.ListCoordinatorsAsync(caseId, cancellationToken), body.User, known, body.Kind,
            actor.UserName, clock.GetUtcNow());
        var answer = await ApplyAsync(change, store.SaveAsync, cancellationToken);
        if (answer.Change is { } stored)
        {
            return TypedResults.Created($"/api/cases/{caseId}/coordinators", CoordinatorView.Of(stored.Coordinator!));
        }

        if (answer.Invalid is { } invalid)
        {
            return invalid;
        }

        return answer.Conflict!;
    }

    private static async Task<Results<Ok<List<CoordinatorView>>, NotFound>> ListAsync(
        string caseId, ClaimsPrincipal user, CaseAccessGate gate, IIndividualPlanStore store, CancellationToken cancellationToken) =>
        await gate.FindVisibleAsync(caseId, CaseActor.From(user), cancellationToken) is null
            ? TypedResults.NotFound()
            : TypedResults.Ok((await store.ListCoordinatorsAsync(caseId, cancellationToken)).Select(CoordinatorView.Of).ToList());

    private static async Task<Results<Ok<CoordinatorView>, ValidationProblem, NotFound, ProblemHttpResult>> AcceptAsync(
        string coordinatorId, ClaimsPrincipal user, CaseAccessGate gate, ICaseStore cases, IIndividualPlanStore store, IndividualPlanPathway pathway,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await FindAsync(coordinatorId, actor, gate, cases, store, cancellationToken) is not var (coordinator, subject))
        {
            return TypedResults.NotFound();
        }

        var payload = new JsonObject { ["koordinator"] = coordinator.User, ["type"] = coordinator.Kind, ["koordinatorId"] = coordinator.Id };
        var answer = await ApplyAsync(
            IndividualPlanRules.Accept(subject, coordinator, actor.UserName, clock.GetUtcNow()),
            (change, events, ct) => pathway.CommitAsync(subject, change, events, IndividualPlanPathway.AcceptedEvent, payload, $"coordinator-accepted/{coordinator.Id}", ct),
            cancellationToken);
        if (answer.Change is { } stored)
        {
            return TypedResults.Ok(CoordinatorView.Of(stored.Coordinator!));
        }

        if (answer.Invalid is { } invalid)
        {
            return invalid;
        }

        return answer.Conflict!;
    }

    private static async Task<Results<Ok<CoordinatorView>, ValidationProblem, NotFound, ProblemHttpResult>> LeaveAsync(
        string coordinatorId, LeaveBody body, ClaimsPrincipal user, CaseAccessGate gate, ICaseStore cases, IIndividualPlanStore store, IndividualPlanPathway pathway,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await FindAsync(coordinatorId, actor, gate, cases, store, cancellationToken) is not var (coordinator, subject))
        {
            return TypedResults.NotFound();
        }

        var payload = new JsonObject { ["koordinatorId"] = coordinator.Id };
        var answer = await ApplyAsync(
            IndividualPlanRules.Leave(subject, coordinator, body.Reason, actor.UserName, clock.GetUtcNow()),
            (change, events, ct) => pathway.CommitAsync(subject, change, events, IndividualPlanPathway.LeftEvent, payload, $"coordinator-left/{coordinator.Id}", ct),
            cancellationToken);
        if (answer.Change is { } stored)
        {
            return TypedResults.Ok(CoordinatorView.Of(stored.Coordinator!));
        }

        if (answer.Invalid is { } invalid)
        {
            return invalid;
        }

        return answer.Conflict!;
    }

    // The appointed user reaches their own appointment without seeing the case yet (they get it by accepting); anyone
    // else only through the case's need-to-know decision.
    private static async Task<(Coordinator Coordinator, WelfareCase Subject)?> FindAsync(
        string coordinatorId, CaseActor actor, CaseAccessGate gate, ICaseStore cases, IIndividualPlanStore store, CancellationToken cancellationToken)
    {
        if (await store.FindCoordinatorAsync(coordinatorId, cancellationToken) is not { } coordinator)
        {
            return null;
        }

        var subject = string.Equals(coordinator.User, actor.UserName, StringComparison.OrdinalIgnoreCase)
            ? await cases.FindAsync(coordinator.CaseId, cancellationToken)
            : await gate.FindVisibleAsync(coordinator.CaseId, actor, cancellationToken);
        return subject is null ? null : (coordinator, subject);
    }

    private static async Task<Results<Ok<IndividualPlanView>, ValidationProblem, NotFound, ProblemHttpResult>> AnswerAsync(
        WelfareCase subject, CaseChange<IndividualPlanChange> change, string eventName, JsonObject payload, string key, IIndividualPlanStore store,
        IndividualPlanPathway pathway, CancellationToken cancellationToken)
    {
        var answer = await ApplyAsync(change, (applied, events, ct) => pathway.CommitAsync(subject, applied, events, eventName, payload, key, ct), cancellationToken);
        if (answer.Change is { } stored)
        {
            return TypedResults.Ok(IndividualPlanView.Of(stored.Plan!, await store.ListCoordinatorsAsync(subject.Id, cancellationToken)));
        }

        if (answer.Invalid is { } invalid)
        {
            return invalid;
        }

        return answer.Conflict!;
    }

    private static async Task<Answer> ApplyAsync(
        CaseChange<IndividualPlanChange> change, Func<IndividualPlanChange, IReadOnlyList<CaseEvent>, CancellationToken, Task> commit,
        CancellationToken cancellationToken)
    {
        switch (change)
        {
            case CaseChange<IndividualPlanChange>.Invalid invalid:
                return new Answer(null, TypedResults.ValidationProblem(invalid.Errors.ToDictionary()), null);
            case CaseChange<IndividualPlanChange>.Conflict conflict:
                return new Answer(null, null, CaseEndpoints.Conflict(conflict.Detail));
            case CaseChange<IndividualPlanChange>.Applied applied:
                try
                {
                    await commit(applied.Value, applied.Events, cancellationToken);
                    return new Answer(applied.Value, null, null);
                }
                catch (ConcurrencyConflictException)
                {
                    return new Answer(null, null, CaseEndpoints.Conflict("Individuell plan eller koordinator ble endret av noen andre samtidig. Hent saken på nytt."));
                }

            default:
                throw new InvalidOperationException("Unknown change result.");
        }
    }

    // What a store attempt gave: the stored change, or the 400 or the 409 to answer.
    private sealed record Answer(IndividualPlanChange? Change, ValidationProblem? Invalid, ProblemHttpResult? Conflict);
}
