using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Host.Auth;

namespace Velferd.Workflows.Host.Deadlines;

/// <summary>
/// Deadlines per case and instance, the supervisor's overview, and extensions (DOMAIN.md R-16). A user sees and extends
/// only the deadlines the access decision lets him see; others are "not found", or missing from a list.
/// </summary>
public static class DeadlineEndpoints
{
    private static readonly DeadlineKind[] Owed = [DeadlineKind.Statutory, DeadlineKind.Local];
    private static readonly DeadlineStatus[] Open = [DeadlineStatus.Pending, DeadlineStatus.Reminded, DeadlineStatus.Extended];

    /// <summary>Maps <c>/api/deadlines</c>.</summary>
    public static RouteGroupBuilder MapDeadlineEndpoints(this IEndpointRouteBuilder routes)
    {
        var deadlines = routes.MapGroup("/api/deadlines").WithTags("Frister").RequireAuthorization();
        deadlines.MapGet("/", ListAsync).WithSummary("List deadlines visible to the caller, filtered and paged");
        deadlines.MapGet("/overview", OverviewAsync).RequireAuthorization(Policies.SuperviseDeadlines).WithSummary("Supervisor overview: overdue deadlines and those due soon, per team");
        deadlines.MapGet("/{deadlineId}", GetAsync).WithSummary("Get one deadline");
        deadlines.MapPost("/{deadlineId}/extension", RequestExtensionAsync).RequireAuthorization(Policies.RunInstances).WithSummary("Request an extension of a deadline");
        deadlines.MapPost("/{deadlineId}/extension/approve", ApproveExtensionAsync).RequireAuthorization(Policies.SuperviseDeadlines).WithSummary("Approve a requested extension (supervisor)");
        return deadlines;
    }

    private static async Task<Results<Ok<DeadlineList>, ValidationProblem>> ListAsync(
        string? correlationId, string? instanceId, IDeadlineStore store, CaseDataAccess access, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(correlationId) && string.IsNullOrWhiteSpace(instanceId))
        {
            return TypedResults.ValidationProblem(FieldErrors.Of("correlationId", "Oppgi saks-id (correlationId) eller forløp (instanceId). / Give a case or an instance id.").ToDictionary());
        }

        var page = await store.ListVisibleAsync(new DeadlineQuery { CorrelationId = correlationId, WorkflowInstanceId = instanceId, Take = 500 }, access, cancellationToken);
        return TypedResults.Ok(new DeadlineList([.. page.Items.Select(DeadlineView.From)], page.TotalCount));
    }

    private static async Task<Results<Ok<DeadlineView>, NotFound>> GetAsync(
        string deadlineId, IDeadlineStore store, CaseDataAccess access, CancellationToken cancellationToken) =>
        await store.FindVisibleAsync(deadlineId, access, cancellationToken) is { } deadline ? TypedResults.Ok(DeadlineView.From(deadline)) : TypedResults.NotFound();

    private static async Task<Results<Ok<DeadlineOverview>, ValidationProblem, ForbidHttpResult>> OverviewAsync(
        string? team, int? withinDays, ClaimsPrincipal user, IDeadlineStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var days = withinDays ?? 7;
        if (days is < 0 or > 366)
        {
            return TypedResults.ValidationProblem(FieldErrors.Of("withinDays", "Antall dager må være mellom 0 og 366. / withinDays must be 0 to 366.").ToDictionary());
        }

        // A supervisor sees the teams in their token; an admin sees any team (or all).
        var teams = user.IsInRole(Roles.Admin) ? null : user.FindAll("team").Select(c => c.Value).ToList();
        if (team is not null)
        {
            if (teams is not null && !teams.Contains(team))
            {
                return TypedResults.Forbid();
            }

            teams = [team];
        }

        var now = clock.GetUtcNow();
        var overdue = await store.ListAsync(new DeadlineQuery { Teams = teams, Kinds = Owed, Statuses = [DeadlineStatus.Overdue], Take = 200 }, cancellationToken);
        var soon = await store.ListAsync(new DeadlineQuery { Teams = teams, Kinds = Owed, Statuses = Open, DueBefore = now.AddDays(days), Take = 200 }, cancellationToken);
        var requested = await store.ListAsync(new DeadlineQuery { Teams = teams, Kinds = Owed, Statuses = [.. Open, DeadlineStatus.Overdue], ExtensionRequested = true, Take = 200 }, cancellationToken);
        return TypedResults.Ok(new DeadlineOverview(
            days,
            new DeadlineList([.. overdue.Items.Select(DeadlineView.From)], overdue.TotalCount),
            new DeadlineList([.. soon.Items.Select(DeadlineView.From)], soon.TotalCount),
            new DeadlineList([.. requested.Items.Select(DeadlineView.From)], requested.TotalCount)));
    }

    private static async Task<Results<Ok<DeadlineView>, ValidationProblem, NotFound, Conflict>> RequestExtensionAsync(
        string deadlineId, ExtensionRequest request, ClaimsPrincipal user, DeadlineExtensions extensions, IDeadlineStore store,
        CaseDataAccess access, CancellationToken cancellationToken) =>
        await store.FindVisibleAsync(deadlineId, access, cancellationToken) is null
            ? TypedResults.NotFound()
            : ToResult(await extensions.RequestAsync(deadlineId, request.NewDueAt, request.ExtendBy, request.Reason, user.Identity?.Name ?? "?", cancellationToken));

    private static async Task<Results<Ok<DeadlineView>, ValidationProblem, NotFound, Conflict>> ApproveExtensionAsync(
        string deadlineId, ClaimsPrincipal user, DeadlineExtensions extensions, IDeadlineStore store, CaseDataAccess access,
        CancellationToken cancellationToken) =>
        await store.FindVisibleAsync(deadlineId, access, cancellationToken) is null
            ? TypedResults.NotFound()
            : ToResult(await extensions.ApproveAsync(deadlineId, user.Identity?.Name ?? "?", cancellationToken));

    private static Results<Ok<DeadlineView>, ValidationProblem, NotFound, Conflict> ToResult(ExtensionResult result) => result switch
    {
        { Deadline: { } deadline } => TypedResults.Ok(DeadlineView.From(deadline)),
        { Errors: { } errors } => TypedResults.ValidationProblem(errors.ToDictionary()),
        { Problem: ExtensionProblem.NotFound } => TypedResults.NotFound(),
        _ => TypedResults.Conflict(),
    };
}
