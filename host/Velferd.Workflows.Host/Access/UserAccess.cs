using System.Security.Claims;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Host.Auth;

namespace Velferd.Workflows.Host.Access;

/// <summary>Reads the access decision's user (id, teams, whether he sees every team) from the signed-in principal.</summary>
public static class UserAccess
{
    /// <summary>
    /// The access of <paramref name="user"/> with what need to know adds and hides (<paramref name="scope"/>):
    /// administrators see every instance; process owners may start and signal for any team and also see what belongs
    /// to no team; everyone sees his own teams' and his related cases' instances, never a hidden case's.
    /// </summary>
    public static CaseDataAccess From(ClaimsPrincipal user, CaseScope scope) => new(
        user.FindFirstValue("sub") ?? "",
        user.FindAll("team").Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
        SeesAllTeams: user.HasClaim("role", Roles.Admin) || user.HasClaim("role", Roles.ProcessOwner))
    {
        SeesEveryCase = user.HasClaim("role", Roles.Admin),
        Scope = scope,
    };

    /// <summary>
    /// Registers the signed-in user's <see cref="CaseDataAccess"/> per request, for endpoints to take as a parameter;
    /// its scope is the one <see cref="CaseScopeLookup.UseCaseScopeLookup"/> looked up for such endpoints.
    /// </summary>
    public static IServiceCollection AddUserAccess(this IServiceCollection services) =>
        services.AddHttpContextAccessor().AddScoped<RequestCaseScope>().AddScoped(sp => From(
            sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User ?? new ClaimsPrincipal(), sp.GetRequiredService<RequestCaseScope>().Value));
}
