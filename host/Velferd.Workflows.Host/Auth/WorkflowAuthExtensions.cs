using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;
using Velferd.Workflows.Host.Designer;

namespace Velferd.Workflows.Host.Auth;

/// <summary>Who may call the API: bearer tokens for the API, the designer's sign-in cookie, and the role policies.</summary>
public static class WorkflowAuthExtensions
{
    /// <summary>
    /// Adds token issuing and validation (<see cref="AuthOptions"/>), the designer's cookie scheme, and the policies of
    /// <see cref="Policies"/>; every endpoint needs a signed-in user unless it says otherwise.
    /// </summary>
    public static IServiceCollection AddWorkflowAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TokenIssuer>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer()
            .AddCookie(DesignerPages.CookieScheme, options =>
            {
                options.LoginPath = $"{DesignerOptions.RequestPath}/login";
                options.ReturnUrlParameter = "returnUrl";
                options.Cookie.Name = "velferd.designer";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);

                // .NET 10 answers 401 instead of redirecting for endpoints it takes for APIs; the designer pages are pages.
                options.Events.OnRedirectToLogin = context =>
                {
                    context.Response.Redirect(context.RedirectUri);
                    return Task.CompletedTask;
                };
            });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TokenIssuer>((options, issuer) =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = TokenIssuer.Issuer,
                    ValidAudience = TokenIssuer.Issuer,
                    IssuerSigningKey = issuer.SigningKey,
                    NameClaimType = "sub",
                    RoleClaimType = "role",
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.EditDefinitions, p => p.RequireRole(Roles.ProcessOwner, Roles.Admin))
            .AddPolicy(Policies.RunInstances, p => p.RequireRole(Roles.ProcessOwner, Roles.Caseworker, Roles.Supervisor, Roles.Admin))
            .AddPolicy(Policies.CancelInstances, p => p.RequireRole(Roles.ProcessOwner, Roles.Supervisor, Roles.Admin))
            .AddPolicy(Policies.SuperviseDeadlines, p => p.RequireRole(Roles.Supervisor, Roles.Admin))
            .AddPolicy(Policies.WorkTasks, p => p.RequireRole(Roles.Caseworker, Roles.Supervisor, Roles.Admin));
        return services;
    }
}
