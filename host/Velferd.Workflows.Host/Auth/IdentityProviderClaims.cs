using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Velferd.Workflows.Host.Auth;

/// <summary>
/// Turns a validated token of the identity provider into the principal the host's own tokens give (<c>sub</c>,
/// <c>name</c>, <c>role</c>, <c>team</c>, <c>service</c>), so access, audit and need to know read one shape whichever
/// sign-in was used.
/// </summary>
public static class IdentityProviderClaims
{
    /// <summary>The claim types of the host's principal.</summary>
    public const string User = "sub", Name = "name", Role = "role", Team = "team", Service = "service";

    /// <summary>The host's principal, or why the token is refused.</summary>
    public static (ClaimsPrincipal? Principal, string? Refusal) Map(ClaimsPrincipal token, JsonWebToken raw, IdentityProviderOptions options)
    {
        var user = token.FindFirst(options.UserClaimName)?.Value;
        if (string.IsNullOrWhiteSpace(user))
        {
            return (null, $"The token has no {options.UserClaimName} claim.");
        }

        if (raw.ValidTo - raw.IssuedAt > options.MaxTokenLifetime)
        {
            return (null, "The token lives longer than Auth:OpenIdConnect:MaxTokenLifetime allows.");
        }

        if (!string.IsNullOrWhiteSpace(options.RequiredScope) && !Scopes(token).Contains(options.RequiredScope))
        {
            return (null, "The token does not carry the required scope.");
        }

        var claims = new List<Claim> { new(User, user), new(Name, token.FindFirst(options.NameClaimName)?.Value ?? user) };
        claims.AddRange(Values(token, options.RoleClaimName).Select(r => new Claim(Role, options.RoleMap.GetValueOrDefault(r, r))));
        claims.AddRange(Values(token, options.TeamClaimName).Select(t => new Claim(Team, t)));
        claims.AddRange(Values(token, options.ServiceClaimName).Select(s => new Claim(Service, s)));
        return (new ClaimsPrincipal(new ClaimsIdentity(claims, "OpenIdConnect", User, Role)), null);
    }

    // A claim given as a JSON array arrives as one claim per value; one given as a space-separated string is split.
    private static IEnumerable<string> Values(ClaimsPrincipal token, string type) =>
        token.FindAll(type).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal);

    private static HashSet<string> Scopes(ClaimsPrincipal token) => [.. Values(token, "scope").Concat(Values(token, "scp"))];
}
