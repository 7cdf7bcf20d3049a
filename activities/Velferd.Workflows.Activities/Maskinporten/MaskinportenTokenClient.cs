using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Activities.Maskinporten;

/// <summary>
/// Gets access tokens from Maskinporten with the JWT-bearer grant (RFC 7523): a short JWT naming our client, the
/// scope and Maskinporten as audience, signed RS256 with our key. Tokens are cached per scope until
/// <see cref="MaskinportenOptions.RefreshBeforeExpiry"/> before they expire, by the wall clock (Maskinporten keeps
/// real time, whatever the Development clock says).
/// </summary>
/// <remarks>One instance per process (a singleton), so the cache is shared; one refresh per scope at a time.</remarks>
public sealed class MaskinportenTokenClient(IHttpClientFactory httpClients, IOptions<MaskinportenOptions> options, [FromKeyedServices(WallClock.Key)] TimeProvider clock)
{
    /// <summary>The name of the <see cref="HttpClient"/> that calls the token endpoint.</summary>
    public const string HttpClientName = "Maskinporten";

    private const string GrantType = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private readonly ConcurrentDictionary<string, CachedToken> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _refreshing = new(StringComparer.Ordinal);

    /// <summary>A valid token for <paramref name="scope"/>, from the cache or freshly issued.</summary>
    /// <exception cref="RemoteServiceException">Maskinporten refused or failed.</exception>
    public async Task<string> GetTokenAsync(string scope, CancellationToken cancellationToken)
    {
        if (TryCached(scope) is { } cached)
        {
            return cached;
        }

        var gate = _refreshing.GetOrAdd(scope, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (TryCached(scope) is { } refreshedMeanwhile)
            {
                return refreshedMeanwhile;
            }

            var issuedAt = clock.GetUtcNow();
            var token = await RequestAsync(scope, issuedAt, cancellationToken);
            _tokens[scope] = new CachedToken(token.AccessToken, issuedAt + TimeSpan.FromSeconds(token.ExpiresIn));
            return token.AccessToken;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets the cached token for a scope (a service answered 401: the token may have been revoked).</summary>
    public void Invalidate(string scope) => _tokens.TryRemove(scope, out _);

    /// <summary>The signed grant (exposed for tests of its claims and signature).</summary>
    internal string CreateGrant(string scope, DateTimeOffset now)
    {
        var settings = options.Value;
        var header = new Dictionary<string, string> { ["alg"] = "RS256", ["typ"] = "JWT" };
        if (!string.IsNullOrEmpty(settings.KeyId))
        {
            header["kid"] = settings.KeyId;
        }

        var payload = new Dictionary<string, object>
        {
            ["aud"] = settings.Audience,
            ["iss"] = settings.ClientId,
            ["scope"] = scope,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + settings.GrantLifetime).ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString(),
        };
        var signingInput = $"{Base64Url(JsonSerializer.SerializeToUtf8Bytes(header))}.{Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload))}";
        using var rsa = RSA.Create();
        rsa.ImportFromPem(settings.PrivateKeyPem);
        var signature = rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signingInput}.{Base64Url(signature)}";
    }

    private string? TryCached(string scope) =>
        _tokens.TryGetValue(scope, out var token) && clock.GetUtcNow() < token.ExpiresAt - options.Value.RefreshBeforeExpiry ? token.AccessToken : null;

    private async Task<TokenResponse> RequestAsync(string scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = GrantType,
            ["assertion"] = CreateGrant(scope, now),
        });
        var http = httpClients.CreateClient(HttpClientName);
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(new Uri(options.Value.TokenEndpoint), form, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new RemoteServiceException(HttpClientName, null, null, isTransient: true, e);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var status = response.StatusCode;
                throw new RemoteServiceException(HttpClientName, status, null, isTransient: (int)status >= 500 || (int)status == 429);
            }

            var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
            return token is { AccessToken.Length: > 0, ExpiresIn: > 0 }
                ? token
                : throw new RemoteServiceException(HttpClientName, response.StatusCode, null, isTransient: false);
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed record CachedToken(string AccessToken, DateTimeOffset ExpiresAt);

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
