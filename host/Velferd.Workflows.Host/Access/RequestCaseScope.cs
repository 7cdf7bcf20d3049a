using System.Collections.Concurrent;
using System.Reflection;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Host.Welfare;
using Velferd.Workflows.Welfare.Access;

namespace Velferd.Workflows.Host.Access;

/// <summary>
/// The signed-in user's <see cref="CaseScope"/> for this request: looked up once, before the endpoint runs, for the
/// endpoints that list or read instances and deadlines (those that take <see cref="CaseDataAccess"/> or this; the task
/// inbox needs only the hidden kinds, which its own queries test: <c>HumanTaskActors.Of</c>),
/// so their stores filter by the need-to-know decision in SQL (<see cref="CaseScopeLookup"/>). Other requests do not pay
/// for the lookup.
/// </summary>
public sealed class RequestCaseScope
{
    /// <summary>The scope (empty for an administrator, or when the endpoint needs none).</summary>
    public CaseScope Value { get; set; } = CaseScope.Empty;
}

/// <summary>Looks up <see cref="RequestCaseScope"/> before the endpoints that use it.</summary>
public static class CaseScopeLookup
{
    // Whether each endpoint's handler takes the scope, decided once per handler instead of by reflection on every request.
    private static readonly ConcurrentDictionary<MethodInfo, bool> UsesScope = new();

    /// <summary>Looks the scope up for the endpoints that use it; after authorization, so refused requests cost nothing.</summary>
    public static IApplicationBuilder UseCaseScopeLookup(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true && context.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>() is { } handler
            && UsesScope.GetOrAdd(handler, h => h.GetParameters().Any(p => p.ParameterType == typeof(CaseDataAccess) || p.ParameterType == typeof(RequestCaseScope))))
        {
            var actor = CaseActor.From(context.User);
            var services = context.RequestServices;
            services.GetRequiredService<RequestCaseScope>().Value = await services.GetRequiredService<ICaseRelationStore>()
                .ScopeAsync(actor.User, services.GetRequiredService<TimeProvider>().GetUtcNow(), context.RequestAborted);
        }

        await next(context);
    });
}
