using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Hosting;
using Velferd.Workflows.Studio.SignIn;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.IntegrationTests.Clock.DevClockClient;

namespace Velferd.Workflows.IntegrationTests.Studio;

/// <summary>
/// The studio run apart from the host counts days from the host's time: after a process owner moves the host's
/// development clock, «N dager igjen» and «forfalt» in the studio agree with the host's own <c>isOverdue</c>.
/// </summary>
public sealed class HostClockTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NowAsync_StudioApartAfterTheHostsClockMovedElevenDays_AnswersTheHostsTime()
    {
        var kari = await fixture.Host.ClientForAsync("kari.prosesseier");
        var studioClock = StudioClock(hostBaseUrl: "http://studio-apart.test/");

        await MoveAsync(kari, new { advance = "P11D" });
        var (hostNow, _) = await ClockAsync(kari);
        var studioNow = await studioClock.NowAsync(await UserAsync("kari.prosesseier"), Ct);

        Assert.InRange(studioNow, hostNow - Slack, hostNow + Slack);
        Assert.True(studioNow - TimeProvider.System.GetUtcNow() > TimeSpan.FromDays(10), $"the studio counted from its own clock: {studioNow:O}");
        await MoveAsync(kari, new { now = TimeProvider.System.GetUtcNow().ToString("O") });
    }

    [Fact]
    public async Task NowAsync_StudioInTheHostsProcess_AnswersThisProcesssClockWithoutAskingTheHost()
    {
        var local = new FakeTimeProvider(new DateTimeOffset(2026, 12, 24, 8, 0, 0, TimeSpan.Zero));
        var studioClock = StudioClock(hostBaseUrl: null, local);

        var now = await studioClock.NowAsync(await UserAsync("ola.saksbehandler"), Ct);

        Assert.Equal(local.GetUtcNow(), now);
    }

    /// <summary>A studio clock whose API client reaches the in-process host; a configured host address makes it "apart".</summary>
    private HostClock StudioClock(string? hostBaseUrl, TimeProvider? local = null)
    {
        var options = Options.Create(new StudioOptions { HostBaseUrl = hostBaseUrl });
        var address = new HostAddress(options, fixture.Host.Services.GetRequiredService<IServer>());
        return new HostClock(new HostApiClient(fixture.Host.CreateClient()), address, local ?? TimeProvider.System);
    }

    private async Task<StudioUser> UserAsync(string userName)
    {
        var response = await fixture.Host.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password = "demo" }, Ct);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenAnswer>(HostApiClient.Json, Ct))!.AccessToken;
        return new StudioUser(userName, userName, new HashSet<string>(), new HashSet<string>(), token);
    }
}
