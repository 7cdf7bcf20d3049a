using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.TeamWork;
using Velferd.Workflows.Testing.Host;
using Velferd.Workflows.Welfare.Persons;
using static Velferd.Workflows.Scenarios.Welfare.TeamWorkApi;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Welfare;

/// <summary>
/// Team meetings over HTTP as the demo users, on a frozen clock: no named discussion without written consent covering
/// every service present (R-27, R-28, AS-06, AS-07), the anonymous discussion that stores no identifier (R-33), no
/// meeting in the past (R-75), recording and cancelling, and the «avlyst» notice on withdrawal (R-31).
/// </summary>
public abstract class MeetingApiTests(FrozenClockHostFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TimeProvider Clock => fixture.Clock;

    private DateTimeOffset NextWeek => Clock.GetUtcNow().AddDays(7);

    [Fact]
    public async Task Schedule_AS06_NoConsent_409SkriftligSamtykkeManglerAndTheAnonymousDiscussionStoresNoIdentifier()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var child = PersonAged(Clock, 9, name: "Ola Nordmann");
        var id = (await CreateAsync(tone, TitCase(child, Guardian())))["id"]!.GetValue<string>();

        var refused = await tone.PostAsJsonAsync($"/api/cases/{id}/meetings", Meeting(NextWeek, ["ppt", "skole"], ["skole"]), Ct);
        var problem = await BodyAsync(refused);
        var discussed = await tone.PostAsJsonAsync("/api/anonymous-discussions",
            new { question = "Gutt i 4. klasse som ikke vil gå på skolen.", ageBand = "6-9", advice = "Kartlegg fravær sammen med skolen." }, Ct);
        var discussion = await BodyAsync(discussed);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("skriftlig samtykke mangler", problem["detail"]!.GetValue<string>());
        Assert.True(problem["anonymousDiscussionOffered"]!.GetValue<bool>());
        Assert.NotEmpty(problem["missing"]!.AsArray());
        Assert.Equal(0, await StoredMeetingsAsync(fixture.Host, id));
        Assert.Equal("mote-avvist", (await TimelineKindsAsync(tone, id))[^1]);
        Assert.Equal(HttpStatusCode.Created, discussed.StatusCode);
        var row = await AnonymousRowAsync(discussion["id"]!.GetValue<string>());
        var stored = string.Join('|', row.Question, row.AgeBand, row.Advice);
        Assert.DoesNotContain("Ola", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Nordmann", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(child["fnr"]!.GetValue<string>(), stored, StringComparison.Ordinal);
        Assert.DoesNotContain(id, stored, StringComparison.Ordinal);
        Assert.Equal(["Advice", "AgeBand", "At", "Id", "Question"], await AnonymousColumnsAsync());
    }

    [Fact]
    public async Task AnonymousDiscussion_R33_NumberInTheTextOrUnknownBand_400AndNothingStored()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var fnr = PersonAged(Clock, 9)["fnr"]!.GetValue<string>();
        var before = await AnonymousCountAsync();

        var response = await tone.PostAsJsonAsync("/api/anonymous-discussions", new { question = $"Gjelder {fnr}", ageBand = "9 år" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["ageBand", "question"], ErrorFields(await BodyAsync(response)));
        Assert.Equal(before, await AnonymousCountAsync());
    }

    [Fact]
    public async Task Schedule_AS07_SixteenYearsTwoMonthsWithParentsConsent_HealthMeetingBlockedUntilOwnConsent()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var (mother, father, child) = (Guardian(), Guardian(), PersonAged(Clock, 16, 2));
        var id = (await CreateAsync(tone, TitCase(child, mother, father)))["id"]!.GetValue<string>();
        await ConsentAsync(tone, id, Consent(Clock, "Det er greit.", (mother, "forelder"), (father, "forelder")));
        var health = Meeting(NextWeek, ["helse"], ["helse"]);

        var blocked = await tone.PostAsJsonAsync($"/api/cases/{id}/meetings", health, Ct);
        var blockedProblem = await BodyAsync(blocked);
        await ConsentAsync(tone, id, Consent(Clock, null, (child, "selv")));
        var scheduled = await tone.PostAsJsonAsync($"/api/cases/{id}/meetings", health, Ct);

        Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
        Assert.Equal("skriftlig samtykke mangler", blockedProblem["detail"]!.GetValue<string>());
        Assert.Contains(blockedProblem["missing"]!.AsArray(), m => m!.GetValue<string>().Contains("den unges eget samtykke mangler", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Created, scheduled.StatusCode);
        Assert.Equal("planlagt", (await BodyAsync(scheduled))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Schedule_AS07_ChildOf11_ParentsConsentIsEnoughButTheChildsViewIsMandatory()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var (mother, father) = (Guardian(), Guardian());
        var id = (await CreateAsync(tone, TitCase(PersonAged(Clock, 11), mother, father)))["id"]!.GetValue<string>();

        var withoutView = await tone.PostAsJsonAsync($"/api/cases/{id}/consents", Consent(Clock, null, (mother, "forelder"), (father, "forelder")), Ct);
        var blocked = await tone.PostAsJsonAsync($"/api/cases/{id}/meetings", Meeting(NextWeek, ["helse", "ppt"], ["helse", "skole"]), Ct);
        await ConsentAsync(tone, id, Consent(Clock, "Jeg vil at de snakker sammen.", (mother, "forelder"), (father, "forelder")));
        var scheduled = await tone.PostAsJsonAsync($"/api/cases/{id}/meetings", Meeting(NextWeek, ["helse", "ppt"], ["helse", "skole"]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, withoutView.StatusCode);
        Assert.Equal(["consent.childView"], ErrorFields(await BodyAsync(withoutView)));
        Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
        Assert.Equal(HttpStatusCode.Created, scheduled.StatusCode);
    }

    [Fact]
    public async Task Schedule_R27_ServicePresentWithoutConsent_409()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var mother = Guardian();
        var id = (await CreateAsync(tone, TitCase(PersonAged(Clock, 5), mother)))["id"]!.GetValue<string>();
        await ConsentAsync(tone, id, Consent(Clock, null, (mother, "forelder")));

        var withBarnevern = await tone.PostAsJsonAsync($"/api/cases/{id}/meetings", Meeting(NextWeek, ["ppt"], ["skole"], ("bjorn.barnevern", "barnevern")), Ct);
        var covered = await tone.PostAsJsonAsync($"/api/cases/{id}/meetings", Meeting(NextWeek, ["ppt"], ["skole"], ("hanne.helsesykepleier", "helse")), Ct);

        Assert.Equal(HttpStatusCode.Conflict, withBarnevern.StatusCode);
        Assert.Contains((await BodyAsync(withBarnevern))["missing"]!.AsArray(), m => m!.GetValue<string>().StartsWith("barnevern/skole", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Created, covered.StatusCode);
        Assert.Equal(["ppt", "helse"], (await BodyAsync(covered))["services"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public async Task Schedule_R25_SharingNeedsConsentForThatServiceThatCategoryNow_409OtherwiseAndOnlyTheCoveredMeetingIsStored()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var mother = Guardian();
        var id = (await CreateAsync(tone, TitCase(PersonAged(Clock, 5), mother)))["id"]!.GetValue<string>();
        await ConsentAsync(tone, id, Consent(Clock, null, (mother, "forelder")));
        var later = Guardian();
        var laterId = (await CreateAsync(tone, TitCase(PersonAged(Clock, 5), later)))["id"]!.GetValue<string>();
        var fromNextMonth = Consent(Clock, null, (later, "forelder"));
        fromNextMonth["validFrom"] = OsloDate.Today(Clock).AddMonths(1).ToString("yyyy-MM-dd");
        await ConsentAsync(tone, laterId, fromNextMonth);

        var otherCategory = await tone.PostAsJsonAsync($"/api/cases/{id}/meetings", Meeting(NextWeek, ["ppt"], ["okonomi"]), Ct);
        var notYet = await tone.PostAsJsonAsync($"/api/cases/{laterId}/meetings", Meeting(NextWeek, ["ppt"], ["skole"]), Ct);
        var covered = await tone.PostAsJsonAsync($"/api/cases/{id}/meetings", Meeting(NextWeek, ["ppt"], ["skole"]), Ct);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Created), (otherCategory.StatusCode, notYet.StatusCode, covered.StatusCode));
        Assert.Contains((await BodyAsync(otherCategory))["missing"]!.AsArray(), m => m!.GetValue<string>().StartsWith("ppt/okonomi", StringComparison.Ordinal));
        Assert.Contains((await BodyAsync(notYet))["missing"]!.AsArray(), m => m!.GetValue<string>().Contains("gjelder først fra", StringComparison.Ordinal));
        Assert.Equal((1, 0), (await StoredMeetingsAsync(fixture.Host, id), await StoredMeetingsAsync(fixture.Host, laterId)));
    }

    [Fact]
    public async Task Schedule_R75_AS25_InThePastAndUnknownService_400AllFieldErrorsAndNothingStored()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var mother = Guardian();
        var id = (await CreateAsync(tone, TitCase(PersonAged(Clock, 8), mother)))["id"]!.GetValue<string>();
        await ConsentAsync(tone, id, Consent(Clock, "Ja.", (mother, "forelder")));
        var unreadable = Meeting(NextWeek, ["ppt"], ["skole"]);
        unreadable["at"] = "neste fredag";

        var past = await tone.PostAsJsonAsync($"/api/cases/{id}/meetings", Meeting(Clock.GetUtcNow().AddMinutes(-1), ["ppt", "tannlege"], ["skole"]), Ct);
        var badTime = await tone.PostAsJsonAsync($"/api/cases/{id}/meetings", unreadable, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        var problem = await BodyAsync(past);
        Assert.Equal(["meeting.at", "meeting.services"], ErrorFields(problem));
        Assert.Contains("R-75", problem["errors"]!["meeting.at"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badTime.StatusCode);
        Assert.Single((await BodyAsync(badTime))["errors"]!["meeting.at"]!.AsArray());
        Assert.Equal(0, await StoredMeetingsAsync(fixture.Host, id));
        Assert.Equal(["sak-opprettet", "samtykke-registrert"], await TimelineKindsAsync(tone, id));
    }

    [Fact]
    public async Task Record_R30_HeldMeetingNeedsTheChildsViewAndIsRecordedOnce()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var mother = Guardian();
        var id = (await CreateAsync(tone, TitCase(PersonAged(Clock, 10), mother)))["id"]!.GetValue<string>();
        await ConsentAsync(tone, id, Consent(Clock, "Ja.", (mother, "forelder")));
        var meeting = await BodyAsync(await tone.PostAsJsonAsync($"/api/cases/{id}/meetings", Meeting(Clock.GetUtcNow().AddMinutes(1), ["ppt"], ["skole"]), Ct));
        var meetingId = meeting["id"]!.GetValue<string>();

        var early = await tone.PostAsJsonAsync($"/api/meetings/{meetingId}/record", new { parentsPresent = true, childPresent = true, childView = "Bra." }, Ct);
        fixture.Clock.Advance(TimeSpan.FromMinutes(2));
        var noView = await tone.PostAsJsonAsync($"/api/meetings/{meetingId}/record", new { parentsPresent = true, childPresent = false }, Ct);
        var recorded = await tone.PostAsJsonAsync($"/api/meetings/{meetingId}/record", new { parentsPresent = true, childPresent = false, childView = "Jeg vil ha hjelp.", summary = "Tiltak avtalt." }, Ct);
        var again = await tone.PostAsJsonAsync($"/api/meetings/{meetingId}/record", new { parentsPresent = true, childPresent = false, childView = "Igjen." }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noView.StatusCode);
        Assert.Equal(["childView"], ErrorFields(await BodyAsync(noView)));
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var held = await BodyAsync(recorded);
        Assert.Equal(("gjennomført", "Jeg vil ha hjelp."), (held["status"]!.GetValue<string>(), held["record"]!["childView"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(["mote-planlagt", "mote-gjennomfort"], (await TimelineKindsAsync(tone, id)).Where(k => k.StartsWith("mote-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Meeting_RecordNamesTheChildsNumber_AnswersOutsideTheCaseViewShowItMasked()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var mother = Guardian();
        var child = PersonAged(Clock, 10);
        var number = child["fnr"]!.GetValue<string>();
        var id = (await CreateAsync(tone, TitCase(child, mother)))["id"]!.GetValue<string>();
        await ConsentAsync(tone, id, Consent(Clock, "Ja.", (mother, "forelder")));
        var meeting = await BodyAsync(await tone.PostAsJsonAsync($"/api/cases/{id}/meetings", Meeting(Clock.GetUtcNow().AddMinutes(1), ["ppt"], ["skole"]), Ct));
        fixture.Clock.Advance(TimeSpan.FromMinutes(2));

        var recorded = await tone.PostAsJsonAsync(
            $"/api/meetings/{meeting["id"]}/record", new { parentsPresent = true, childPresent = true, childView = "Bra.", summary = $"Gjelder {number}." }, Ct);
        var read = await tone.GetStringAsync($"/api/meetings/{meeting["id"]}", Ct);

        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var masked = $"Gjelder ******{number[6..]}.";
        Assert.Equal(masked, (await BodyAsync(recorded))["record"]!["summary"]!.GetValue<string>());
        Assert.DoesNotContain(number, read, StringComparison.Ordinal);
        Assert.Contains(masked, read, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdraw_R31_AS05_FutureMeetingCancelledAndInviteesToldAvlystWithoutCaseDetails()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var petra = await fixture.Host.ClientForAsync("petra.ppt");
        var mother = Guardian();
        var child = PersonAged(Clock, 6, name: "Kari Testesen");
        var id = (await CreateAsync(tone, TitCase(child, mother)))["id"]!.GetValue<string>();
        var consent = await ConsentAsync(tone, id, Consent(Clock, null, (mother, "forelder")));
        var meeting = await BodyAsync(await tone.PostAsJsonAsync($"/api/cases/{id}/meetings",
            Meeting(NextWeek, ["ppt", "helse"], ["skole"], ("petra.ppt", "ppt"), ("hanne.helsesykepleier", "helse")), Ct));

        var withdrawn = await tone.PostAsJsonAsync($"/api/consents/{consent["id"]}/withdraw", new { via = "idporten" }, Ct);
        var after = (await tone.GetFromJsonAsync<JsonObject>($"/api/meetings/{meeting["id"]}", Ct))!;
        var notices = (await NotificationsAsync(petra)).Where(n => n!["kind"]!.GetValue<string>() == "mote-avlyst").ToList();

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal("avlyst", after["status"]!.GetValue<string>());
        var notice = Assert.Single(notices, n => n!["text"]!.GetValue<string>().Contains("avlyst", StringComparison.Ordinal))!;
        Assert.Null(notice["caseId"]);
        var text = notice["text"]!.GetValue<string>();
        Assert.DoesNotContain("Kari", text, StringComparison.Ordinal);
        Assert.DoesNotContain(id, text, StringComparison.Ordinal);
        Assert.DoesNotContain(child["fnr"]!.GetValue<string>(), text, StringComparison.Ordinal);
        Assert.Contains("mote-avlyst", await TimelineKindsAsync(tone, id));
    }

    [Fact]
    public async Task Cancel_ByHand_InviteesToldAvlystAndASecondCancelIs409()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var hanne = await fixture.Host.ClientForAsync("hanne.helsesykepleier");
        var mother = Guardian();
        var id = (await CreateAsync(tone, TitCase(PersonAged(Clock, 4), mother)))["id"]!.GetValue<string>();
        await ConsentAsync(tone, id, Consent(Clock, null, (mother, "forelder")));
        var meeting = await BodyAsync(await tone.PostAsJsonAsync($"/api/cases/{id}/meetings",
            Meeting(NextWeek, ["helse"], ["helse"], ("hanne.helsesykepleier", "helse")), Ct));
        var before = (await NotificationsAsync(hanne)).Count;

        var cancelled = await tone.PostAsJsonAsync($"/api/meetings/{meeting["id"]}/cancel", new { reason = "Familien er syk." }, Ct);
        var again = await tone.PostAsJsonAsync($"/api/meetings/{meeting["id"]}/cancel", new { }, Ct);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("avlyst", (await BodyAsync(cancelled))["status"]!.GetValue<string>());
        var notices = await NotificationsAsync(hanne);
        Assert.Equal(before + 1, notices.Count);
        Assert.DoesNotContain("syk", notices[0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Meetings_OfACaseTheUserMayNotSee_Are404()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var nils = await fixture.Host.ClientForAsync("nils.nav");
        var mother = Guardian();
        var id = (await CreateAsync(tone, TitCase(PersonAged(Clock, 6), mother)))["id"]!.GetValue<string>();
        await ConsentAsync(tone, id, Consent(Clock, null, (mother, "forelder")));
        var meeting = await BodyAsync(await tone.PostAsJsonAsync($"/api/cases/{id}/meetings", Meeting(NextWeek, ["ppt"], ["skole"]), Ct));

        var schedule = await nils.PostAsJsonAsync($"/api/cases/{id}/meetings", Meeting(NextWeek, ["ppt"], ["skole"]), Ct);
        var read = await nils.GetAsync($"/api/meetings/{meeting["id"]}", Ct);
        var cancel = await nils.PostAsJsonAsync($"/api/meetings/{meeting["id"]}/cancel", new { }, Ct);
        var anonymous = await fixture.Host.CreateClient().PostAsJsonAsync("/api/anonymous-discussions", new { question = "x", ageBand = "6-9" }, Ct);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (schedule.StatusCode, read.StatusCode, cancel.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(1, await StoredMeetingsAsync(fixture.Host, id));
    }

    private async Task<AnonymousDiscussionRow> AnonymousRowAsync(string id)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<AnonymousDiscussionRow>().AsNoTracking().SingleAsync(d => d.Id == id, Ct);
    }

    private async Task<int> AnonymousCountAsync()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<AnonymousDiscussionRow>().CountAsync(Ct);
    }

    private async Task<List<string>> AnonymousColumnsAsync()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var entity = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Model.FindEntityType(typeof(AnonymousDiscussionRow))!;
        return [.. entity.GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal)];
    }
}

public sealed class SqliteMeetingApiTests(SqliteFrozenClockHostFixture fixture) : MeetingApiTests(fixture), IClassFixture<SqliteFrozenClockHostFixture>;

public sealed class PostgreSqlMeetingApiTests(PostgreSqlFrozenClockHostFixture fixture) : MeetingApiTests(fixture), IClassFixture<PostgreSqlFrozenClockHostFixture>;
