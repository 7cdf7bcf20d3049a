using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.AnonymousDiscussions;

namespace Velferd.Workflows.Host.TeamWork;

/// <summary>Anonymous discussions: question, age band and advice, and nothing that identifies the child.</summary>
public static class AnonymousDiscussionEndpoints
{
    /// <summary>Maps <c>/api/anonymous-discussions</c>.</summary>
    public static RouteGroupBuilder MapAnonymousDiscussionEndpoints(this IEndpointRouteBuilder routes)
    {
        var discussions = routes.MapGroup("/api/anonymous-discussions").WithTags("Anonym drøfting").RequireAuthorization(Policies.WorkCases);
        discussions.MapPost("/", RecordAsync).WithSummary("Record an anonymous discussion that stores no identifier (R-33)");
        discussions.MapGet("/{discussionId}", GetAsync).WithSummary("Get an anonymous discussion");
        return discussions;
    }

    private static async Task<Results<Created<AnonymousDiscussion>, ValidationProblem>> RecordAsync(
        AnonymousDiscussionInput request, IAnonymousDiscussionStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        switch (AnonymousDiscussionRules.Record(request, clock.GetUtcNow()))
        {
            case CaseChange<AnonymousDiscussion>.Applied applied:
                await store.AddAsync(applied.Value, cancellationToken);
                return TypedResults.Created($"/api/anonymous-discussions/{applied.Value.Id}", applied.Value);
            case CaseChange<AnonymousDiscussion>.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary());
            default:
                throw new InvalidOperationException("Unknown change result.");
        }
    }

    private static async Task<Results<Ok<AnonymousDiscussion>, NotFound>> GetAsync(
        string discussionId, IAnonymousDiscussionStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(discussionId, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();
}
