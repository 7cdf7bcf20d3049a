using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Host.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.CaseLog;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Meetings;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Policies;

namespace Velferd.Workflows.Host.TeamWork;

/// <summary>
/// The stafettlogg of a case: read and written only by the case's members for services the consent covers now
/// (403 for others who can see the case); frozen once the case is closed (409).
/// </summary>
public static class CaseLogEndpoints
{
    /// <summary>Maps <c>/api/cases/{id}/stafettlogg</c>.</summary>
    public static RouteGroupBuilder MapCaseLogEndpoints(this IEndpointRouteBuilder routes)
    {
        var log = routes.MapGroup("/api/cases/{caseId}/stafettlogg").WithTags("Stafettlogg").RequireAuthorization(Policies.WorkCases);
        log.MapGet("/", ListAsync).WithSummary("The case's stafettlogg entries the caller's services may read");
        log.MapPost("/", AddAsync).WithSummary("Add a goal, measure, meeting or evaluation to the stafettlogg");
        return log;
    }

    private static async Task<Results<Ok<List<CaseLogEntryView>>, NotFound, ForbidHttpResult>> ListAsync(
        string caseId, ClaimsPrincipal user, CaseAccessGate gate, IConsentStore consents, ICaseLogStore log, PolicyReader policies,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await gate.FindVisibleAsync(caseId, actor, cancellationToken) is not { } subject)
        {
            return TypedResults.NotFound();
        }

        var caseConsents = await consents.ListForCaseAsync(caseId, cancellationToken);
        if (!CaseLogRules.MayRead(subject, caseConsents, await policies.CurrentAsync(cancellationToken), actor.UserName, OsloDate.Of(clock.GetUtcNow())))
        {
            return TypedResults.Forbid();
        }

        return TypedResults.Ok((await log.ListForCaseAsync(caseId, cancellationToken)).Select(e => CaseLogEntryView.Of(e, ProtectedAddressText.Of(subject))).ToList());
    }

    private static async Task<Results<Created<CaseLogEntryView>, ValidationProblem, NotFound, ForbidHttpResult, ProblemHttpResult>> AddAsync(
        string caseId, CaseLogEntryRequest request, ClaimsPrincipal user, CaseAccessGate gate, ICaseStore cases, IConsentStore consents, IMeetingStore meetings,
        ICaseLogStore log, PolicyReader policies, TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await gate.FindVisibleAsync(caseId, actor, cancellationToken) is not { } subject)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        var caseConsents = await consents.ListForCaseAsync(caseId, cancellationToken);
        var policy = await policies.CurrentAsync(cancellationToken);
        if (!CaseLogRules.MayRead(subject, caseConsents, policy, actor.UserName, OsloDate.Of(now)))
        {
            return TypedResults.Forbid();
        }

        var errors = new FieldErrors();
        var input = request.ToInput(errors);
        var caseMeetings = await meetings.ListForCaseAsync(caseId, cancellationToken);
        switch (CaseLogRules.Add(subject, input, caseConsents, caseMeetings, policy, actor.UserName, now, errors))
        {
            case CaseChange<CaseLogEntry>.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary());
            case CaseChange<CaseLogEntry>.Conflict conflict:
                return CaseEndpoints.Conflict(conflict.Detail);
            case CaseChange<CaseLogEntry>.Applied applied:
                await log.AddAsync(applied.Value, applied.Events, cancellationToken);
                return TypedResults.Created($"/api/cases/{caseId}/stafettlogg", CaseLogEntryView.Of(applied.Value, ProtectedAddressText.Of(subject)));
            default:
                throw new InvalidOperationException("Unknown change result.");
        }
    }
}
