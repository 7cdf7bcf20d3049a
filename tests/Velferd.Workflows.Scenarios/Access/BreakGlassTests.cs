using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Reports.ReportApi;
using static Velferd.Workflows.Scenarios.Welfare.TeamWorkApi;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Access;

/// <summary>
/// Break-glass (R-65) over HTTP: a reason is required, the access lasts 24 hours of the host's clock, the leader of the
/// case's team gets a task and a notice at once, the grant is listed for review, what is read through it is audited as
/// break-glass, and the user or the leader can end it before its time. Its own host, because the test moves the
/// Development clock.
/// </summary>
public sealed class BreakGlassTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BreakGlass_WithReason_OpensTheCaseFor24HoursTellsTheLeaderAndIsAuditedUntilItExpires()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var siri = await fixture.Host.ClientForAsync("siri.saksbehandler");
        var lise = await fixture.Host.ClientForAsync("lise.leder");
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(TimeProvider.System, 8), Guardian())))["id"]!.GetValue<string>();
        var before = await siri.GetAsync($"/api/cases/{caseId}", Ct);

        var withoutReason = await siri.PostAsJsonAsync($"/api/cases/{caseId}/break-glass", new { reason = "  " }, Ct);
        var noneListed = await lise.GetFromJsonAsync<JsonArray>("/api/break-glass", Ct);
        var now = await NowAsync(siri);
        var opened = await siri.PostAsJsonAsync($"/api/cases/{caseId}/break-glass", new { reason = "Akutt henvendelse fra politiet om barnet" }, Ct);
        var during = await siri.GetAsync($"/api/cases/{caseId}", Ct);
        await fixture.Host.WaitUntilIdleAsync(Idle);

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Equal(["reason"], ErrorFields(await BodyAsync(withoutReason)));
        Assert.DoesNotContain(noneListed!, g => g!["caseId"]!.GetValue<string>() == caseId);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var expiresAt = (await BodyAsync(opened))["expiresAt"]!.GetValue<DateTimeOffset>();
        Assert.InRange(expiresAt - now, TimeSpan.FromHours(24), TimeSpan.FromHours(24).Add(TimeSpan.FromMinutes(1)));
        Assert.Equal(HttpStatusCode.OK, during.StatusCode);

        var leaderTask = Assert.Single(await TasksAsync(lise, caseId));
        Assert.Contains("Gjennomgå nødtilgang: siri.saksbehandler", Text(leaderTask, "title"), StringComparison.Ordinal);
        var grant = Assert.Single((await lise.GetFromJsonAsync<JsonArray>("/api/break-glass", Ct))!, g => g!["caseId"]!.GetValue<string>() == caseId)!;
        Assert.Equal(("siri.saksbehandler", "Akutt henvendelse fra politiet om barnet"), (Text(grant, "user"), Text(grant, "reason")));
        var siriRows = (await lise.GetFromJsonAsync<JsonArray>($"/api/audit?caseId={caseId}&user=siri.saksbehandler", Ct))!;
        Assert.Equal(2, siriRows.Count);
        Assert.All(siriRows, r => Assert.True(r!["breakGlass"]!.GetValue<bool>()));
        Assert.Contains("nodtilgang-apnet", await TimelineKindsAsync(tone, caseId));

        await MoveClockAsync(await fixture.Host.ClientForAsync("kari.prosesseier"), new { advance = "PT24H1M" });
        Assert.Equal(HttpStatusCode.NotFound, (await siri.GetAsync($"/api/cases/{caseId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task EndBreakGlass_ByTheUserOrTheLeaderBeforeItsTime_ClosesTheCaseAtOnceAndTellsTheLeader()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var siri = await fixture.Host.ClientForAsync("siri.saksbehandler");
        var lise = await fixture.Host.ClientForAsync("lise.leder");
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(TimeProvider.System, 7), Guardian())))["id"]!.GetValue<string>();
        var first = await BodyAsync(await siri.PostAsJsonAsync($"/api/cases/{caseId}/break-glass", new { reason = "Trenger saken i natt" }, Ct));
        var firstId = Text(first, "id");

        var byAnother = await ola.PostAsync($"/api/break-glass/{firstId}/end", null, Ct);
        var ended = await siri.PostAsync($"/api/break-glass/{firstId}/end", null, Ct);
        var afterEnd = await siri.GetAsync($"/api/cases/{caseId}", Ct);
        var again = await siri.PostAsync($"/api/break-glass/{firstId}/end", null, Ct);
        var second = await BodyAsync(await siri.PostAsJsonAsync($"/api/cases/{caseId}/break-glass", new { reason = "Trenger saken igjen" }, Ct));
        var endedByLeader = await lise.PostAsync($"/api/break-glass/{Text(second, "id")}/end", null, Ct);
        var afterLeader = await siri.GetAsync($"/api/cases/{caseId}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, byAnother.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        var endedGrant = await BodyAsync(ended);
        Assert.Equal("siri.saksbehandler", Text(endedGrant, "endedBy"));
        Assert.Equal(endedGrant["endedAt"]!.GetValue<DateTimeOffset>(), endedGrant["expiresAt"]!.GetValue<DateTimeOffset>());
        Assert.True(endedGrant["expiresAt"]!.GetValue<DateTimeOffset>() < first["expiresAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(HttpStatusCode.NotFound, afterEnd.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, endedByLeader.StatusCode);
        Assert.Equal("lise.leder", Text(await BodyAsync(endedByLeader), "endedBy"));
        Assert.Equal(HttpStatusCode.NotFound, afterLeader.StatusCode);

        var notices = (await NotificationsAsync(lise)).Where(n => n!["caseId"]?.GetValue<string>() == caseId).Select(n => Text(n, "kind")).ToList();
        Assert.Equal(["nodtilgang-apnet", "nodtilgang-apnet", "nodtilgang-avsluttet", "nodtilgang-avsluttet"], notices.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(await NotificationsAsync(ola), n => n!["caseId"]?.GetValue<string>() == caseId);
        var listed = (await lise.GetFromJsonAsync<JsonArray>("/api/break-glass", Ct))!.Where(g => Text(g, "caseId") == caseId).Select(g => Text(g, "endedBy"));
        Assert.Equal(["lise.leder", "siri.saksbehandler"], listed);
        Assert.Equal(2, (await TimelineKindsAsync(tone, caseId)).Count(k => k == "nodtilgang-avsluttet"));
    }

    [Fact]
    public async Task BreakGlass_UserWhoAlreadySeesTheCase_Conflict_UnknownCase_NotFound()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(TimeProvider.System, 9), Guardian())))["id"]!.GetValue<string>();
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");

        var already = await ola.PostAsJsonAsync($"/api/cases/{caseId}/break-glass", new { reason = "Trenger saken" }, Ct);
        var unknown = await ola.PostAsJsonAsync("/api/cases/sak-som-ikke-finnes/break-glass", new { reason = "Trenger saken" }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, already.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
