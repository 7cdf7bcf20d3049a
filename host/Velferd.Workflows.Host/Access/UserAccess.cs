using System.Security.Claims;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Host.Auth;

namespace Velferd.Workflows.Host.Access;

/// <summary>Reads the access decision's user (id, teams, whether he sees every team) from the signed-in principal.</summary>
public static class UserAccess
{
    /// <summary>
    /// The access of <paramref name="user"/>: process owners and administrators see every team's instances (the
    /// designer's instance views); everyone else only his own teams'.
    /// </summary>
    public static CaseDataAccess From(ClaimsPrincipal user) => new(
        user.FindFirstValue("sub") ?? "",
        user.FindAll("team").Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
        SeesAllTeams: user.HasClaim("role", Roles.Admin) || user.HasClaim("role", Roles.ProcessOwner));

    /// <summary>Registers the signed-in user's <see cref="CaseDataAccess"/> per request, for endpoints to take as a parameter.</summary>
    public static IServiceCollection AddUserAccess(this IServiceCollection services) =>
        services.AddHttpContextAccessor().AddScoped(sp => From(sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User ?? new ClaimsPrincipal()));
}
