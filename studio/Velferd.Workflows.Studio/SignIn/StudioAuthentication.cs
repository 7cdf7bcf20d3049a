using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Tokens;
using Velferd.Workflows.Studio.Hosting;

namespace Velferd.Workflows.Studio.SignIn;

/// <summary>
/// One sign-in for the studio and the designer: a cookie that keeps the user's claims and the host's bearer token.
/// The cookie is set by our sign-in form (demo users, Development) or by OpenID Connect (settings only).
/// </summary>
public static class StudioAuthentication
{
    /// <summary>The cookie scheme.</summary>
    public const string CookieScheme = "Velferd.Studio";

    /// <summary>The OpenID Connect scheme.</summary>
    public const string OpenIdScheme = OpenIdConnectDefaults.AuthenticationScheme;

    /// <summary>The query parameter that tells the sign-in page the session ended (its token could not be renewed).</summary>
    public const string SessionEndedParameter = "utlopt";

    // Set on a request whose cookie was refused because its session ended, so the sign-in redirect says why.
    private const string SessionEndedItem = "velferd.session-ended";

    /// <summary>Signed in to the studio (with the cookie, whatever the app's default scheme is).</summary>
    public static AuthorizationPolicy Policy { get; } = new AuthorizationPolicyBuilder(CookieScheme).RequireAuthenticatedUser().Build();

    /// <summary>Adds the cookie scheme, and OpenID Connect when <paramref name="settings"/> name a provider outside Development.</summary>
    public static void AddStudioAuthentication(this IServiceCollection services, OpenIdConnectSettings settings, TimeSpan sessionLifetime, bool isDevelopment)
    {
        var usesProvider = !isDevelopment && settings.IsConfigured;
        services.TryAddSingleton(new TokenClock(TimeProvider.System));
        services.AddSingleton<AccessTokenSessions>();
        services.AddScoped<UserTokens>();
        if (usesProvider)
        {
            services.AddHttpClient<ITokenRenewal, ProviderTokenRenewal>();
        }
        else
        {
            services.AddSingleton<ITokenRenewal, DemoTokenRenewal>();
        }

        var authentication = services.AddAuthentication().AddCookie(CookieScheme, options =>
        {
            options.LoginPath = SignInEndpoints.StudioPath;
            options.ReturnUrlParameter = "returnUrl";
            options.Cookie.Name = "velferd.studio";
            options.Cookie.HttpOnly = true;

            // Lax, not Strict: the return from the identity provider is a cross-site navigation that must carry it.
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

            // The cookie lives for the session (Studio:SessionLifetime); the token inside it is renewed while it lasts.
            // Both run on the wall clock: the host's development clock may be moved days ahead, which must not sign
            // anyone out.
            options.TimeProvider = TimeProvider.System;
            options.SlidingExpiration = false;
            options.ExpireTimeSpan = sessionLifetime;
            options.Events.OnValidatePrincipal = RenewTokenAsync;

            // .NET 10 answers 401 instead of redirecting for endpoints it takes for APIs; these are pages. Designer pages
            // keep their own sign-in address.
            // The designer's token route is called by script, which needs the 401 itself.
            options.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments(Designer.DesignerEndpoints.TokenPath, StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                }

                var target = context.Request.Path.StartsWithSegments("/designer", StringComparison.OrdinalIgnoreCase)
                    ? SignInEndpoints.DesignerPath + new Uri(context.RedirectUri).Query
                    : context.RedirectUri;
                if (context.HttpContext.Items.ContainsKey(SessionEndedItem))
                {
                    target += (target.Contains('?', StringComparison.Ordinal) ? "&" : "?") + SessionEndedParameter + "=1";
                }

                context.Response.Redirect(target);
                return Task.CompletedTask;
            };
        });

        if (!usesProvider)
        {
            return;
        }

        authentication.AddOpenIdConnect(OpenIdScheme, options =>
        {
            options.SignInScheme = CookieScheme;
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.ResponseType = "code";
            options.UsePkce = true;
            options.MapInboundClaims = false;
            options.SaveTokens = true;
            options.GetClaimsFromUserInfoEndpoint = true;
            foreach (var scope in settings.Scopes)
            {
                options.Scope.Add(scope);
            }

            options.TokenValidationParameters = new TokenValidationParameters { NameClaimType = settings.NameClaim, RoleClaimType = settings.RoleClaim };

            // The cookie gets the studio's own claim names, the access token the studio calls the host with, its expiry
            // and the refresh token that renews it (the provider gives one when the client may have it, e.g. with the
            // offline_access scope).
            options.Events.OnTicketReceived = context =>
            {
                var accessToken = context.Properties?.GetTokenValue("access_token") ?? "";
                var expiresAt = DateTimeOffset.TryParse(context.Properties?.GetTokenValue("expires_at"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                    ? at
                    : SessionTokens.ExpiryOf(accessToken);
                var user = StudioUser.FromProvider(context.Principal!, accessToken, settings)
                    .InNewSession(new SessionTokens(accessToken, expiresAt, context.Properties?.GetTokenValue("refresh_token")));
                context.Principal = user.ToPrincipal(CookieScheme);
                return Task.CompletedTask;
            };
        });
    }

    // On every request that reads the cookie: a token about to expire is renewed (the session's, shared with the user's
    // live pages) and written into the cookie; a session whose renewal was refused signs the user out, and the sign-in
    // page says why.
    private static async Task RenewTokenAsync(CookieValidatePrincipalContext context)
    {
        if (StudioUser.From(context.Principal!) is not { Session: not null } user)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var tokens = await services.GetRequiredService<AccessTokenSessions>()
            .CurrentAsync(user, rejectedToken: null, services.GetRequiredService<ITokenRenewal>(), context.HttpContext.RequestAborted);
        if (tokens is null)
        {
            context.RejectPrincipal();
            context.HttpContext.Items[SessionEndedItem] = true;
            await context.HttpContext.SignOutAsync(CookieScheme);
            return;
        }

        if (tokens.AccessToken != user.AccessToken)
        {
            context.ReplacePrincipal(user.WithTokens(tokens).ToPrincipal(CookieScheme));
            context.ShouldRenew = true;
        }
    }
}
