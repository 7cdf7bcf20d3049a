using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Welfare.TeamWorkApi;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Welfare;

/// <summary>
/// Stafettholder over HTTP (R-35, R-36): exactly one holder at every moment, shown by <c>GET /api/cases/{id}</c>; an offer
/// changes nothing until the successor accepts; a declined offer changes nothing; only the successor answers, once.
/// </summary>
public sealed class HandoverApiTests(SqliteFrozenClockHostFixture fixture) : IClassFixture<SqliteFrozenClockHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TimeProvider Clock => fixture.Clock;

    [Fact]
    public async Task Handover_R35R36_TheOldHolderStaysHolderUntilTheSuccessorAccepts()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var petra = await fixture.Host.ClientForAsync("petra.ppt");
        var id = (await CreateAsync(tone, TitCase(PersonAged(Clock, 8), Guardian())))["id"]!.GetValue<string>();

        var atStart = await HolderAsync(tone, id);
        var offered = await tone.PostAsJsonAsync($"/api/cases/{id}/handovers", new { toUser = "petra.ppt" }, Ct);
        var offer = await BodyAsync(offered);
        var whileOffered = await HolderAsync(tone, id);
        var accepted = await petra.PostAsync($"/api/handovers/{offer["id"]}/accept", null, Ct);
        var afterwards = await HolderAsync(tone, id);

        Assert.Equal("tone.koordinator", atStart);
        Assert.Equal(HttpStatusCode.Created, offered.StatusCode);
        Assert.Equal(("tilbudt", "tone.koordinator"), (offer["status"]!.GetValue<string>(), offer["fromUser"]!.GetValue<string>()));
        Assert.Equal("tone.koordinator", whileOffered);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("petra.ppt", afterwards);
        Assert.Equal(["stafett-tilbudt", "stafett-overtatt"], (await TimelineKindsAsync(tone, id)).Where(k => k.StartsWith("stafett-", StringComparison.Ordinal)));
        Assert.Contains(await NotificationsAsync(petra), n => n!["kind"]!.GetValue<string>() == "stafett-tilbudt" && n["caseId"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task Handover_R36_DeclineChangesNothingOnlyTheSuccessorAnswersAndOnlyOnce()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var lars = await fixture.Host.ClientForAsync("lars.laerer");
        var petra = await fixture.Host.ClientForAsync("petra.ppt");
        var id = (await CreateAsync(tone, TitCase(PersonAged(Clock, 12), Guardian())))["id"]!.GetValue<string>();
        var offer = await BodyAsync(await tone.PostAsJsonAsync($"/api/cases/{id}/handovers", new { toUser = "lars.laerer" }, Ct));

        var second = await tone.PostAsJsonAsync($"/api/cases/{id}/handovers", new { toUser = "petra.ppt" }, Ct);
        var byOther = await petra.PostAsync($"/api/handovers/{offer["id"]}/accept", null, Ct);
        var declined = await lars.PostAsync($"/api/handovers/{offer["id"]}/decline", null, Ct);
        var acceptAfter = await lars.PostAsync($"/api/handovers/{offer["id"]}/accept", null, Ct);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Equal(("avslått", "tone.koordinator"), ((await BodyAsync(declined))["status"]!.GetValue<string>(), await HolderAsync(tone, id)));
        Assert.Equal(HttpStatusCode.Conflict, acceptAfter.StatusCode);
    }

    [Fact]
    public async Task Handover_R35_LevelZeroCaseHasNoHolderAndOffersAreRefused()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var body = TitCase(PersonAged(Clock, 8), Guardian());
        body["level"] = 0;
        var id = (await CreateAsync(tone, body))["id"]!.GetValue<string>();

        var offered = await tone.PostAsJsonAsync($"/api/cases/{id}/handovers", new { toUser = "petra.ppt" }, Ct);
        var blank = await tone.PostAsJsonAsync($"/api/cases/{id}/handovers", new { toUser = "" }, Ct);

        Assert.Null(await HolderAsync(tone, id));
        Assert.Equal(HttpStatusCode.Conflict, offered.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal(["toUser"], ErrorFields(await BodyAsync(blank)));
        Assert.Empty((await tone.GetFromJsonAsync<JsonArray>($"/api/cases/{id}/handovers", Ct))!);
    }
}
