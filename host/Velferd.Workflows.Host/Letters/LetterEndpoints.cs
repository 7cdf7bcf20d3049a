using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Host.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Letters;

namespace Velferd.Workflows.Host.Letters;

/// <summary>
/// A case's letters (DOMAIN-API.md "Cases and persons"; R-70): list them with channel and status, and write a decision
/// or an information letter to one of the case's persons. A decision without reasons or appeal information is a 400.
/// </summary>
public static class LetterEndpoints
{
    /// <summary>Maps <c>/api/cases/{caseId}/letters</c>.</summary>
    public static IEndpointRouteBuilder MapLetterEndpoints(this IEndpointRouteBuilder routes)
    {
        var letters = routes.MapGroup("/api/cases/{caseId}/letters").WithTags("Brev").RequireAuthorization(Policies.WorkCases);
        letters.MapGet("/", ListAsync).WithSummary("A case's letters with channel and status (R-70)");
        letters.MapPost("/", WriteAsync).WithSummary("Send a decision or information letter to a person of the case: KRR → digital post or print (R-70, R-63)");
        return routes;
    }

    private static async Task<Results<Ok<List<LetterView>>, NotFound>> ListAsync(
        string caseId, ClaimsPrincipal user, CaseAccessGate gate, ILetterStore letters, CancellationToken cancellationToken) =>
        await gate.FindVisibleAsync(caseId, CaseActor.From(user), cancellationToken) is null
            ? TypedResults.NotFound()
            : TypedResults.Ok((await letters.ListForCaseAsync(caseId, cancellationToken)).Select(LetterView.Of).ToList());

    private static async Task<Results<Created<LetterView>, ValidationProblem, NotFound, ProblemHttpResult>> WriteAsync(
        string caseId, LetterInput request, ClaimsPrincipal user, CaseAccessGate gate, CaseLetters letters, ILetterStore store, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await gate.FindVisibleAsync(caseId, actor, cancellationToken) is not { } subject)
        {
            return TypedResults.NotFound();
        }

        switch (LetterRules.Write(subject, request, actor.UserName, clock.GetUtcNow()))
        {
            case CaseChange<Letter>.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary());
            case CaseChange<Letter>.Conflict conflict:
                return CaseEndpoints.Conflict(conflict.Detail);
            case CaseChange<Letter>.Applied applied:
                await letters.CommitAsync(subject, [applied.Value], applied.Events, _ => Task.CompletedTask, fromActivity: false, cancellationToken);
                var stored = await store.FindAsync(applied.Value.Id, cancellationToken) ?? applied.Value;
                return TypedResults.Created($"/api/cases/{caseId}/letters", LetterView.Of(stored));
            default:
                throw new InvalidOperationException("Unknown change result.");
        }
    }
}
