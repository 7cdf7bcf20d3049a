using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Velferd.Workflows.IntegrationTests.Hosting;

/// <summary>
/// An OpenID Connect provider for tests, on a free loopback port: a discovery document and the JSON Web Key Set of a
/// signing key made for this run, and tokens signed with it (or with a key it does not publish). No internet.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    private const string KeyId = "test-idp-1";
    private static readonly string[] Algorithms = ["RS256"];
    private readonly RSA _key = RSA.Create(2048);
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly ConcurrentDictionary<string, (Dictionary<string, object> Claims, string Audience)> _refreshTokens = new(StringComparer.Ordinal);
    private WebApplication? _app;

    /// <summary>The issuer and base address, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public string Authority { get; private set; } = "";

    /// <summary>How many times the host fetched the key set.</summary>
    public int KeySetReads { get; private set; }

    /// <summary>How many refresh grants the token endpoint answered with new tokens.</summary>
    public int RefreshGrants { get; private set; }

    /// <summary>A refresh token that gives new tokens with <paramref name="claims"/> for <paramref name="audience"/>, once.</summary>
    public string IssueRefreshToken(Dictionary<string, object> claims, string audience)
    {
        var token = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        _refreshTokens[token] = (claims, audience);
        return token;
    }

    /// <summary>Revokes a refresh token (the user was signed out at the provider, say).</summary>
    public void Revoke(string refreshToken) => _refreshTokens.TryRemove(refreshToken, out _);

    /// <summary>Starts the provider.</summary>
    public static async Task<TestIdentityProvider> StartAsync(CancellationToken cancellationToken)
    {
        var provider = new TestIdentityProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = provider.Authority,
            ["jwks_uri"] = provider.Authority + "/jwks",
            ["authorization_endpoint"] = provider.Authority + "/authorize",
            ["token_endpoint"] = provider.Authority + "/token",
            ["id_token_signing_alg_values_supported"] = Algorithms,
        }));
        app.MapGet("/jwks", () =>
        {
            provider.KeySetReads++;
            var key = provider._key.ExportParameters(false);
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = KeyId, n = Base64UrlEncoder.Encode(key.Modulus), e = Base64UrlEncoder.Encode(key.Exponent) } } });
        });
        // The refresh grant: a refresh token it issued and has not revoked or used gives a new access token (5 minutes)
        // and a new refresh token (rotation: the used one is spent); anything else is invalid_grant.
        app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (form["grant_type"] != "refresh_token" || !provider._refreshTokens.TryRemove(form["refresh_token"].ToString(), out var grant))
            {
                return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
            }

            provider.RefreshGrants++;
            return Results.Json(new
            {
                access_token = provider.Issue(grant.Claims, grant.Audience),
                token_type = "Bearer",
                expires_in = 300,
                refresh_token = provider.IssueRefreshToken(grant.Claims, grant.Audience),
            });
        });
        await app.StartAsync(cancellationToken);
        provider._app = app;
        provider.Authority = app.Urls.First().TrimEnd('/');
        return provider;
    }

    /// <summary>A token with <paramref name="claims"/> (a list value is a JSON array) for <paramref name="audience"/>.</summary>
    /// <param name="claims">The claims.</param>
    /// <param name="audience">The audience.</param>
    /// <param name="issuedAt">When it was issued (now when null).</param>
    /// <param name="lifetime">How long it lives (5 minutes when null).</param>
    /// <param name="signedByAnotherKey">Signed with a key the provider does not publish.</param>
    public string Issue(Dictionary<string, object> claims, string audience, DateTimeOffset? issuedAt = null, TimeSpan? lifetime = null, bool signedByAnotherKey = false)
    {
        var issued = issuedAt ?? TimeProvider.System.GetUtcNow();
        using var other = RSA.Create(2048);
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = audience,
            Claims = claims,
            IssuedAt = issued.UtcDateTime,
            NotBefore = issued.UtcDateTime,
            Expires = (issued + (lifetime ?? TimeSpan.FromMinutes(5))).UtcDateTime,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signedByAnotherKey ? other : _key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _key.Dispose();
    }
}
