using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Host.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.YouthTeamTopics;

namespace Velferd.Workflows.Host.YouthTeamTopics;

/// <summary>
/// Ungdomsteam topics (DOMAIN.md §6 P2, variant): trends a youth team works on, with no personal data. Team scope
/// decides: a user sees and changes only his own teams' topics (another team's topic is 404; creating one for a team he
/// is not in is 403); an administrator sees every team's. Each change stores its pathway stimulus with it.
/// </summary>
public static class YouthTeamTopicEndpoints
{
    /// <summary>Maps <c>/api/youth-team-topics</c>.</summary>
    public static RouteGroupBuilder MapYouthTeamTopicEndpoints(this IEndpointRouteBuilder routes)
    {
        var topics = routes.MapGroup("/api/youth-team-topics").WithTags("Ungdomsteam").RequireAuthorization(Policies.WorkCases);
        topics.MapPost("/", CreateAsync).WithSummary("Create a youth team topic (no personal data, R-33); starts its pathway");
        topics.MapGet("/", ListAsync).WithSummary("List the topics of the caller's youth teams");
        topics.MapGet("/{topicId}", GetAsync).WithSummary("Get a youth team topic");
        topics.MapPost("/{topicId}/actions", AddActionAsync).WithSummary("Add an action (tiltak) to a topic");
        topics.MapPost("/{topicId}/actions/{actionId}/status", SetActionStatusAsync).WithSummary("Set an action's status");
        topics.MapPost("/{topicId}/review", ReviewAsync).WithSummary("Record a review and set the next review date");
        topics.MapPost("/{topicId}/close", CloseAsync).WithSummary("Close a topic (end code LUKKET); ends its pathway");
        return topics;
    }

    private static async Task<Results<Created<YouthTeamTopic>, ValidationProblem, ForbidHttpResult>> CreateAsync(
        NewTopicRequest request, ClaimsPrincipal user, IUserDirectory directory, YouthTeamTopicPathway pathway, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (!string.IsNullOrWhiteSpace(request.Team) && !actor.CanRegisterFor(request.Team.Trim()))
        {
            return TypedResults.Forbid();
        }

        var errors = new FieldErrors();
        var input = request.ToInput(errors);
        var owner = string.IsNullOrWhiteSpace(request.Owner) ? null : await directory.FindAsync(request.Owner.Trim(), cancellationToken);
        if (YouthTeamTopicRules.Create(input, owner?.Teams, actor.UserName, clock.GetUtcNow(), errors) is not CaseChange<YouthTeamTopic>.Applied applied)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        await pathway.CreateAsync(applied.Value, cancellationToken);
        return TypedResults.Created($"/api/youth-team-topics/{applied.Value.Id}", applied.Value);
    }

    private static async Task<Results<Ok<List<YouthTeamTopic>>, ForbidHttpResult>> ListAsync(
        string? team, bool? includeClosed, ClaimsPrincipal user, IYouthTeamTopicStore store, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (team is not null && !actor.CanRegisterFor(team))
        {
            return TypedResults.Forbid();
        }

        IReadOnlyCollection<string>? teams = team is not null ? [team] : actor.IsAdmin ? null : actor.Teams;
        return TypedResults.Ok((await store.ListAsync(teams, includeClosed ?? true, cancellationToken)).ToList());
    }

    private static async Task<Results<Ok<YouthTeamTopic>, NotFound>> GetAsync(
        string topicId, ClaimsPrincipal user, IYouthTeamTopicStore store, CancellationToken cancellationToken) =>
        await VisibleAsync(topicId, user, store, cancellationToken) is { } topic ? TypedResults.Ok(topic) : TypedResults.NotFound();

    private static async Task<Results<Created<YouthTeamTopic>, ValidationProblem, NotFound, ProblemHttpResult>> AddActionAsync(
        string topicId, TopicActionRequest request, ClaimsPrincipal user, IYouthTeamTopicStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await VisibleAsync(topicId, user, store, cancellationToken) is not { } topic)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        var change = YouthTeamTopicRules.AddAction(topic, request.ToInput(errors), CaseActor.From(user).UserName, clock.GetUtcNow(), errors);
        var saved = await SaveAsync(change, store.SaveAsync, cancellationToken);
        if (saved.Invalid is { } invalid)
        {
            return invalid;
        }

        return saved.Problem is { } problem ? problem : TypedResults.Created($"/api/youth-team-topics/{topicId}", saved.Topic!);
    }

    private static async Task<Results<Ok<YouthTeamTopic>, ValidationProblem, NotFound, ProblemHttpResult>> SetActionStatusAsync(
        string topicId, string actionId, TopicActionStatusRequest request, ClaimsPrincipal user, IYouthTeamTopicStore store, CancellationToken cancellationToken)
    {
        if (await VisibleAsync(topicId, user, store, cancellationToken) is not { } topic || topic.Actions.All(a => a.Id != actionId))
        {
            return TypedResults.NotFound();
        }

        return Updated(await SaveAsync(YouthTeamTopicRules.SetActionStatus(topic, actionId, request.Status), store.SaveAsync, cancellationToken));
    }

    private static async Task<Results<Ok<YouthTeamTopic>, ValidationProblem, NotFound, ProblemHttpResult>> ReviewAsync(
        string topicId, TopicReviewRequest request, ClaimsPrincipal user, IYouthTeamTopicStore store, YouthTeamTopicPathway pathway, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await VisibleAsync(topicId, user, store, cancellationToken) is not { } topic)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        var change = YouthTeamTopicRules.Review(topic, request.ToInput(errors), CaseActor.From(user).UserName, clock.GetUtcNow(), errors);
        return Updated(await SaveAsync(change, pathway.ReviewedAsync, cancellationToken));
    }

    private static async Task<Results<Ok<YouthTeamTopic>, ValidationProblem, NotFound, ProblemHttpResult>> CloseAsync(
        string topicId, TopicCloseRequest? request, ClaimsPrincipal user, IYouthTeamTopicStore store, YouthTeamTopicPathway pathway, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await VisibleAsync(topicId, user, store, cancellationToken) is not { } topic)
        {
            return TypedResults.NotFound();
        }

        var change = YouthTeamTopicRules.Close(topic, request?.Note, CaseActor.From(user).UserName, clock.GetUtcNow());
        return Updated(await SaveAsync(change, pathway.ClosedAsync, cancellationToken));
    }

    // Another team's topic answers as if it did not exist: a team's trends are its own business.
    private static async Task<YouthTeamTopic?> VisibleAsync(string topicId, ClaimsPrincipal user, IYouthTeamTopicStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(topicId, cancellationToken) is { } topic && CaseActor.From(user).CanRegisterFor(topic.Team) ? topic : null;

    private static async Task<SavedTopic> SaveAsync(
        CaseChange<YouthTeamTopic> change, Func<YouthTeamTopic, CancellationToken, Task> save, CancellationToken cancellationToken)
    {
        switch (change)
        {
            case CaseChange<YouthTeamTopic>.Invalid invalid:
                return new(null, TypedResults.ValidationProblem(invalid.Errors.ToDictionary()), null);
            case CaseChange<YouthTeamTopic>.Conflict conflict:
                return new(null, null, CaseEndpoints.Conflict(conflict.Detail));
            case CaseChange<YouthTeamTopic>.Applied applied:
                try
                {
                    await save(applied.Value, cancellationToken);
                }
                catch (ConcurrencyConflictException)
                {
                    return new(null, null, CaseEndpoints.Conflict("Temaet ble endret av noen andre samtidig. Hent det på nytt."));
                }

                return new(applied.Value, null, null);
            default:
                throw new InvalidOperationException("Unknown change result.");
        }
    }

    private static Results<Ok<YouthTeamTopic>, ValidationProblem, NotFound, ProblemHttpResult> Updated(SavedTopic saved)
    {
        if (saved.Invalid is { } invalid)
        {
            return invalid;
        }

        return saved.Problem is { } problem ? problem : TypedResults.Ok(saved.Topic!);
    }

    // The stored topic, or why nothing was stored.
    private sealed record SavedTopic(YouthTeamTopic? Topic, ValidationProblem? Invalid, ProblemHttpResult? Problem);
}
