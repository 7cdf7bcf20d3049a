using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Access;
using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Host.Welfare;

/// <summary>
/// Break-glass (R-65, DOMAIN-API.md "Access and audit"): <c>POST /api/cases/{id}/break-glass {reason}</c> opens a case
/// the user has no relation to until <c>expiresAt</c> (the host's clock), starts the review pathway whose task tells the
/// case team's leader at once (and a notice in his <c>/api/notifications</c>), and every request through it is audited
/// with break-glass = true; <c>POST /api/break-glass/{id}/end</c> ends it before its time (the user himself or the
/// leader; the leader is told); <c>GET /api/break-glass</c> lists the grants on the leader's teams' cases for the later review.
/// </summary>
public static class BreakGlassEndpoints
{
    /// <summary>Maps the break-glass routes.</summary>
    public static IEndpointRouteBuilder MapBreakGlassEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/cases/{caseId}/break-glass", OpenAsync).WithTags("Saker").RequireAuthorization(Policies.WorkCases)
            .WithSummary("Open a case through break-glass: reason required, time-limited, the leader told at once");
        routes.MapGet("/api/break-glass", ListAsync).WithTags("Saker").RequireAuthorization(Policies.ReadAudit)
            .WithSummary("Break-glass grants on the leader's teams' cases (every team's for an administrator), newest first");
        routes.MapPost("/api/break-glass/{grantId}/end", EndAsync).WithTags("Saker").RequireAuthorization(Policies.WorkCases)
            .WithSummary("End a break-glass access before its time (the user himself or the case team's leader); the leader is told at once");
        return routes;
    }

    private static async Task<Results<Created<BreakGlassView>, ValidationProblem, NotFound, ProblemHttpResult>> OpenAsync(
        string caseId, BreakGlassRequest request, ClaimsPrincipal user, ICaseStore cases, BreakGlassGrants grants, IOptions<WelfareOptions> options,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        var now = clock.GetUtcNow();
        if (await cases.FindAsync(caseId, cancellationToken) is not { } subject
            || BreakGlassRules.Open(actor.User, subject, request.Reason, now, TimeSpan.FromHours(options.Value.BreakGlassHours)) is not { } change)
        {
            return TypedResults.NotFound();
        }

        switch (change)
        {
            case CaseChange<BreakGlassGrant>.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary());
            case CaseChange<BreakGlassGrant>.Conflict conflict:
                return CaseEndpoints.Conflict(conflict.Detail);
            default:
                var applied = (CaseChange<BreakGlassGrant>.Applied)change;
                AuditedRequest.Touched(subject.Id, subject.Child.Id, breakGlass: true);

                // The grant, the leader's notice and the start of its review, whose task tells the leader at once, commit together.
                await grants.AddAsync(applied.Value, applied.Events, [BreakGlassRules.LeaderNotice(applied.Value, now)], cancellationToken);
                return TypedResults.Created($"/api/cases/{subject.Id}", BreakGlassView.Of(applied.Value));
        }
    }

    private static async Task<Results<Ok<BreakGlassView>, NotFound, ProblemHttpResult>> EndAsync(
        string grantId, ClaimsPrincipal user, IBreakGlassStore grants, TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        var now = clock.GetUtcNow();
        var grant = await grants.FindAsync(grantId, cancellationToken);
        var leadsTheTeam = grant is not null && (actor.IsAdmin || (user.IsInRole(Roles.Supervisor) && actor.Teams.Contains(grant.Team)));
        switch (grant is null ? null : BreakGlassRules.End(grant, actor.UserName, leadsTheTeam, now))
        {
            case CaseChange<BreakGlassGrant>.Applied applied:
                AuditedRequest.Touched(applied.Value.CaseId, breakGlass: true);
                await grants.EndAsync(applied.Value, applied.Events, [BreakGlassRules.LeaderNotice(applied.Value, now)], cancellationToken);
                return TypedResults.Ok(BreakGlassView.Of(applied.Value));
            case CaseChange<BreakGlassGrant>.Conflict conflict:
                return CaseEndpoints.Conflict(conflict.Detail);
            default:
                return TypedResults.NotFound();
        }
    }

    private static async Task<Ok<List<BreakGlassView>>> ListAsync(ClaimsPrincipal user, IBreakGlassStore grants, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        var found = await grants.ListAsync(actor.IsAdmin ? null : actor.Teams, cancellationToken);
        return TypedResults.Ok(found.Select(BreakGlassView.Of).ToList());
    }
}
