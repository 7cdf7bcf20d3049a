using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
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
        services.AddSingleton<DemoUserDirectory>();
        services.AddSingleton<KnownUsers>();
        services.AddScoped<KnownUserDirectory>();

        // The demo users while they sign in; under the identity provider, the users the host has seen.
        services.AddScoped<IUserDirectory>(sp => sp.GetRequiredService<IOptions<IdentityProviderOptions>>().Value.IsConfigured
            ? sp.GetRequiredService<KnownUserDirectory>()
            : sp.GetRequiredService<DemoUserDirectory>());
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer();
        services.AddOptions<IdentityProviderOptions>().BindConfiguration(IdentityProviderOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TokenIssuer, IOptions<IdentityProviderOptions>>((options, issuer, provider) =>
            {
                options.MapInboundClaims = false;
                if (provider.Value.IsConfigured)
                {
                    UseIdentityProvider(options, provider.Value);
                    return;
                }

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

    // Production: the provider's tokens, checked against the keys its discovery document publishes (fetched and
    // refreshed by the handler), for our audience, then given the host's claim shape.
    private static void UseIdentityProvider(JwtBearerOptions options, IdentityProviderOptions provider)
    {
        options.Authority = provider.Authority;
        if (!string.IsNullOrWhiteSpace(provider.MetadataAddress))
        {
            options.MetadataAddress = provider.MetadataAddress;
        }

        options.RequireHttpsMetadata = provider.RequireHttpsMetadata;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidAudience = provider.Audience,
            NameClaimType = IdentityProviderClaims.User,
            RoleClaimType = IdentityProviderClaims.Role,
            RequireExpirationTime = true,
            ClockSkew = provider.ClockSkew,
        };
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = async context =>
            {
                var (principal, refusal) = IdentityProviderClaims.Map(context.Principal!, (JsonWebToken)context.SecurityToken, provider);
                if (principal is null)
                {
                    context.Fail(refusal!);
                    return;
                }

                context.Principal = principal;
                await context.HttpContext.RequestServices.GetRequiredService<KnownUsers>().RememberAsync(principal, context.HttpContext.RequestAborted);
            },
        };
    }
}
