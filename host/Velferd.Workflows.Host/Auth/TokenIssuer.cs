using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Host.Auth;

/// <summary>Issues and validates the host's bearer tokens (HMAC-SHA256).</summary>
public sealed class TokenIssuer
{
    /// <summary>Issuer and audience of our tokens.</summary>
    public const string Issuer = "velferd-workflows";

    private readonly JsonWebTokenHandler _handler = new();
    private readonly AuthOptions _options;
    private readonly TimeProvider _clock;

    /// <summary>
    /// Creates the issuer with the configured key, or a random one for this process. Lifetimes run on the wall clock,
    /// as their validation does, so moving the Development clock does not expire or pre-date a token.
    /// </summary>
    public TokenIssuer(IOptions<AuthOptions> options, [FromKeyedServices(WallClock.Key)] TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        var key = string.IsNullOrEmpty(_options.SigningKey) ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(_options.SigningKey);
        SigningKey = new SymmetricSecurityKey(key);
    }

    /// <summary>The key tokens are signed and validated with.</summary>
    public SymmetricSecurityKey SigningKey { get; }

    /// <summary>Issues a token for a user; <paramref name="lifetime"/> overrides the configured lifetime.</summary>
    public (string Token, DateTimeOffset ExpiresAt) Issue(DemoUser user, TimeSpan? lifetime = null)
    {
        var now = _clock.GetUtcNow();
        var expires = now + (lifetime ?? _options.TokenLifetime);
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, user.UserName),
            new("name", string.IsNullOrEmpty(user.DisplayName) ? user.UserName : user.DisplayName),
        };
        claims.AddRange(user.Roles.Select(r => new Claim("role", r)));
        claims.AddRange(user.Teams.Select(t => new Claim("team", t)));
        claims.AddRange(user.Services.Select(s => new Claim("service", s)));
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }
}
