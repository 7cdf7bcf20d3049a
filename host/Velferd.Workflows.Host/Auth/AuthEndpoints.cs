using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Velferd.Workflows.Host.Auth;

/// <summary>Sign-in for the development scheme: user name and password of a demo user give a bearer token.</summary>
public static class AuthEndpoints
{
    /// <summary>Maps <c>POST /api/auth/token</c> and <c>GET /api/auth/demo-users</c>.</summary>
    public static RouteGroupBuilder MapAuthEndpoints(this IEndpointRouteBuilder routes)
    {
        var auth = routes.MapGroup("/api/auth").WithTags("Innlogging");
        auth.MapPost("/token", IssueToken).AllowAnonymous().WithSummary("Sign in: trade a user name and password for a bearer token");
        auth.MapGet("/demo-users", DemoUsers).AllowAnonymous().WithSummary("List the demo users the sign-in page offers (Development)");
        return auth;
    }

    /// <summary>
    /// The demo users without their passwords, for the studio's sign-in picker. Only in Development: elsewhere 404,
    /// even if demo users were configured by mistake.
    /// </summary>
    private static Results<Ok<DemoUserSummary[]>, NotFound> DemoUsers(IOptions<AuthOptions> options, IHostEnvironment environment) =>
        environment.IsDevelopment()
            ? TypedResults.Ok(options.Value.DemoUsers.Select(u => new DemoUserSummary(u.UserName, string.IsNullOrEmpty(u.DisplayName) ? u.UserName : u.DisplayName, u.Roles, u.Teams)).ToArray())
            : TypedResults.NotFound();

    // Password sign-in is the demo scheme's: outside Development it answers 404 as if it did not exist;
    // production signs in at the identity provider (Auth:OpenIdConnect).
    private static Results<Ok<TokenResponse>, ValidationProblem, UnauthorizedHttpResult, ProblemHttpResult, NotFound> IssueToken(
        TokenRequest request, IOptions<AuthOptions> options, TokenIssuer issuer, SignInThrottle throttle, HttpResponse response, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment())
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.UserName))
        {
            errors["userName"] = ["Brukernavn mangler."];
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = ["Passord mangler."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (throttle.LockedFor(request.UserName!) is { } locked)
        {
            response.Headers.RetryAfter = ((int)Math.Ceiling(locked.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem("For mange feil passord; vent litt før du prøver igjen.", statusCode: StatusCodes.Status429TooManyRequests, title: "For mange forsøk");
        }

        var user = options.Value.DemoUsers.FirstOrDefault(u => string.Equals(u.UserName, request.UserName, StringComparison.OrdinalIgnoreCase));
        if (user is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(user.Password), Encoding.UTF8.GetBytes(request.Password!)))
        {
            throttle.Failed(request.UserName!);
            return TypedResults.Unauthorized();
        }

        throttle.Succeeded(request.UserName!);
        var (token, expiresAt) = issuer.Issue(user);
        return TypedResults.Ok(new TokenResponse(token, expiresAt, user.UserName, user.Roles));
    }
}
