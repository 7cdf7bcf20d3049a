using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Policies;

namespace Velferd.Workflows.Host.Welfare;

/// <summary>
/// The municipality's policy values (<c>GET/PUT /api/policy</c>): read by anyone signed in, changed by a process owner
/// or an administrator. Every change is a new version with who and when; earlier versions stay at <c>/api/policy/versions</c>.
/// </summary>
public static class PolicyEndpoints
{
    /// <summary>Maps <c>/api/policy</c>.</summary>
    public static RouteGroupBuilder MapPolicyEndpoints(this IEndpointRouteBuilder routes)
    {
        var policy = routes.MapGroup("/api/policy").WithTags("Innstillinger").RequireAuthorization();
        policy.MapGet("/", GetAsync).WithSummary("The municipality's policy values in force");
        policy.MapGet("/versions", VersionsAsync).WithSummary("Every stored version of the policy values, newest first");
        policy.MapPut("/", ChangeAsync).RequireAuthorization(Policies.EditPolicy).WithSummary("Store a new version of the policy values (process owner)");
        return policy;
    }

    private static async Task<Ok<PolicyView>> GetAsync(PolicyReader policies, CancellationToken cancellationToken) =>
        TypedResults.Ok(PolicyView.Of(await policies.CurrentAsync(cancellationToken)));

    private static async Task<Ok<List<PolicyView>>> VersionsAsync(PolicyReader policies, IPolicyStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListAsync(policies.Municipality, cancellationToken)).Select(PolicyView.Of).ToList());

    private static async Task<Results<Ok<PolicyView>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        PolicyInput request, ClaimsPrincipal user, PolicyReader policies, IPolicyStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var current = await policies.CurrentAsync(cancellationToken);
        switch (PolicyRules.Change(current, request, CaseActor.From(user).UserName, clock.GetUtcNow()))
        {
            case CaseChange<WelfarePolicy>.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary());
            case CaseChange<WelfarePolicy>.Conflict conflict:
                return CaseEndpoints.Conflict(conflict.Detail);
            case CaseChange<WelfarePolicy>.Applied applied:
                try
                {
                    await store.AddAsync(applied.Value, cancellationToken);
                    return TypedResults.Ok(PolicyView.Of(applied.Value));
                }
                catch (ConcurrencyConflictException)
                {
                    return CaseEndpoints.Conflict("Innstillingene ble endret av noen andre samtidig. Hent dem på nytt og prøv igjen.");
                }

            default:
                throw new InvalidOperationException("Unknown change result.");
        }
    }
}
