using System.Security.Claims;

namespace Velferd.Workflows.Studio.SignIn;

/// <summary>
/// The signed-in user as the studio knows them from the sign-in cookie: who, which roles and teams, and the bearer
/// token the studio calls the host's API with on their behalf.
/// </summary>
public sealed record StudioUser(string UserName, string DisplayName, IReadOnlySet<string> Roles, IReadOnlySet<string> Teams, string AccessToken)
{
    /// <summary>The claim that keeps the host's bearer token inside the (encrypted) cookie.</summary>
    public const string AccessTokenClaim = "velferd_access_token";

    /// <summary>The claim with the bearer token's expiry (Unix seconds), when it is known.</summary>
    public const string AccessTokenExpiryClaim = "velferd_access_expires";

    /// <summary>The claim with the identity provider's refresh token (OpenID Connect only; the cookie is encrypted).</summary>
    public const string RefreshTokenClaim = "velferd_refresh_token";

    /// <summary>The claim naming this sign-in, whose renewed tokens <see cref="AccessTokenSessions"/> keeps.</summary>
    public const string SessionClaim = "velferd_session";

    /// <summary>This sign-in's id (null for a cookie from before sessions).</summary>
    public string? Session { get; init; }

    /// <summary>When <see cref="AccessToken"/> expires, when known.</summary>
    public DateTimeOffset? AccessTokenExpiresAt { get; init; }

    /// <summary>The identity provider's refresh token (OpenID Connect only).</summary>
    public string? RefreshToken { get; init; }

    /// <summary>The tokens as the cookie has them.</summary>
    public SessionTokens Tokens => new(AccessToken, AccessTokenExpiresAt, RefreshToken);

    /// <summary>The user of a principal signed in by the studio, or null if it is not one.</summary>
    public static StudioUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.FindFirstValue(AccessTokenClaim) is not { Length: > 0 } token)
        {
            return null;
        }

        var userName = principal.FindFirstValue("sub") ?? "";
        return new StudioUser(
            userName,
            principal.FindFirstValue("name") is { Length: > 0 } name ? name : userName,
            principal.FindAll("role").Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            principal.FindAll("team").Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            token)
        {
            Session = principal.FindFirstValue(SessionClaim),
            AccessTokenExpiresAt = long.TryParse(principal.FindFirstValue(AccessTokenExpiryClaim), System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : null,
            RefreshToken = principal.FindFirstValue(RefreshTokenClaim),
        };
    }

    /// <summary>This user in a new sign-in (a fresh session id) with <paramref name="tokens"/>.</summary>
    public StudioUser InNewSession(SessionTokens tokens) => WithTokens(tokens) with { Session = Guid.NewGuid().ToString("N") };

    /// <summary>This user with renewed tokens.</summary>
    public StudioUser WithTokens(SessionTokens tokens) =>
        this with { AccessToken = tokens.AccessToken, AccessTokenExpiresAt = tokens.ExpiresAt, RefreshToken = tokens.RefreshToken };

    /// <summary>
    /// The user the identity provider signed in, in the studio's terms: roles through the role map (so menus and actions
    /// follow the same roles the host enforces), teams as given; a claim given as one space-separated value is split,
    /// as the host reads it.
    /// </summary>
    public static StudioUser FromProvider(ClaimsPrincipal principal, string accessToken, Hosting.OpenIdConnectSettings settings)
    {
        var userName = principal.FindFirstValue(settings.UserClaim) ?? "";
        return new StudioUser(
            userName,
            principal.FindFirstValue(settings.NameClaim) is { Length: > 0 } name ? name : userName,
            Values(principal, settings.RoleClaim).Select(r => settings.RoleMap.GetValueOrDefault(r, r)).ToHashSet(StringComparer.Ordinal),
            Values(principal, settings.TeamClaim).ToHashSet(StringComparer.Ordinal),
            accessToken);
    }

    /// <summary>The cookie's principal for this user.</summary>
    public ClaimsPrincipal ToPrincipal(string authenticationType)
    {
        var claims = new List<Claim> { new("sub", UserName), new("name", DisplayName), new(AccessTokenClaim, AccessToken) };
        if (Session is not null)
        {
            claims.Add(new Claim(SessionClaim, Session));
        }

        if (AccessTokenExpiresAt is { } expiresAt)
        {
            claims.Add(new Claim(AccessTokenExpiryClaim, expiresAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (!string.IsNullOrEmpty(RefreshToken))
        {
            claims.Add(new Claim(RefreshTokenClaim, RefreshToken));
        }

        claims.AddRange(Roles.Select(r => new Claim("role", r)));
        claims.AddRange(Teams.Select(t => new Claim("team", t)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, "sub", "role"));
    }

    /// <summary>May use the inbox (the host's WorkTasks policy).</summary>
    public bool WorksTasks => HasAny(StudioRoles.Caseworker, StudioRoles.Supervisor, StudioRoles.Admin);

    /// <summary>
    /// May register a henvendelse or a melding to barnevernet (the host's WorkCases policy; which team a henvendelse
    /// may go to the host decides again).
    /// </summary>
    public bool RegistersCases => HasAny(StudioRoles.Caseworker, StudioRoles.Coordinator, StudioRoles.Supervisor, StudioRoles.Admin);

    /// <summary>May see the deadline overview and reassign (the host's SuperviseDeadlines policy).</summary>
    public bool Supervises => HasAny(StudioRoles.Supervisor, StudioRoles.Admin);

    /// <summary>May change pathways in the designer (the host's EditDefinitions policy).</summary>
    public bool EditsPathways => HasAny(StudioRoles.ProcessOwner, StudioRoles.Admin);

    private bool HasAny(params string[] roles) => roles.Any(Roles.Contains);

    private static IEnumerable<string> Values(ClaimsPrincipal principal, string type) =>
        principal.FindAll(type).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
