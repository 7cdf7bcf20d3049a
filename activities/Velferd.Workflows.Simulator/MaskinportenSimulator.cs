using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Velferd.Workflows.Simulator;

/// <summary>
/// The simulated Maskinporten: issues tokens for well-formed, unexpired JWT-bearer grants (checking the signature
/// when the client's public key is registered), and, when <see cref="RequireTokens"/> is on, makes every simulated
/// service answer 401 to a call without a valid token.
/// </summary>
public sealed class MaskinportenSimulator
{
    /// <summary>The audience grants must name.</summary>
    public const string Audience = "https://maskinporten.simulator/";

    private readonly ConcurrentDictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _keys = new(StringComparer.Ordinal);
    private int _tokenRequests;

    /// <summary>True makes the services demand a token (off by default, so clients without Maskinporten still work).</summary>
    public bool RequireTokens { get; set; }

    /// <summary>How long issued tokens last.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Token requests received (granted or not).</summary>
    public int TokenRequests => _tokenRequests;

    /// <summary>Registers a client's public key (PEM): its grants must then be signed with the matching private key.</summary>
    public void RegisterKey(string clientId, string publicKeyPem) => _keys[clientId] = publicKeyPem;

    /// <summary>Checks a grant and issues a token; null with a reason when the grant is refused.</summary>
    public (string? Token, string? Error) Issue(string? grantType, string? assertion, DateTimeOffset now)
    {
        Interlocked.Increment(ref _tokenRequests);
        if (grantType != "urn:ietf:params:oauth:grant-type:jwt-bearer" || assertion?.Split('.') is not [var header, var payload, var signature])
        {
            return (null, "invalid_request");
        }

        JsonNode? claims;
        try
        {
            claims = JsonNode.Parse(Decode(payload));
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return (null, "invalid_grant");
        }

        var issuer = claims?["iss"]?.GetValue<string>();
        var expires = claims?["exp"]?.GetValue<long>();
        if (claims?["aud"]?.GetValue<string>() != Audience || string.IsNullOrEmpty(issuer) || string.IsNullOrEmpty(claims?["scope"]?.GetValue<string>())
            || expires is null || DateTimeOffset.FromUnixTimeSeconds(expires.Value) < now)
        {
            return (null, "invalid_grant");
        }

        if (_keys.TryGetValue(issuer, out var pem))
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            if (!rsa.VerifyData(Encoding.ASCII.GetBytes($"{header}.{payload}"), Decode(signature), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return (null, "invalid_client");
            }
        }

        var token = $"mp-{Guid.NewGuid():N}";
        _tokens[token] = now + TokenLifetime;
        return (token, null);
    }

    /// <summary>True when the request may pass: tokens are not required, or it carries a valid one.</summary>
    public bool Admits(string? authorization, DateTimeOffset now) =>
        !RequireTokens
        || (authorization?.StartsWith("Bearer ", StringComparison.Ordinal) == true
            && _tokens.TryGetValue(authorization["Bearer ".Length..], out var expires)
            && now < expires);

    /// <summary>Forgets tokens and keys and stops requiring tokens.</summary>
    public void Reset()
    {
        _tokens.Clear();
        _keys.Clear();
        RequireTokens = false;
        Interlocked.Exchange(ref _tokenRequests, 0);
    }

    private static byte[] Decode(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '='));
    }
}
