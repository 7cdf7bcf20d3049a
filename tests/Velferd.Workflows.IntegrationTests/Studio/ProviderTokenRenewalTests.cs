using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Velferd.Workflows.IntegrationTests.Hosting;
using Velferd.Workflows.Studio.Hosting;
using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.IntegrationTests.Studio;

/// <summary>
/// The studio's renewal under OpenID Connect against a provider on loopback (<see cref="TestIdentityProvider"/>): the
/// refresh token the sign-in kept gives a new access token and a rotated refresh token at the token endpoint found in
/// the discovery document; a spent or revoked refresh token is refused, which ends the session.
/// </summary>
public sealed class ProviderTokenRenewalTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RenewAsync_RefreshTokenFromTheSignIn_NewAccessTokenAndARotatedRefreshToken_TheSpentOneRefusedAfter()
    {
        await using var provider = await TestIdentityProvider.StartAsync(Ct);
        var (renewal, user) = Renewal(provider);
        var refreshToken = provider.IssueRefreshToken(Claims(), "velferd-api");
        var current = new SessionTokens("gammel", Now.AddMinutes(1), refreshToken);

        var renewed = await renewal.RenewAsync(user, current, Ct);
        var spent = await renewal.RenewAsync(user, current, Ct);

        Assert.NotNull(renewed);
        Assert.Equal("ola@kommune.no", new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(renewed.AccessToken).Subject);
        Assert.Equal<DateTimeOffset?>(Now.AddSeconds(300), renewed.ExpiresAt);
        Assert.NotEqual(refreshToken, renewed.RefreshToken);
        Assert.NotNull(await renewal.RenewAsync(user, renewed, Ct));
        Assert.Null(spent);
        Assert.Equal(2, provider.RefreshGrants);
    }

    [Fact]
    public async Task RenewAsync_RevokedRefreshToken_Refused()
    {
        await using var provider = await TestIdentityProvider.StartAsync(Ct);
        var (renewal, user) = Renewal(provider);
        var refreshToken = provider.IssueRefreshToken(Claims(), "velferd-api");
        provider.Revoke(refreshToken);

        var answer = await renewal.RenewAsync(user, new SessionTokens("gammel", Now.AddMinutes(1), refreshToken), Ct);

        Assert.Null(answer);
        Assert.Equal(0, provider.RefreshGrants);
    }

    [Fact]
    public async Task RenewAsync_NoRefreshTokenKept_RefusedWithoutAskingTheProvider()
    {
        await using var provider = await TestIdentityProvider.StartAsync(Ct);
        var (renewal, user) = Renewal(provider);

        var answer = await renewal.RenewAsync(user, new SessionTokens("gammel", Now.AddMinutes(1), null), Ct);

        Assert.Null(answer);
        Assert.Equal(0, provider.RefreshGrants);
    }

    private static Dictionary<string, object> Claims() => new() { ["sub"] = "ola@kommune.no", ["role"] = "Caseworker" };

    // The studio's OpenID Connect options as AddStudioAuthentication sets them (the discovery document read over HTTP).
    private static (ProviderTokenRenewal Renewal, StudioUser User) Renewal(TestIdentityProvider provider)
    {
        var settings = new StudioOptions { OpenIdConnect = new OpenIdConnectSettings { Authority = provider.Authority, ClientId = "velferd-studio", ClientSecret = "hemmelig" } };
        var services = new ServiceCollection().AddLogging();
        services.AddAuthentication().AddOpenIdConnect(StudioAuthentication.OpenIdScheme, o =>
        {
            o.Authority = provider.Authority;
            o.ClientId = "velferd-studio";
            o.RequireHttpsMetadata = false;
        });
        var options = services.BuildServiceProvider().GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>();
        var renewal = new ProviderTokenRenewal(new HttpClient(), options, Options.Create(settings), new TokenClock(new FakeTimeProvider(Now)));
        var user = new StudioUser("ola@kommune.no", "Ola", new HashSet<string> { "Caseworker" }, new HashSet<string>(), "gammel");
        return (renewal, user);
    }
}
