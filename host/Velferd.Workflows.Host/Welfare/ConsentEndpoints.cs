using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.CaseLog;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Letters;
using Velferd.Workflows.Welfare.Meetings;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Policies;

namespace Velferd.Workflows.Host.Welfare;

/// <summary>
/// Consents (DOMAIN-API.md "Consent", R-25–R-33): record one on a case, withdraw or narrow one, and the case's consent
/// status now. Field errors are keyed <c>consent.{field}</c>; nothing is stored on a 400.
/// </summary>
public static class ConsentEndpoints
{
    /// <summary>Maps <c>/api/cases/{id}/consents</c>, <c>/api/cases/{id}/consent</c> and <c>/api/consents/{id}/withdraw</c>.</summary>
    public static IEndpointRouteBuilder MapConsentEndpoints(this IEndpointRouteBuilder routes)
    {
        var cases = routes.MapGroup("/api/cases").WithTags("Samtykke").RequireAuthorization(Policies.WorkCases);
        cases.MapPost("/{caseId}/consents", RecordAsync).WithSummary("Record a written consent on a case (R-26, R-30)");
        cases.MapGet("/{caseId}/consents", ListAsync).WithSummary("List a case's consents, withdrawn and expired ones included");
        cases.MapGet("/{caseId}/consent", StatusAsync).WithSummary("A case's consent status now, per service, with what is missing (R-28)");
        var consents = routes.MapGroup("/api/consents").WithTags("Samtykke").RequireAuthorization(Policies.WorkCases);
        consents.MapPost("/{consentId}/withdraw", WithdrawAsync).WithSummary("Withdraw or narrow a consent; acts at once on meetings and the case (R-31)");
        return routes;
    }

    private static async Task<Results<Created<ConsentView>, ValidationProblem, NotFound, ProblemHttpResult>> RecordAsync(
        string caseId, ConsentRequest request, ClaimsPrincipal user, CaseAccessGate gate, IConsentStore consents, PolicyReader policies,
        IIdentityNumberValidator validator, TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await gate.FindVisibleAsync(caseId, actor, cancellationToken) is not { } subject)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        var input = request.ToInput(errors);
        switch (ConsentRules.Record(subject, input, await policies.CurrentAsync(cancellationToken), actor.UserName, clock.GetUtcNow(), validator, errors))
        {
            case CaseChange<Consent>.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary());
            case CaseChange<Consent>.Conflict conflict:
                return CaseEndpoints.Conflict(conflict.Detail);
            case CaseChange<Consent>.Applied applied:
                await consents.AddAsync(applied.Value, applied.Events, cancellationToken);
                return TypedResults.Created($"/api/consents/{applied.Value.Id}", ConsentView.Of(applied.Value, ProtectedAddressText.Of(subject)));
            default:
                throw new InvalidOperationException("Unknown change result.");
        }
    }

    private static async Task<Results<Ok<List<ConsentView>>, NotFound>> ListAsync(
        string caseId, ClaimsPrincipal user, CaseAccessGate gate, IConsentStore consents, CancellationToken cancellationToken) =>
        await gate.FindVisibleAsync(caseId, CaseActor.From(user), cancellationToken) is not { } subject
            ? TypedResults.NotFound()
            : TypedResults.Ok((await consents.ListForCaseAsync(caseId, cancellationToken)).Select(c => ConsentView.Of(c, ProtectedAddressText.Of(subject))).ToList());

    private static async Task<Results<Ok<ConsentStatusView>, NotFound>> StatusAsync(
        string caseId, ClaimsPrincipal user, CaseAccessGate gate, IConsentStore consents, PolicyReader policies, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await gate.FindVisibleAsync(caseId, CaseActor.From(user), cancellationToken) is not { } subject)
        {
            return TypedResults.NotFound();
        }

        var report = ConsentStatusRules.Compute(subject, await consents.ListForCaseAsync(caseId, cancellationToken),
            await policies.CurrentAsync(cancellationToken), OsloDate.Today(clock));
        return TypedResults.Ok(ConsentStatusView.Of(report));
    }

    /// <remarks>
    /// When nothing is left of the case's consents, an open TIT case ends <c>AVSLUTTET_SAMTYKKE_TRUKKET</c> (R-31) in
    /// the same request; a withdrawal never blocks a melding, which does not read consent at all.
    /// </remarks>
    private static async Task<Results<Ok<ConsentView>, ValidationProblem, NotFound, ProblemHttpResult>> WithdrawAsync(
        string consentId, WithdrawRequest request, ClaimsPrincipal user, CaseAccessGate gate, ICaseStore cases, IConsentStore consents, IMeetingStore meetings,
        CaseLetters letters, ILetterStore letterStore, CaseClosing closing, PolicyReader policies, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await consents.FindAsync(consentId, cancellationToken) is not { } consent
            || await gate.FindVisibleAsync(consent.CaseId, actor, cancellationToken) is not { } subject)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        switch (ConsentRules.Withdraw(subject, consent, new WithdrawalInput(request.Services, request.Categories, request.Via), actor.UserName, now))
        {
            case CaseChange<Consent>.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary());
            case CaseChange<Consent>.Conflict conflict:
                return CaseEndpoints.Conflict(conflict.Detail);
            case CaseChange<Consent>.Applied applied:
                await consents.AddWithdrawalAsync(consent.Id, applied.Value.Withdrawals[^1], applied.Events, cancellationToken);
                await UncoveredMeetings.CancelAsync(subject, ConsentEnd.Withdrawn, actor.UserName, now, meetings, consents, policies, letters, letterStore, fromActivity: false, cancellationToken);
                await EndTeamWorkIfNothingIsLeftAsync(subject, actor, cases, consents, closing, policies, now, cancellationToken);

                return TypedResults.Ok(ConsentView.Of(applied.Value, ProtectedAddressText.Of(subject)));
            default:
                throw new InvalidOperationException("Unknown change result.");
        }
    }

    private static async Task EndTeamWorkIfNothingIsLeftAsync(
        WelfareCase subject, CaseActor actor, ICaseStore cases, IConsentStore consents, CaseClosing closing, PolicyReader policies, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        // Re-read and retry on a concurrent change: the withdrawal is stored, and the case must still end.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var current = await cases.FindAsync(subject.Id, cancellationToken) ?? subject;
            var report = ConsentStatusRules.Compute(current, await consents.ListForCaseAsync(current.Id, cancellationToken),
                await policies.CurrentAsync(cancellationToken), OsloDate.Of(now));
            if (!ConsentRules.EndsTeamWork(current, report)
                || CaseRules.Close(current, EndCodes.ConsentWithdrawn, "Samtykket er trukket (R-31).", actor.UserName, now) is not CaseChange<WelfareCase>.Applied closed)
            {
                return;
            }

            try
            {
                // The closing resumes the pathways waiting beside their main branch in its own transaction (CaseClosing).
                await closing.UpdateAsync(current, closed.Value, closed.Events, fromActivity: false, cancellationToken);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < 2)
            {
            }
        }
    }
}
