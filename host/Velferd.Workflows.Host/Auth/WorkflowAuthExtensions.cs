using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;
using Velferd.Workflows.Core.HumanTasks;

namespace Velferd.Workflows.Host.Auth;

/// <summary>Who may call the API: bearer tokens and the role policies (the studio adds its own sign-in cookie).</summary>
public static class WorkflowAuthExtensions
{
    /// <summary>
    /// Adds token issuing and validation (<see cref="AuthOptions"/>) and the policies of
    /// <see cref="Policies"/>; every endpoint needs a signed-in user unless it says otherwise.
    /// </summary>
    public static IServiceCollection AddWorkflowAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<IUserDirectory, DemoUserDirectory>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer();
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
            .AddPolicy(Policies.WorkTasks, p => p.RequireRole(Roles.Caseworker, Roles.Supervisor, Roles.ProcessOwner, Roles.Admin))
            .AddPolicy(Policies.WorkCases, p => p.RequireRole(Roles.Caseworker, Roles.Coordinator, Roles.Supervisor, Roles.Admin))
            .AddPolicy(Policies.ReadAudit, p => p.RequireRole(Roles.Supervisor, Roles.Admin))
            .AddPolicy(Policies.ReadKpis, p => p.RequireRole(Roles.Supervisor, Roles.ProcessOwner, Roles.Admin))
            .AddPolicy(Policies.EditPolicy, p => p.RequireRole(Roles.ProcessOwner, Roles.Admin));
        return services;
    }
}
