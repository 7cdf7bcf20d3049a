using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Host.Auth;

/// <summary>
/// Production sign-in (<c>Auth:OpenIdConnect</c>): the API accepts bearer tokens of the municipality's identity provider,
/// validated against its published keys, and reads roles, teams and services from the token's claims. Empty
/// <see cref="Authority"/> leaves the host's own demo tokens (Development).
/// </summary>
public sealed class IdentityProviderOptions : IValidatableObject
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Auth:OpenIdConnect";

    /// <summary>The provider, for the default claim names.</summary>
    public IdentityProviderKind Provider { get; set; } = IdentityProviderKind.Generic;

    /// <summary>The issuer, e.g. <c>https://login.microsoftonline.com/{tenant}/v2.0</c> or <c>https://idporten.no</c>.</summary>
    public string? Authority { get; set; }

    /// <summary>The discovery document; empty: <c>{Authority}/.well-known/openid-configuration</c>.</summary>
    public string? MetadataAddress { get; set; }

    /// <summary>The audience the tokens must be issued for (the API's client id or app id URI).</summary>
    public string? Audience { get; set; }

    /// <summary>A scope the token must carry (in <c>scope</c> or <c>scp</c>), e.g. <c>velferd:api</c>; empty: none asked.</summary>
    public string? RequiredScope { get; set; }

    /// <summary>False only for a provider on plain HTTP in a closed test network.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The claim that names the user (the audit's user); default by <see cref="Provider"/>.</summary>
    public string? UserClaim { get; set; }

    /// <summary>The claim with the display name.</summary>
    public string? NameClaim { get; set; }

    /// <summary>The claim with the roles; default by <see cref="Provider"/>.</summary>
    public string? RoleClaim { get; set; }

    /// <summary>The claim with the user's teams.</summary>
    public string? TeamClaim { get; set; }

    /// <summary>The claim with the user's services (barnevern, ppt, helse …).</summary>
    public string? ServiceClaim { get; set; }

    /// <summary>The provider's role values and the roles they give here (e.g. <c>Velferd.Saksbehandler</c> → <c>Caseworker</c>); a value not listed is kept as it is.</summary>
    public Dictionary<string, string> RoleMap { get; set; } = [];

    /// <summary>The longest a token may live (its <c>exp</c> − <c>iat</c>); a longer-lived token is refused.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The clock difference allowed when checking a token's times.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsConfigured && string.IsNullOrWhiteSpace(Audience))
        {
            yield return new ValidationResult("Auth:OpenIdConnect:Audience is required with an Authority.", [nameof(Audience)]);
        }
    }

    /// <summary>True when a provider is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>The user claim in use.</summary>
    public string UserClaimName => UserClaim ?? (Provider == IdentityProviderKind.EntraId ? "preferred_username" : "sub");

    /// <summary>The name claim in use.</summary>
    public string NameClaimName => NameClaim ?? "name";

    /// <summary>The role claim in use.</summary>
    public string RoleClaimName => RoleClaim ?? (Provider == IdentityProviderKind.EntraId ? "roles" : "role");

    /// <summary>The team claim in use.</summary>
    public string TeamClaimName => TeamClaim ?? "team";

    /// <summary>The service claim in use.</summary>
    public string ServiceClaimName => ServiceClaim ?? "service";
}
