using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Host.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Batons;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Enquiries;
using Velferd.Workflows.Welfare.Policies;

namespace Velferd.Workflows.Host.Enquiries;

/// <summary>
/// Henvendelser (DOMAIN.md P1 «Én dør inn»): the one door every channel (Familiehjelpa, the coordinator, an employee's
/// undring, the web form) comes in through. A henvendelse is registered as a BTI case at level 0 and starts P1 for it;
/// bad input is a 400 with every field's errors and stores nothing.
/// </summary>
public static class EnquiryEndpoints
{
    /// <summary>Maps <c>/api/enquiries</c>.</summary>
    public static RouteGroupBuilder MapEnquiryEndpoints(this IEndpointRouteBuilder routes)
    {
        var enquiries = routes.MapGroup("/api/enquiries").WithTags("Saker").RequireAuthorization(Policies.WorkCases);
        enquiries.MapPost("/", RegisterAsync).WithSummary("Register a henvendelse (any channel) as a level-0 case and start P1 «Én dør inn» for it");
        return enquiries;
    }

    private static async Task<Results<Created<RegisteredEnquiry>, ValidationProblem, ForbidHttpResult>> RegisterAsync(
        EnquiryRequest request, ClaimsPrincipal user, IConsentStore consents, IHandoverStore handovers, PolicyReader policies,
        EnquiryPathway pathway, RegistryLookup registry, IIdentityNumberValidator validator, TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        var errors = new FieldErrors();
        var input = request.ToInput(errors);
        var change = EnquiryRules.Register(input, policies.Municipality, actor.UserName, clock.GetUtcNow(), validator, errors, registry.Enabled);
        if (change is not CaseChange<WelfareCase>.Applied applied)
        {
            return TypedResults.ValidationProblem(((CaseChange<WelfareCase>.Invalid)change).Errors.ToDictionary());
        }

        if (!actor.CanRegisterFor(applied.Value.Team))
        {
            return TypedResults.Forbid();
        }

        var start = await pathway.PrepareStartAsync(applied.Value, input, cancellationToken);
        var stored = await registry.AddAsync(applied.Value, applied.Events, start is null ? [] : [start], cancellationToken);
        var instanceId = start?.WorkflowInstanceId;
        var view = await CaseEndpoints.ViewAsync(stored, consents, handovers, policies, clock, cancellationToken);
        return TypedResults.Created($"/api/cases/{stored.Id}", new RegisteredEnquiry(stored.Id, instanceId, view));
    }
}
