using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Welfare.Access;

namespace Velferd.Workflows.Host.HumanTasks;

/// <summary>
/// The caseworker inbox: my tasks, my teams' unclaimed tasks, a team's tasks and overdue tasks (supervisor), counts;
/// claim, release, reassign and complete. Visibility follows the user's teams and need to know (a task of a case hidden from him is left out): a task the user may not see is 404.
/// </summary>
public static class HumanTaskEndpoints
{
    private const int MaxPageSize = 200;

    /// <summary>Maps <c>/api/tasks</c>.</summary>
    public static RouteGroupBuilder MapHumanTaskEndpoints(this IEndpointRouteBuilder routes)
    {
        var tasks = routes.MapGroup("/api/tasks").WithTags("Oppgaver").RequireAuthorization(Policies.WorkTasks);
        tasks.MapGet("/mine", MineAsync).WithSummary("List the tasks assigned to me");
        tasks.MapGet("/unclaimed", UnclaimedAsync).WithSummary("List my teams' open, unclaimed tasks");
        tasks.MapGet("/team/{team}", TeamAsync).WithSummary("List a team's tasks (supervisor)");
        tasks.MapGet("/overdue", OverdueAsync).WithSummary("List a team's overdue tasks (supervisor)");
        tasks.MapGet("/counts", CountsAsync).WithSummary("Count my tasks, unclaimed and overdue");
        tasks.MapGet("/{taskId}", GetAsync).WithSummary("Get a task with its form");
        tasks.MapPost("/{taskId}/claim", ClaimAsync).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Claim a task");
        tasks.MapPost("/{taskId}/release", ReleaseAsync).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Give a claimed task back to the team");
        tasks.MapPost("/{taskId}/reassign", ReassignAsync).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Give a task to another user of its team (supervisor)");
        tasks.MapPost("/{taskId}/complete", CompleteAsync).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Complete a task with an outcome and its form");
        return tasks;
    }

    private static async Task<Results<Ok<HumanTaskList>, ValidationProblem>> MineAsync(
        [AsParameters] HumanTaskListParameters parameters, ClaimsPrincipal user, ICaseRelationStore relations, HumanTaskInbox inbox, TimeProvider clock, CancellationToken cancellationToken) =>
        Query(parameters) is var (query, errors) && errors is not null
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : TypedResults.Ok(List(await inbox.MineAsync(HumanTaskActors.Of(user, relations), query, cancellationToken), clock));

    private static async Task<Results<Ok<HumanTaskList>, ValidationProblem>> UnclaimedAsync(
        [AsParameters] HumanTaskListParameters parameters, ClaimsPrincipal user, ICaseRelationStore relations, HumanTaskInbox inbox, TimeProvider clock, CancellationToken cancellationToken) =>
        Query(parameters) is var (query, errors) && errors is not null
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : TypedResults.Ok(List(await inbox.UnclaimedAsync(HumanTaskActors.Of(user, relations), query, cancellationToken), clock));

    private static async Task<Results<Ok<HumanTaskList>, ValidationProblem, ProblemHttpResult>> TeamAsync(
        string team, [AsParameters] HumanTaskListParameters parameters, ClaimsPrincipal user, ICaseRelationStore relations, HumanTaskInbox inbox, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (query, errors) = Query(parameters);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var page = await inbox.TeamAsync(HumanTaskActors.Of(user, relations), team, query, cancellationToken);
        return page is null ? NotTeamSupervisor() : TypedResults.Ok(List(page, clock));
    }

    private static async Task<Results<Ok<HumanTaskList>, ValidationProblem, ProblemHttpResult>> OverdueAsync(
        string? team, [AsParameters] HumanTaskListParameters parameters, ClaimsPrincipal user, ICaseRelationStore relations, HumanTaskInbox inbox, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (query, errors) = Query(parameters);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var page = await inbox.OverdueAsync(HumanTaskActors.Of(user, relations), team, query, cancellationToken);
        return page is null ? NotTeamSupervisor() : TypedResults.Ok(List(page, clock));
    }

    private static async Task<Results<Ok<HumanTaskCounts>, ValidationProblem, ProblemHttpResult>> CountsAsync(
        string? team, [AsParameters] HumanTaskListParameters parameters, ClaimsPrincipal user, ICaseRelationStore relations, HumanTaskInbox inbox, CancellationToken cancellationToken)
    {
        var (query, errors) = Query(parameters);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var counts = await inbox.CountAsync(HumanTaskActors.Of(user, relations), team, query, cancellationToken);
        return counts is null
            ? NotTeamSupervisor()
            : TypedResults.Ok(new HumanTaskCounts(
                counts[HumanTaskStatus.Open], counts[HumanTaskStatus.Claimed], counts[HumanTaskStatus.Completed], counts[HumanTaskStatus.Cancelled]));
    }

    private static async Task<Results<Ok<HumanTaskDetails>, NotFound>> GetAsync(
        string taskId, ClaimsPrincipal user, ICaseRelationStore relations, HumanTaskInbox inbox, TimeProvider clock, CancellationToken cancellationToken) =>
        await inbox.FindAsync(taskId, HumanTaskActors.Of(user, relations), cancellationToken) is { } found
            ? TypedResults.Ok(new HumanTaskDetails(HumanTaskView.From(found.Task, clock.GetUtcNow()), found.History))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<HumanTaskView>, NotFound, ProblemHttpResult, ValidationProblem>> ClaimAsync(
        string taskId, ClaimsPrincipal user, ICaseRelationStore relations, HumanTaskInbox inbox, TimeProvider clock, CancellationToken cancellationToken) =>
        Answer(await inbox.ClaimAsync(taskId, HumanTaskActors.Of(user, relations), cancellationToken), clock);

    private static async Task<Results<Ok<HumanTaskView>, NotFound, ProblemHttpResult, ValidationProblem>> ReleaseAsync(
        string taskId, ClaimsPrincipal user, ICaseRelationStore relations, HumanTaskInbox inbox, TimeProvider clock, CancellationToken cancellationToken) =>
        Answer(await inbox.ReleaseAsync(taskId, HumanTaskActors.Of(user, relations), cancellationToken), clock);

    private static async Task<Results<Ok<HumanTaskView>, NotFound, ProblemHttpResult, ValidationProblem>> ReassignAsync(
        string taskId, ReassignTaskRequest request, ClaimsPrincipal user, ICaseRelationStore relations, HumanTaskInbox inbox, TimeProvider clock, CancellationToken cancellationToken) =>
        Answer(await inbox.ReassignAsync(taskId, HumanTaskActors.Of(user, relations), request.UserId, cancellationToken), clock);

    private static async Task<Results<Ok<HumanTaskView>, NotFound, ProblemHttpResult, ValidationProblem>> CompleteAsync(
        string taskId, CompleteTaskRequest request, ClaimsPrincipal user, ICaseRelationStore relations, HumanTaskInbox inbox, TimeProvider clock, CancellationToken cancellationToken) =>
        Answer(await inbox.CompleteAsync(taskId, HumanTaskActors.Of(user, relations), request.Outcome, request.Form, cancellationToken), clock);

    private static Results<Ok<HumanTaskView>, NotFound, ProblemHttpResult, ValidationProblem> Answer(
        HumanTaskResult result, TimeProvider clock) => result switch
        {
            HumanTaskResult.Ok ok => TypedResults.Ok(HumanTaskView.From(ok.Task, clock.GetUtcNow())),
            HumanTaskResult.Forbidden forbidden => TypedResults.Problem(forbidden.Message, statusCode: StatusCodes.Status403Forbidden, title: "Ikke tillatt"),
            HumanTaskResult.Conflict conflict => TypedResults.Problem(conflict.Message, statusCode: StatusCodes.Status409Conflict, title: "Oppgaven kan ikke endres slik"),
            HumanTaskResult.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors.ToDictionary()),
            _ => TypedResults.NotFound(),
        };

    private static ProblemHttpResult NotTeamSupervisor() =>
        TypedResults.Problem("Bare leder for teamet kan se teamets oppgaver.", statusCode: StatusCodes.Status403Forbidden, title: "Ikke tillatt");

    private static HumanTaskList List(HumanTaskPage page, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return new HumanTaskList([.. page.Items.Select(t => HumanTaskView.From(t, now))], page.NextCursor);
    }

    private static (HumanTaskQuery Query, FieldErrors? Errors) Query(HumanTaskListParameters p)
    {
        var errors = new FieldErrors();
        if (p.PageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"Sidestørrelsen må være mellom 1 og {MaxPageSize}.");
        }

        if (p.After is not null && HumanTaskCursor.Decode(p.After) is null)
        {
            errors.Add("after", "Ukjent side-markør; bruk nextCursor fra forrige side.");
        }

        if (p.DueFrom is { } from && p.DueTo is { } to && to < from)
        {
            errors.Add("dueTo", "Slutten av fristintervallet kan ikke være før starten.");
        }

        var query = new HumanTaskQuery
        {
            DefinitionId = p.Pathway,
            CorrelationId = p.CaseId,
            WorkflowInstanceId = p.InstanceId,
            Statuses = p.Status is { Length: > 0 } statuses ? statuses : null,
            DueFrom = p.DueFrom,
            DueBefore = p.DueTo,
            Priority = p.Priority,
            Sort = p.Sort ?? HumanTaskSort.Due,
            After = p.After,
            PageSize = p.PageSize ?? 50,
        };
        return (query, errors.IsEmpty ? null : errors);
    }
}
