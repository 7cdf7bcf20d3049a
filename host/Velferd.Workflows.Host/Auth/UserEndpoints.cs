using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Velferd.Workflows.Host.Auth;

/// <summary>
/// <c>GET /api/users</c> in Development: the demo users with their roles, services and teams, so a tester knows whom to
/// sign in as (the sign-in aid of the demo scheme, so like sign-in it needs no token). Not mapped elsewhere.
/// </summary>
public static class UserEndpoints
{
    /// <summary>Maps the list when the host runs in Development.</summary>
    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder routes, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            routes.MapGet("/api/users", List).WithTags("Innlogging").AllowAnonymous().WithSummary("List the demo users with their roles, teams and services (Development)");
        }

        return routes;
    }

    private static Ok<List<DemoUserView>> List(IOptions<AuthOptions> options) =>
        TypedResults.Ok(options.Value.DemoUsers
            .Select(u => new DemoUserView(u.UserName, string.IsNullOrEmpty(u.DisplayName) ? u.UserName : u.DisplayName, u.Roles, u.Services, u.Teams))
            .ToList());
}
