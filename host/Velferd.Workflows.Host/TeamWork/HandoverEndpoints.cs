using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Time;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Host.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Batons;
using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Host.TeamWork;

/// <summary>
/// Stafettholder hand-over: offer, then the successor accepts or declines. Until acceptance the old holder
/// stays holder; only the successor may answer (403 for anyone else).
/// </summary>
public static class HandoverEndpoints
{
    /// <summary>Maps <c>/api/cases/{id}/handovers</c> and <c>/api/handovers</c>.</summary>
    public static IEndpointRouteBuilder MapHandoverEndpoints(this IEndpointRouteBuilder routes)
    {
        var cases = routes.MapGroup("/api/cases/{caseId}/handovers").WithTags("Stafettholder").RequireAuthorization(Policies.WorkCases);
        cases.MapPost("/", OfferAsync).WithSummary("Offer the baton (stafettholder) of a case to a user (R-36)");
        cases.MapGet("/", ListAsync).WithSummary("A case's hand-over offers, oldest first");
        var handovers = routes.MapGroup("/api/handovers").WithTags("Stafettholder").RequireAuthorization(Policies.WorkCases);
        handovers.MapPost("/{handoverId}/accept", AcceptAsync).WithSummary("Accept a hand-over offer: the caller becomes stafettholder");
        handovers.MapPost("/{handoverId}/decline", DeclineAsync).WithSummary("Decline a hand-over offer; nothing changes");
        return routes;
    }

    private static async Task<Results<Created<HandoverView>, ValidationProblem, NotFound, ProblemHttpResult>> OfferAsync(
        string caseId, HandoverRequest request, ClaimsPrincipal user, CaseAccessGate gate, IHandoverStore handovers, IBusinessCalendar calendar,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await gate.FindVisibleAsync(caseId, actor, cancellationToken) is not { } subject)
        {
            return TypedResults.NotFound();
        }

        var existing = await handovers.ListForCaseAsync(caseId, cancellationToken);
        switch (BatonRules.Offer(subject, existing, request.ToUser, actor.UserName, clock.GetUtcNow(), calendar))
        {
            case CaseChange<HandoverUpdate>.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary());
            case CaseChange<HandoverUpdate>.Conflict conflict:
                return CaseEndpoints.Conflict(conflict.Detail);
            case CaseChange<HandoverUpdate>.Applied applied:
                await handovers.AddAsync(applied.Value.Handover, applied.Events, applied.Value.Notifications, cancellationToken);
                return TypedResults.Created($"/api/handovers/{applied.Value.Handover.Id}",
                    HandoverView.Of(applied.Value.Handover, BatonRules.HolderOf(subject, [.. existing, applied.Value.Handover])));
            default:
                throw new InvalidOperationException("Unknown change result.");
        }
    }

    private static async Task<Results<Ok<List<HandoverView>>, NotFound>> ListAsync(
        string caseId, ClaimsPrincipal user, CaseAccessGate gate, IHandoverStore handovers, CancellationToken cancellationToken)
    {
        if (await gate.FindVisibleAsync(caseId, CaseActor.From(user), cancellationToken) is not { } subject)
        {
            return TypedResults.NotFound();
        }

        var offers = await handovers.ListForCaseAsync(caseId, cancellationToken);
        var holder = BatonRules.HolderOf(subject, offers);
        return TypedResults.Ok(offers.Select(o => HandoverView.Of(o, holder)).ToList());
    }

    private static Task<Results<Ok<HandoverView>, NotFound, ForbidHttpResult, ProblemHttpResult>> AcceptAsync(
        string handoverId, ClaimsPrincipal user, CaseAccessGate gate, ICaseStore cases, IHandoverStore handovers, HandoverAnswers answers, TimeProvider clock,
        CancellationToken cancellationToken) =>
        AnswerAsync(handoverId, user, gate, cases, handovers, answers, clock, BatonRules.Accept, cancellationToken);

    private static Task<Results<Ok<HandoverView>, NotFound, ForbidHttpResult, ProblemHttpResult>> DeclineAsync(
        string handoverId, ClaimsPrincipal user, CaseAccessGate gate, ICaseStore cases, IHandoverStore handovers, HandoverAnswers answers, TimeProvider clock,
        CancellationToken cancellationToken) =>
        AnswerAsync(handoverId, user, gate, cases, handovers, answers, clock, BatonRules.Decline, cancellationToken);

    private static async Task<Results<Ok<HandoverView>, NotFound, ForbidHttpResult, ProblemHttpResult>> AnswerAsync(
        string handoverId, ClaimsPrincipal user, CaseAccessGate gate, ICaseStore cases, IHandoverStore handovers, HandoverAnswers answers, TimeProvider clock,
        Func<WelfareCase, Handover, string, DateTimeOffset, CaseChange<HandoverUpdate>> answer, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await handovers.FindAsync(handoverId, cancellationToken) is not { } offer)
        {
            return TypedResults.NotFound();
        }

        // The successor may not be on the case's team yet: being offered the baton is what lets them see the offer.
        var subject = await cases.FindAsync(offer.CaseId, cancellationToken);
        var isSuccessor = BatonRules.MayAnswer(offer, actor.UserName);
        if (subject is null || !(isSuccessor || await gate.MaySeeAsync(subject, actor, cancellationToken)))
        {
            return TypedResults.NotFound();
        }

        if (!isSuccessor)
        {
            return TypedResults.Forbid();
        }

        switch (answer(subject, offer, actor.UserName, clock.GetUtcNow()))
        {
            case CaseChange<HandoverUpdate>.Conflict conflict:
                return CaseEndpoints.Conflict(conflict.Detail);
            case CaseChange<HandoverUpdate>.Applied applied:
                try
                {
                    // An acceptance and the resume of the pathways waiting for a new holder commit together.
                    await answers.StoreAsync(offer, applied.Value, applied.Events, cancellationToken);
                }
                catch (ConcurrencyConflictException)
                {
                    return CaseEndpoints.Conflict("Tilbudet er allerede besvart.");
                }

                var holder = BatonRules.HolderOf(subject, await handovers.ListForCaseAsync(subject.Id, cancellationToken));
                return TypedResults.Ok(HandoverView.Of(applied.Value.Handover, holder));
            default:
                throw new InvalidOperationException("Unknown change result.");
        }
    }
}
