namespace Velferd.Workflows.Host.Auth;

/// <summary>
/// Keeps the studio's OpenID Connect sign-in (<c>Studio:OpenIdConnect</c>) in step with the API's
/// (<c>Auth:OpenIdConnect</c>): the same provider and the same claim names for user, name, roles and teams, so the
/// studio's page access and the API's decisions read one identity. A value the studio's section sets itself wins; its
/// client id and secret are its own (the studio is a client, the API a resource).
/// </summary>
public static class StudioSignInSettings
{
    private const string Studio = "Studio:OpenIdConnect:";

    /// <summary>Fills the studio's missing settings from the API's.</summary>
    public static void FollowTheApi(IConfiguration configuration)
    {
        var api = configuration.GetSection(IdentityProviderOptions.SectionName).Get<IdentityProviderOptions>() ?? new IdentityProviderOptions();
        if (!api.IsConfigured)
        {
            return;
        }

        Default(configuration, "Authority", api.Authority!);
        Default(configuration, "UserClaim", api.UserClaimName);
        Default(configuration, "NameClaim", api.NameClaimName);
        Default(configuration, "RoleClaim", api.RoleClaimName);
        Default(configuration, "TeamClaim", api.TeamClaimName);
    }

    private static void Default(IConfiguration configuration, string key, string value)
    {
        if (string.IsNullOrWhiteSpace(configuration[Studio + key]))
        {
            configuration[Studio + key] = value;
        }
    }
}
