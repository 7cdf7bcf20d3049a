using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Hosting;
using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.SignIn;

/// <summary>
/// Sign-in and sign-out for the studio and the designer (one cookie). The form asks the host for a bearer token with
/// the user's name and password (<c>POST /api/auth/token</c>) and keeps it in the cookie; with OpenID Connect
/// configured outside Development the provider signs the user in instead. Every post carries an anti-forgery token.
/// </summary>
public static class SignInEndpoints
{
    /// <summary>The studio's sign-in page.</summary>
    public const string StudioPath = "/logg-inn";

    /// <summary>The designer's sign-in page (the same form; after it, the designer's pathway list).</summary>
    public const string DesignerPath = "/designer/login";

    private const string DesignerHome = "/designer/definitions";

    /// <summary>Maps the sign-in and sign-out endpoints.</summary>
    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder routes)
    {
        // The forms carry our own anti-forgery token, checked in the handlers (the form is read by hand, so the
        // framework's automatic check, which needs a bound form parameter, would not run).
        routes.MapGet(StudioPath, (HttpContext context, string? returnUrl, string? utlopt, CancellationToken ct) =>
                ShowAsync(context, StudioPath, LocalReturnUrl.Or(returnUrl, "/"), utlopt is not null, ct))
            .AllowAnonymous().ExcludeFromDescription();
        routes.MapGet(DesignerPath, (HttpContext context, string? returnUrl, string? utlopt, CancellationToken ct) =>
                ShowAsync(context, DesignerPath, LocalReturnUrl.Or(returnUrl, DesignerHome), utlopt is not null, ct))
            .AllowAnonymous().ExcludeFromDescription();
        routes.MapPost(StudioPath, (HttpContext context, CancellationToken ct) => SignInAsync(context, StudioPath, "/", ct)).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        routes.MapPost(DesignerPath, (HttpContext context, CancellationToken ct) => SignInAsync(context, DesignerPath, DesignerHome, ct)).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();

        // Signing out needs the cookie's user: the form's token was issued for them, and checking it needs them.
        routes.MapPost("/logg-ut", (HttpContext context, IAntiforgery antiforgery) => SignOutAsync(context, antiforgery, StudioPath))
            .RequireAuthorization(StudioAuthentication.Policy).DisableAntiforgery().ExcludeFromDescription();
        routes.MapPost("/designer/logout", (HttpContext context, IAntiforgery antiforgery) => SignOutAsync(context, antiforgery, DesignerPath))
            .RequireAuthorization(StudioAuthentication.Policy).DisableAntiforgery().ExcludeFromDescription();
        return routes;
    }

    // After a session ended (its token could not be renewed) the page says so; with OpenID Connect it then waits for
    // a click instead of going straight back to the provider, so the user reads why.
    private static async Task<IResult> ShowAsync(HttpContext context, string action, string returnUrl, bool sessionEnded, CancellationToken cancellationToken)
    {
        if (UsesOpenIdConnect(context) && !sessionEnded)
        {
            return TypedResults.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [StudioAuthentication.OpenIdScheme]);
        }

        return await PageAsync(context, action, returnUrl, sessionEnded ? Texts.SessionEnded : null, StatusCodes.Status200OK, cancellationToken);
    }

    private static async Task<IResult> SignInAsync(HttpContext context, string action, string fallback, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var returnUrl = LocalReturnUrl.Or(form["returnUrl"], fallback);
        if (UsesOpenIdConnect(context))
        {
            return TypedResults.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [StudioAuthentication.OpenIdScheme]);
        }

        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return await PageAsync(context, action, returnUrl, Texts.SignInFormExpired, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var (userName, password) = (form["userName"].ToString(), form["password"].ToString());
        var demoPassword = context.RequestServices.GetRequiredService<IOptions<StudioOptions>>().Value.DemoPassword;
        if (form["demoUser"] is { Count: > 0 } picked && IsDevelopment(context) && !string.IsNullOrEmpty(demoPassword))
        {
            (userName, password) = (picked.ToString(), demoPassword);
        }

        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return await PageAsync(context, action, returnUrl, Texts.SignInWrongPassword, StatusCodes.Status401Unauthorized, cancellationToken);
        }

        var api = context.RequestServices.GetRequiredService<HostApiClient>();
        var answer = await api.RequestTokenAsync(userName.Trim(), password, cancellationToken);
        if (answer.Value is not { } token)
        {
            // The host counts wrong passwords per user name (SignInThrottle), so this form shares the API's limit.
            var (error, status) = answer.Problem?.Status switch
            {
                400 or 401 => (Texts.SignInWrongPassword, StatusCodes.Status401Unauthorized),
                429 => (Texts.SignInThrottled, StatusCodes.Status429TooManyRequests),
                _ => (answer.Problem?.Message ?? Texts.ProblemUnexpected, StatusCodes.Status503ServiceUnavailable),
            };
            return await PageAsync(context, action, returnUrl, error, status, cancellationToken);
        }

        // The cookie lasts the session; the host's token inside it is renewed before it expires (DemoTokenRenewal).
        var user = UserOf(token).InNewSession(new SessionTokens(token.AccessToken, token.ExpiresAt, null));
        var lifetime = context.RequestServices.GetRequiredService<IOptions<StudioOptions>>().Value.SessionLifetime;
        await context.SignInAsync(
            StudioAuthentication.CookieScheme,
            user.ToPrincipal(StudioAuthentication.CookieScheme),
            new AuthenticationProperties { ExpiresUtc = context.RequestServices.GetRequiredService<TokenClock>().Now + lifetime, IsPersistent = false });
        return TypedResults.Redirect(returnUrl);
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, string signInPath)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        if (StudioUser.From(context.User) is { } user)
        {
            context.RequestServices.GetRequiredService<AccessTokenSessions>().Forget(user);
        }

        await context.SignOutAsync(StudioAuthentication.CookieScheme);
        return TypedResults.Redirect(signInPath);
    }

    /// <summary>
    /// The user a host token names. The studio got the token straight from the host it is configured to trust, so it
    /// reads the claims without checking the signature again; the host checks it on every call.
    /// </summary>
    private static StudioUser UserOf(TokenAnswer token)
    {
        var jwt = new JsonWebToken(token.AccessToken);
        var name = jwt.Claims.FirstOrDefault(c => c.Type == "name")?.Value;
        return new StudioUser(
            token.UserName,
            string.IsNullOrEmpty(name) ? token.UserName : name,
            token.Roles.ToHashSet(StringComparer.Ordinal),
            jwt.Claims.Where(c => c.Type == "team").Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            token.AccessToken);
    }

    private static async Task<IResult> PageAsync(HttpContext context, string action, string returnUrl, string? error, int status, CancellationToken cancellationToken)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<StudioOptions>>().Value;
        var demoUsers = IsDevelopment(context) && !string.IsNullOrEmpty(options.DemoPassword)
            ? await context.RequestServices.GetRequiredService<HostApiClient>().DemoUsersAsync(cancellationToken)
            : [];
        var token = FormToken.Issue(context, context.RequestServices.GetRequiredService<IAntiforgery>());
        return new RazorComponentResult<SignInPage>(new
        {
            Action = action,
            ReturnUrl = returnUrl,
            Token = token,
            Error = error,
            DemoUsers = demoUsers,
            AtProvider = UsesOpenIdConnect(context),
        })
        { StatusCode = status };
    }

    private static bool IsDevelopment(HttpContext context) =>
        context.RequestServices.GetRequiredService<IWebHostEnvironment>().IsDevelopment();

    private static bool UsesOpenIdConnect(HttpContext context) =>
        !IsDevelopment(context) && context.RequestServices.GetRequiredService<IOptions<StudioOptions>>().Value.OpenIdConnect.IsConfigured;
}
