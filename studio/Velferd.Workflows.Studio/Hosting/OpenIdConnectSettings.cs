namespace Velferd.Workflows.Studio.Hosting;

/// <summary>The municipality's identity provider: everything the studio needs is a setting.</summary>
public sealed class OpenIdConnectSettings
{
    /// <summary>The issuer, e.g. <c>https://login.kommune.no/realms/velferd</c>. Empty turns OpenID Connect off.</summary>
    public string? Authority { get; set; }

    /// <summary>The studio's client id at the provider.</summary>
    public string? ClientId { get; set; }

    /// <summary>The client secret (environment variable <c>Studio__OpenIdConnect__ClientSecret</c>, never a file).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked for besides <c>openid</c> and <c>profile</c>, e.g. the host API's scope.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>The claim that names the user (as the host's <c>Auth:OpenIdConnect:UserClaim</c>).</summary>
    public string UserClaim { get; set; } = "sub";

    /// <summary>The claim that carries the user's roles (ProcessOwner, Caseworker, Supervisor, Admin).</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>The claim that carries the user's teams.</summary>
    public string TeamClaim { get; set; } = "team";

    /// <summary>The claim with the user's display name.</summary>
    public string NameClaim { get; set; } = "name";

    /// <summary>
    /// The provider's role values and the studio's role each stands for (e.g. Entra ID's <c>Velferd.Leder</c> →
    /// <c>Supervisor</c>), as the host's <c>Auth:OpenIdConnect:RoleMap</c>: both must say the same. A value not in the
    /// map is taken as it is.
    /// </summary>
    public Dictionary<string, string> RoleMap { get; set; } = [];

    /// <summary>True when the settings name a provider.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
