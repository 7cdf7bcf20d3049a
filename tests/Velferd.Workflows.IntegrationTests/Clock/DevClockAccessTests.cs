using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Velferd.Workflows.Host.Clock;
using Velferd.Workflows.Scheduling.Quartz;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.IntegrationTests.Clock.DevClockClient;

namespace Velferd.Workflows.IntegrationTests.Clock;

/// <summary>
/// Who may move the Development clock, what a bad move answers, that sign-in survives a year's move, that housekeeping
/// passed over runs once, and that the route is absent when the clock is not controllable (SQLite, real time).
/// </summary>
public sealed class DevClockAccessTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Move_AsCaseworkerOrAnonymous_IsRefused_AndTheClockStays()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var anonymous = fixture.Host.CreateClient();
        var before = await ClockAsync(ola);

        var caseworker = await PostMoveAsync(ola, """{"advance":"P7D"}""");
        var noOne = await PostMoveAsync(anonymous, """{"advance":"P7D"}""");
        var noOneReads = await anonymous.GetAsync("/api/dev/clock", Ct);
        var after = await ClockAsync(ola);

        Assert.Equal(HttpStatusCode.Forbidden, caseworker.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noOne.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noOneReads.StatusCode);
        Assert.Equal(before.Offset, after.Offset);
    }

    [Theory]
    [InlineData("""{"advance":"sju dager"}""", "advance")]
    [InlineData("""{"advance":"-P7D"}""", "advance")]
    [InlineData("""{"advance":"P400Y"}""", "advance")]
    [InlineData("""{"now":"i morgen"}""", "now")]
    [InlineData("""{"now":"1899-12-31T00:00:00Z"}""", "now")]
    [InlineData("""{"now":5}""", "now")]
    [InlineData("""{}""", "now")]
    [InlineData("""{"now":"2027-01-01T00:00:00Z","advance":"P1D"}""", "advance")]
    [InlineData("""ikke json""", "$")]
    public async Task Move_WithBadInput_AnswersAFieldError_AndTheClockStays(string body, string field)
    {
        var admin = await fixture.Host.ClientForAsync("admin");
        var before = await ClockAsync(admin);

        var response = await PostMoveAsync(admin, body);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);
        var after = await ClockAsync(admin);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(problem!["errors"]![field]!.AsArray());
        Assert.Equal(before.Offset, after.Offset);
    }

    [Fact]
    public async Task Move_AYearAhead_TokensIssuedBeforeAndAfterStillWork()
    {
        var admin = await fixture.Host.ClientForAsync("admin");
        var issuedBefore = await fixture.Host.ClientForAsync("ola.saksbehandler");

        var moved = await MoveAsync(admin, new { advance = "P1Y" });
        var oldToken = await issuedBefore.GetAsync("/api/tasks/mine", Ct);
        var issuedAfter = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var newToken = await issuedAfter.GetAsync("/api/tasks/mine", Ct);
        var adminAfter = await admin.GetAsync("/api/dev/clock", Ct);

        Assert.True(Offset(moved) > TimeSpan.FromDays(364));
        Assert.Equal(HttpStatusCode.OK, oldToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adminAfter.StatusCode);
    }

    [Fact]
    public async Task Advance_PastThreeNightlyRuns_RunsEachHousekeepingTaskEachNight()
    {
        var admin = await fixture.Host.ClientForAsync("admin");

        var moved = await MoveAsync(admin, new { advance = "P3D" });
        var stayed = await MoveAsync(admin, new { advance = "PT1M" });

        // As if the three nights had passed: a renewal due on the first night and an expiry on the third both happen.
        Assert.Equal(["age-milestone-scan", "consent-expiry-scan", "handover-reminder-scan", "retention"],
            moved["housekeepingRuns"]!.AsArray().Select(r => r!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal));
        Assert.All(moved["housekeepingRuns"]!.AsArray().CountBy(r => r!.GetValue<string>()), run => Assert.Equal(3, run.Value));
        Assert.True(moved["settled"]!.GetValue<bool>());
        Assert.Empty(stayed["housekeepingRuns"]!.AsArray());
    }

    [Fact]
    public async Task PollTrigger_MisfiresWhileTheClockIsMoved_KeepsTheHostsTime()
    {
        var admin = await fixture.Host.ClientForAsync("admin");
        await MoveAsync(admin, new { advance = "P1D" });
        var clock = fixture.Host.Services.GetRequiredService<ControllableClock>();
        var scheduler = await fixture.Host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);

        // The scheduler could not fire for an hour of the host's time (a laptop asleep): the poll trigger misfires.
        await scheduler.PauseTrigger(DeadlinePumpJob.PollTrigger, Ct);
        clock.SetUtcNow(clock.GetUtcNow().AddHours(1));
        await scheduler.ResumeTrigger(DeadlinePumpJob.PollTrigger, Ct);

        // Quartz works out a misfired trigger's next time from the scheduler's clock (the host's), not the system's: on
        // the system clock's time, a day behind, it would misfire again and again and fire without pause.
        await BackgroundWork.WaitUntilAsync(fixture.Host, async () =>
            (await scheduler.GetTrigger(DeadlinePumpJob.PollTrigger, Ct))?.NextFireTimeUtc > clock.GetUtcNow() - TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Clock_NotControllable_RouteIsNotFound()
    {
        await using var host = fixture.Host.WithWebHostBuilder(builder => builder.UseSetting("Clock:Controllable", "false"));
        var admin = await SignInAsync(host, "admin");

        var read = await admin.GetAsync("/api/dev/clock", Ct);
        var move = await PostMoveAsync(admin, """{"advance":"P7D"}""");

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, move.StatusCode);
    }

    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> host, string userName)
    {
        var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = "demo" }, Ct);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
