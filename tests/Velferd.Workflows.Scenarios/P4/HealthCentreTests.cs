using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Scenarios.Pathways;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.Scenarios.P4;

/// <summary>
/// P4 helsestasjon 0–2 (DOMAIN.md §6 P4, AS-20, R-60, R-76) as seeded: Folkeregisteret's birth event for the
/// simulator's newborn (born 2024-06-01) starts the programme, read from the feed as the feed service does, and the
/// helsestasjon's demo users (helene.helsestasjon, hilde.hsleder) work it through the API with the dev clock. Each test
/// sets the clock to the day after the birth and delivers a fresh birth event; the programme before it has ended.
/// </summary>
public abstract class HealthCentreTests(HostFixture fixture)
{
    private const string Pathway = "p4-helsestasjon-0-2";

    private static readonly string[] ConsultationDates =
        ["2024-06-29", "2024-07-13", "2024-09-01", "2024-10-01", "2024-11-01", "2024-12-01", "2025-02-01", "2025-04-01", "2025-06-01", "2025-09-01", "2025-12-01", "2026-06-01"];

    private readonly PathwayApi _api = new(fixture.Host);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // AS-20 and R-76: the event delivered twice starts one programme; the home visit is due 7–10 days after birth and the
    // consultation timers 4 weeks … 2 years run from the birth date; a declined visit is recorded and the 4-week
    // consultation stays. The nurse closes the case when the family moves: FLYTTET.
    [Fact]
    public async Task AS20_R76_BirthEventDeliveredTwice_OneProgramme_HomeVisitAndTimersFromBirth_DeclinedVisitKeepsTheConsultations_MovedEndsFlyttet()
    {
        var (helene, admin, caseId, instance) = await BornAsync(replayed: true);

        var visit = await PathwayApi.TaskAsync(helene, caseId, "Hjemmebesøk 7–10 dager etter fødsel");
        var visitDeadline = Assert.Single(await PathwayApi.DeadlinesAsync(helene, caseId), d => d["name"]!.GetValue<string>() == "hjemmebesøk");
        var timers = (await PathwayApi.DeadlinesAsync(helene, caseId)).Where(d => d["kindLabel"]!.GetValue<string>() == "Tidtaker")
            .Select(d => d["dueLocal"]!.GetValue<string>()[..10]).Order(StringComparer.Ordinal).ToList();
        await _api.CompleteAsync(helene, caseId, "Hjemmebesøk 7–10 dager etter fødsel", "Avslått av familien");
        await _api.AdvanceAsync("P14D");
        var consultation = await PathwayApi.TaskAsync(helene, caseId, "Konsultasjon 4 uker");
        await _api.PostAsync(helene, $"/api/cases/{caseId}/close", new { endCode = "FLYTTET", reason = "Familien har flyttet til en annen kommune." });

        Assert.Equal(("Lovpålagt frist", "2024-06-11"), (visitDeadline["kindLabel"]!.GetValue<string>(), visitDeadline["dueLocal"]!.GetValue<string>()[..10]));
        Assert.Equal("Caseworker", visit["candidateRole"]!.GetValue<string>());
        // Each consultation's timer fires 14 days before its date (4 and 6 weeks, 3 … 18 months, 2 years from 2024-06-01).
        Assert.Equal(
            ConsultationDates.Select(d => DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture).AddDays(-14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            timers);
        Assert.NotNull(consultation["dueAt"]);
        Assert.Equal(("Finished", "FLYTTET"), await PathwayApi.InstanceAsync(admin, instance));
    }

    // R-64 for P4: the birth event starts the programme for the team its Folkeregister trigger names (helsestasjon), so
    // the nurse and her leader see the instance and its age timers, the home visit waits in the team's inbox, and a
    // barnevern caseworker sees neither.
    [Fact]
    public async Task P4_BirthEvent_ProgrammeOwnedByHelsestasjon_TeamSeesInstanceAndInbox_OtherTeamDoesNot()
    {
        var (helene, admin, caseId, instance) = await BornAsync(replayed: false);
        var hilde = await fixture.Host.ClientForAsync("hilde.hsleder");
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");

        var summary = (await admin.GetFromJsonAsync<JsonObject>($"/api/instances/{instance}", Ct))!["instance"]!;
        var seenBy = (
            Nurse: (await helene.GetAsync($"/api/instances/{instance}", Ct)).StatusCode,
            Leader: (await hilde.GetAsync($"/api/instances/{instance}", Ct)).StatusCode,
            OtherTeam: (await bjorn.GetAsync($"/api/instances/{instance}", Ct)).StatusCode);
        var nurseTimers = (await PathwayApi.DeadlinesAsync(helene, caseId)).Count(d => d["kindLabel"]!.GetValue<string>() == "Tidtaker");
        var teamInbox = (await hilde.GetFromJsonAsync<JsonObject>($"/api/tasks/team/helsestasjon?caseId={caseId}", Ct))!["items"]!.AsArray();
        var nurseUnclaimed = await PathwayApi.OpenTasksAsync(helene, caseId);
        var otherTeamUnclaimed = await PathwayApi.OpenTasksAsync(bjorn, caseId);
        await _api.PostAsync(helene, $"/api/cases/{caseId}/close", new { endCode = "FLYTTET", reason = "Flyttet." });

        Assert.Equal("helsestasjon", summary["team"]!.GetValue<string>());
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound), seenBy);
        Assert.Equal(ConsultationDates.Length, nurseTimers);
        Assert.Contains(teamInbox, t => t!["title"]!.GetValue<string>().Contains("Hjemmebesøk", StringComparison.Ordinal));
        Assert.Contains(nurseUnclaimed, t => t["title"]!.GetValue<string>().Contains("Hjemmebesøk", StringComparison.Ordinal));
        Assert.Empty(otherTeamUnclaimed);
    }

    // P4 step 5: two consultations missed in a row → the nurse contacts the family within 7 days; three → the leader
    // assesses the case for P1. The child dies: DØDSFALL.
    [Fact]
    public async Task P4_ConsultationsMissed_TwoInARowNurseContacts_ThreeLeaderAssesses_DeathEndsDodsfall()
    {
        var (helene, admin, caseId, instance) = await BornAsync(replayed: false);
        var hilde = await fixture.Host.ClientForAsync("hilde.hsleder");

        await _api.AdvanceAsync("P14D");
        await _api.CompleteAsync(helene, caseId, "Konsultasjon 4 uker", "Ikke møtt");
        var afterOne = await PathwayApi.OpenTasksAsync(helene, caseId);
        await _api.AdvanceAsync("P14D");
        await _api.CompleteAsync(helene, caseId, "Konsultasjon 6 uker", "Ikke møtt");
        var contact = await PathwayApi.TaskAsync(helene, caseId, "To konsultasjoner uteblitt på rad");
        await _api.AdvanceAsync("P2M");
        await _api.CompleteAsync(helene, caseId, "Konsultasjon 3 måneder", "Ikke møtt");
        var leader = await PathwayApi.TaskAsync(hilde, caseId, "Tre konsultasjoner uteblitt");
        await _api.PostAsync(helene, $"/api/cases/{caseId}/close", new { endCode = "DØDSFALL", reason = "Barnet er dødt." });

        Assert.DoesNotContain(afterOne, t => t["title"]!.GetValue<string>().Contains("uteblitt", StringComparison.Ordinal));
        Assert.NotNull(contact["dueAt"]);
        Assert.Equal(("Supervisor", "High"), (leader["candidateRole"]!.GetValue<string>(), leader["priority"]!.GetValue<string>()));
        Assert.Equal(("Finished", "DØDSFALL"), await PathwayApi.InstanceAsync(admin, instance));
    }

    // P4 step 3: a concern at the home visit → a melding to barnevernet (MELDING_SENDT_P3) while the programme continues.
    [Fact]
    public async Task P4_ConcernAtTheHomeVisit_MeldingSentP3_ProgrammeContinues()
    {
        var (helene, admin, caseId, instance) = await BornAsync(replayed: false);

        await _api.CompleteAsync(helene, caseId, "Hjemmebesøk 7–10 dager etter fødsel", "Bekymring: melding til barnevernet", new JsonObject { ["vold"] = "Betydelig" });
        var melding = await PathwayApi.TaskAsync(helene, caseId, "Send melding til barnevernet");
        var details = (await admin.GetFromJsonAsync<JsonObject>($"/api/instances/{instance}", Ct))!;
        await _api.AdvanceAsync("P14D");
        var consultation = await PathwayApi.TaskAsync(helene, caseId, "Konsultasjon 4 uker");
        await _api.PostAsync(helene, $"/api/cases/{caseId}/close", new { endCode = "FLYTTET", reason = "Flyttet." });

        Assert.Equal("Caseworker", melding["candidateRole"]!.GetValue<string>());
        Assert.Equal("MELDING_SENDT_P3", details["output"]!["Melding"]!.GetValue<string>());
        Assert.Equal("Suspended", details["instance"]!["subStatus"]!.GetValue<string>());
        Assert.NotNull(consultation);
    }

    /// <summary>
    /// P4 step 7: the 2-year check ends the programme with its code. Run on SQLite only (the subclass): two years of
    /// timers and tasks in one move of the clock outlast the idle wait on a loaded PostgreSQL.
    /// </summary>
    protected async Task TwoYearCheckEndsWithTheChosenCodeAsync(string outcome, string endCode)
    {
        var (helene, admin, caseId, instance) = await BornAsync(replayed: false);

        await _api.AdvanceAsync("P2Y");
        await _api.CompleteAsync(helene, caseId, "2-årskontroll", outcome);

        Assert.Equal(("Finished", endCode), await PathwayApi.InstanceAsync(admin, instance));
        Assert.Equal(("Closed", endCode), await PathwayApi.CaseAsync(helene, caseId));
    }

    // The day after the newborn's birth, a fresh birth event (delivered twice when «replayed»), read from the feed: the
    // programme's one new instance and its case.
    // The instance, started by Folkeregisteret, belongs to the team its trigger names (helsestasjon); the administrator
    // lists the instances to find the new one.
    private async Task<(HttpClient Helene, HttpClient Admin, string CaseId, string Instance)> BornAsync(bool replayed)
    {
        await _api.SetClockAsync("2024-06-02T09:00:00+02:00");
        var helene = await fixture.Host.ClientForAsync("helene.helsestasjon");
        var admin = await fixture.Host.ClientForAsync("admin");
        var before = await InstanceIdsAsync(admin);
        await _api.DeliverBirthAsync(TestPersons.Newborn, replayed);
        var started = (await InstanceIdsAsync(admin)).Except(before).ToList();
        var instance = Assert.Single(started);
        var details = (await admin.GetFromJsonAsync<JsonObject>($"/api/instances/{instance}", Ct))!;
        return (helene, admin, details["instance"]!["correlationId"]!.GetValue<string>(), instance);
    }

    private static async Task<List<string>> InstanceIdsAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonObject>($"/api/instances?definitionId={Pathway}&pageSize=100", Ct))!["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>())];
}

public sealed class SqliteHealthCentreTests(SqliteHostFixture fixture) : HealthCentreTests(fixture), IClassFixture<SqliteHostFixture>
{
    [Theory]
    [InlineData("Standard oppfølging", "FULLFØRT_0_2_STANDARD")]
    [InlineData("Utvidet oppfølging", "FULLFØRT_0_2_UTVIDET")]
    [InlineData("Barnehage/PPT/TIT via P2 (samtykke)", "OVERFØRT_P2")]
    public Task P4_TwoYearCheck_EndsWithTheChosenCode(string outcome, string endCode) => TwoYearCheckEndsWithTheChosenCodeAsync(outcome, endCode);
}

public sealed class PostgreSqlHealthCentreTests(PostgreSqlHostFixture fixture) : HealthCentreTests(fixture), IClassFixture<PostgreSqlHostFixture>;
