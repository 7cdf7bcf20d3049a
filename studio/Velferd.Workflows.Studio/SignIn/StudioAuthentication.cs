using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
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

    /// <summary>Signed in to the studio (with the cookie, whatever the app's default scheme is).</summary>
    public static AuthorizationPolicy Policy { get; } = new AuthorizationPolicyBuilder(CookieScheme).RequireAuthenticatedUser().Build();

    /// <summary>Adds the cookie scheme, and OpenID Connect when <paramref name="settings"/> name a provider outside Development.</summary>
    public static void AddStudioAuthentication(this IServiceCollection services, OpenIdConnectSettings settings, bool isDevelopment)
    {
        var authentication = services.AddAuthentication().AddCookie(CookieScheme, options =>
        {
            options.LoginPath = SignInEndpoints.StudioPath;
            options.ReturnUrlParameter = "returnUrl";
            options.Cookie.Name = "velferd.studio";
            options.Cookie.HttpOnly = true;

            // Lax, not Strict: the return from the identity provider is a cross-site navigation that must carry it.
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

            // The cookie lives as long as the host's token inside it, and is never renewed past it. Both run on the wall
            // clock: the host's development clock may be moved days ahead, which must not sign anyone out.
            options.TimeProvider = TimeProvider.System;
            options.SlidingExpiration = false;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);

            // .NET 10 answers 401 instead of redirecting for endpoints it takes for APIs; these are pages. Designer pages
            // keep their own sign-in address.
            options.Events.OnRedirectToLogin = context =>
            {
                var target = context.Request.Path.StartsWithSegments("/designer", StringComparison.OrdinalIgnoreCase)
                    ? SignInEndpoints.DesignerPath + new Uri(context.RedirectUri).Query
                    : context.RedirectUri;
                context.Response.Redirect(target);
                return Task.CompletedTask;
            };
        });

        if (isDevelopment || !settings.IsConfigured)
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

            // The cookie gets the studio's own claim names and the access token the studio calls the host with.
            options.Events.OnTicketReceived = context =>
            {
                var user = StudioUser.FromProvider(context.Principal!, context.Properties?.GetTokenValue("access_token") ?? "", settings);
                context.Principal = user.ToPrincipal(CookieScheme);
                return Task.CompletedTask;
            };
        });
    }
}
