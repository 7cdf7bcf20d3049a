using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Velferd.Workflows.Activities.Maskinporten;

namespace Velferd.Workflows.Tests.Activities;

public sealed class MaskinportenTokenClientTests : IDisposable
{
    private const string Scope = "folkeregister:deling/offentligmedhjemmel";
    private readonly RSA _key = RSA.Create(2048);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly StubTokenEndpoint _endpoint = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetToken_TwiceWithinItsLifetime_AsksMaskinportenOnce()
    {
        var client = Create();

        var first = await client.GetTokenAsync(Scope, Ct);
        _clock.Advance(TimeSpan.FromSeconds(59));
        var second = await client.GetTokenAsync(Scope, Ct);

        Assert.Equal(first, second);
        Assert.Single(_endpoint.Assertions);
    }

    [Fact]
    public async Task GetToken_WithinTheRefreshMarginOfExpiry_GetsANewToken()
    {
        var client = Create();

        var first = await client.GetTokenAsync(Scope, Ct);
        _clock.Advance(TimeSpan.FromSeconds(61));
        var second = await client.GetTokenAsync(Scope, Ct);

        Assert.NotEqual(first, second);
        Assert.Equal(2, _endpoint.Assertions.Count);
    }

    [Fact]
    public async Task GetToken_AnotherScope_GetsItsOwnToken()
    {
        var client = Create();

        await client.GetTokenAsync(Scope, Ct);
        await client.GetTokenAsync("krr:global/kontaktinformasjon.read", Ct);

        Assert.Equal(2, _endpoint.Assertions.Count);
    }

    [Fact]
    public async Task GetToken_Grant_IsSignedWithOurKeyAndNamesClientScopeAudienceAndA120SecondLifetime()
    {
        var client = Create();

        await client.GetTokenAsync(Scope, Ct);

        var parts = Assert.Single(_endpoint.Assertions).Split('.');
        Assert.True(_key.VerifyData(Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), Decode(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        var header = JsonNode.Parse(Decode(parts[0]))!;
        var claims = JsonNode.Parse(Decode(parts[1]))!;
        Assert.Equal(("RS256", "nokkel-1"), (header["alg"]!.GetValue<string>(), header["kid"]!.GetValue<string>()));
        Assert.Equal(("https://maskinporten.no/", "velferd-klient", Scope), (claims["aud"]!.GetValue<string>(), claims["iss"]!.GetValue<string>(), claims["scope"]!.GetValue<string>()));
        Assert.Equal(_clock.GetUtcNow().ToUnixTimeSeconds(), claims["iat"]!.GetValue<long>());
        Assert.Equal(120, claims["exp"]!.GetValue<long>() - claims["iat"]!.GetValue<long>());
    }

    [Fact]
    public async Task Invalidate_AfterA401_NextCallGetsANewToken()
    {
        var client = Create();
        var first = await client.GetTokenAsync(Scope, Ct);

        client.Invalidate(Scope);
        var second = await client.GetTokenAsync(Scope, Ct);

        Assert.NotEqual(first, second);
    }

    public void Dispose()
    {
        _key.Dispose();
        _endpoint.Dispose();
    }

    private MaskinportenTokenClient Create() => new(
        _endpoint,
        Options.Create(new MaskinportenOptions
        {
            Enabled = true,
            TokenEndpoint = "https://maskinporten.test/token",
            Audience = "https://maskinporten.no/",
            ClientId = "velferd-klient",
            KeyId = "nokkel-1",
            PrivateKeyPem = _key.ExportRSAPrivateKeyPem(),
        }),
        _clock);

    private static byte[] Decode(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '='));
    }

    /// <summary>A token endpoint that issues <c>token-1</c>, <c>token-2</c>, … for 120 s and keeps the grants it got.</summary>
    private sealed class StubTokenEndpoint : HttpMessageHandler, IHttpClientFactory
    {
        public List<string> Assertions { get; } = [];

        public HttpClient CreateClient(string name) => new(this, disposeHandler: false);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var form = await request.Content!.ReadAsStringAsync(cancellationToken);
            var assertion = form.Split('&').Single(p => p.StartsWith("assertion=", StringComparison.Ordinal))["assertion=".Length..];
            Assertions.Add(Uri.UnescapeDataString(assertion));
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent($$"""{ "access_token": "token-{{Assertions.Count}}", "token_type": "Bearer", "expires_in": 120 }""", Encoding.UTF8, "application/json"),
            };
        }
    }
}
