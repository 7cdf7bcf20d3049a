using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Host;
using Velferd.Workflows.Welfare.Persons;
using static Velferd.Workflows.Scenarios.Welfare.TeamWorkApi;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Welfare;

/// <summary>
/// R-32 on the Development clock, in a host of its own (moving the clock moves it for every test of the host): the
/// consent-expiry scan runs as the clock passes its daily schedule, as it would over the weeks.
/// </summary>
public sealed class ConsentExpiryTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConsentExpiry_R32_RenewalAskedThirtyDaysBeforeThenExpiryCancelsTheMeetingAndPausesTeamWork()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var petra = await fixture.Host.ClientForAsync("petra.ppt");
        var admin = await fixture.Host.ClientForAsync("admin");
        var today = OsloDate.Today(TimeProvider.System);
        var mother = Guardian();
        var id = (await CreateAsync(tone, TitCase(PersonAged(TimeProvider.System, 9), mother)))["id"]!.GetValue<string>();
        var consent = Consent(TimeProvider.System, "Jeg vil at de snakker sammen.", (mother, "forelder"));
        consent["validTo"] = today.AddDays(40).ToString("yyyy-MM-dd");
        await ConsentAsync(tone, id, consent);
        var meeting = await BodyAsync(await tone.PostAsJsonAsync($"/api/cases/{id}/meetings",
            Meeting(TimeProvider.System.GetUtcNow().AddDays(50), ["ppt", "helse"], ["skole"], ("petra.ppt", "ppt")), Ct));

        await MoveAsync(admin, "P9D");
        var beforeRenewalDay = await TimelineKindsAsync(tone, id);
        await MoveAsync(admin, "P2D");
        var afterRenewalDay = await TimelineKindsAsync(tone, id);
        var renewalNotices = await NoticesAsync(tone, id, "samtykke-fornyes");
        // Past the consent's last day and past the daily scan after it (02:30 Oslo time), whatever the time of day the
        // test starts at: 30 days alone leave the clock before that scan when the test starts between 00:00 and 02:30.
        await MoveAsync(admin, "P30DT3H");
        var afterLastDay = await TimelineKindsAsync(tone, id);
        var expiryNotices = await NoticesAsync(tone, id, "samtykke-utlopt");
        var cancelled = (await tone.GetFromJsonAsync<JsonObject>($"/api/meetings/{meeting["id"]}", Ct))!;
        var avlyst = (await NotificationsAsync(petra)).Count(n => n!["kind"]!.GetValue<string>() == "mote-avlyst");
        var status = (await StatusAsync(tone, id))["status"]!.GetValue<string>();
        var newMeeting = await tone.PostAsJsonAsync($"/api/cases/{id}/meetings",
            Meeting(TimeProvider.System.GetUtcNow().AddDays(60), ["ppt"], ["skole"], ("petra.ppt", "ppt")), Ct);
        await MoveAsync(admin, "P1D");
        var dayAfter = await TimelineKindsAsync(tone, id);

        Assert.DoesNotContain("samtykke-fornyes", beforeRenewalDay);
        Assert.Single(afterRenewalDay, k => k == "samtykke-fornyes");
        Assert.Single(renewalNotices);
        Assert.Single(afterLastDay, k => k == "samtykke-utlopt");
        // Tone is both the stafettholder and a coordinator of the team: the holder's notice and the coordinators' alert.
        Assert.Equal(2, expiryNotices.Count);
        Assert.Equal("avlyst", cancelled["status"]!.GetValue<string>());
        Assert.Equal(1, avlyst);
        Assert.Equal("UTLØPT", status);
        Assert.Equal(HttpStatusCode.Conflict, newMeeting.StatusCode);
        Assert.Equal(1, dayAfter.Count(k => k == "samtykke-utlopt"));
        Assert.Equal(1, dayAfter.Count(k => k == "samtykke-fornyes"));
    }

    private static async Task MoveAsync(HttpClient admin, string advance)
    {
        var moved = await admin.PostAsJsonAsync("/api/dev/clock", new { advance }, Ct);
        Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync(Ct));
    }

    private static async Task<List<JsonNode?>> NoticesAsync(HttpClient client, string caseId, string kind) =>
        [.. (await NotificationsAsync(client)).Where(n => n!["kind"]!.GetValue<string>() == kind && n["caseId"]?.GetValue<string>() == caseId)];
}
