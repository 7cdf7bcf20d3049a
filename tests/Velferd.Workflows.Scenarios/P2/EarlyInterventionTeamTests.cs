using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Scenarios.Pathways;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Host;
using Velferd.Workflows.Welfare.Persons;
using static Velferd.Workflows.Scenarios.Welfare.TeamWorkApi;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.P2;

/// <summary>
/// P2 «Tidlig innsatsteam» (DOMAIN.md §6) as seeded, from the referral to each end code it reaches on its own, driven
/// only through the API as the demo users, with time moved by the dev clock, on SQLite and PostgreSQL. Each class has a
/// host of its own because moving the clock moves it for every test of the host.
/// </summary>
public abstract class EarlyInterventionTeamTests(HostFixture fixture)
{
    private const string Pathway = "p2-tidlig-innsatsteam";

    private readonly PathwayApi _api = new(fixture.Host);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task P2_ConsentMeetingDecisionAndEvaluation_EndsAvsluttetMalNadd()
    {
        var (tone, caseId, _, instance) = await ReferredWithConsentAsync();
        var petra = await fixture.Host.ClientForAsync("petra.ppt");
        var meetingDeadline = Assert.Single(await PathwayApi.DeadlinesAsync(tone, caseId), d => d["name"]!.GetValue<string>() == "møtefrist");

        await HoldMeetingAsync(tone, caseId);
        await _api.PostAsync(petra, $"/api/cases/{caseId}/stafettlogg", new { kind = "goal", text = "Trives på skolen" });
        await _api.CompleteAsync(tone, caseId, "Beslutning i teammøtet", "Tiltak iverksettes", new JsonObject { ["evalueringsdato"] = InDays(42) });
        await _api.CompleteAsync(petra, caseId, "Evaluering i sak", "Mål nådd", new JsonObject { ["maloppnaelse"] = 5, ["barnetsOpplevelse"] = "Bedre nå." });

        Assert.Equal("Lokal frist", meetingDeadline["kindLabel"]!.GetValue<string>());
        Assert.Equal(OsloDate.Today(_api.Clock).AddDays(21 - 2).ToString("yyyy-MM-dd"), meetingDeadline["dueLocal"]!.GetValue<string>()[..10]);
        Assert.Equal(("Finished", "AVSLUTTET_MÅL_NÅDD"), await PathwayApi.InstanceAsync(tone, instance));
        Assert.Equal(("Closed", "AVSLUTTET_MÅL_NÅDD"), await PathwayApi.CaseAsync(tone, caseId));
        Assert.Equal("Met", Assert.Single(await PathwayApi.DeadlinesAsync(tone, caseId), d => d["name"]!.GetValue<string>() == "møtefrist")["status"]!.GetValue<string>());
        Assert.Empty(await PathwayApi.OpenTasksAsync(tone, caseId));
        Assert.Contains("journalfort", await TimelineKindsAsync(tone, caseId));
    }

    [Fact]
    public async Task P2_R31_ConsentWithdrawnWhileWaitingForTheMeeting_EndsAvsluttetSamtykkeTrukket()
    {
        var (tone, caseId, consentId, instance) = await ReferredWithConsentAsync();

        await _api.PostAsync(tone, $"/api/consents/{consentId}/withdraw", new { via = "skriftlig" });

        Assert.Equal(("Finished", "AVSLUTTET_SAMTYKKE_TRUKKET"), await PathwayApi.InstanceAsync(tone, instance));
        Assert.Equal(("Closed", "AVSLUTTET_SAMTYKKE_TRUKKET"), await PathwayApi.CaseAsync(tone, caseId));
        Assert.Equal("Cancelled", Assert.Single(await PathwayApi.DeadlinesAsync(tone, caseId), d => d["name"]!.GetValue<string>() == "møtefrist")["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task P2_R27_NoConsent_AnonymousDiscussion_EndsAnonymDroftingGjennomfort()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(_api.Clock, 9), Guardian(), Guardian())))["id"]!.GetValue<string>();
        var instance = await _api.StartAsync(tone, Pathway, caseId);

        await _api.CompleteAsync(tone, caseId, "Mottak", "Til samtykke", Referral());
        var consentTask = await PathwayApi.TaskAsync(tone, caseId, "Samtykke mangler");
        await _api.PostAsync(tone, "/api/anonymous-discussions", new { question = "Gutt med mye fravær, hva kan skolen gjøre?", ageBand = "6-9", advice = "Kartlegg fraværet." });
        await _api.CompleteAsync(tone, caseId, "Samtykke mangler", "Anonym drøfting gjennomført");

        Assert.Contains("Tilbake til henviser", consentTask["outcomes"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal(("Finished", "ANONYM_DRØFTING_GJENNOMFØRT"), await PathwayApi.InstanceAsync(tone, instance));
        Assert.Equal(("Closed", "ANONYM_DRØFTING_GJENNOMFØRT"), await PathwayApi.CaseAsync(tone, caseId));
    }

    [Fact]
    public async Task P2_R28_ConsentRegisteredAfterTheGateSaidMangler_GoesOnToTheMeeting()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var (mother, father) = (Guardian(), Guardian());
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(_api.Clock, 9), mother, father)))["id"]!.GetValue<string>();
        await _api.StartAsync(tone, Pathway, caseId);
        await _api.CompleteAsync(tone, caseId, "Mottak", "Til samtykke", Referral());

        await ConsentAsync(tone, caseId, Consent(_api.Clock, "Jeg vil ha hjelp.", (mother, "forelder"), (father, "forelder")));
        await _api.CompleteAsync(tone, caseId, "Samtykke mangler", "Samtykke registrert");

        Assert.Single(await PathwayApi.DeadlinesAsync(tone, caseId), d => d["name"]!.GetValue<string>() == "møtefrist");
        Assert.Empty(await PathwayApi.OpenTasksAsync(tone, caseId));
    }

    [Fact]
    public async Task P2_MeetingNotHeldWithinThreeWeeks_CoordinatorGetsATask_AndTheLaterMeetingGoesOn()
    {
        var (tone, caseId, _, _) = await ReferredWithConsentAsync();

        await _api.AdvanceAsync("P22D");
        var late = await PathwayApi.TaskAsync(tone, caseId, "ikke holdt innen fristen");
        await _api.CompleteAsync(tone, caseId, "ikke holdt innen fristen", "Møtet planlegges");
        await HoldMeetingAsync(tone, caseId);

        Assert.Equal("Coordinator", late["candidateRole"]!.GetValue<string>());
        Assert.Equal("Overdue", Assert.Single(await PathwayApi.DeadlinesAsync(tone, caseId), d => d["name"]!.GetValue<string>() == "møtefrist")["status"]!.GetValue<string>());
        Assert.Single(await PathwayApi.OpenTasksAsync(tone, caseId), t => t["title"]!.GetValue<string>().Contains("Beslutning i teammøtet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task P2_EvaluationMissedByFourteenDays_CoordinatorGetsATask()
    {
        var (tone, caseId, _, _) = await ReferredWithConsentAsync();
        await HoldMeetingAsync(tone, caseId);
        await _api.CompleteAsync(tone, caseId, "Beslutning i teammøtet", "Tiltak iverksettes", new JsonObject { ["evalueringsdato"] = InDays(7) });

        await _api.AdvanceAsync("P20D");
        var beforeEscalation = await PathwayApi.OpenTasksAsync(tone, caseId);
        await _api.AdvanceAsync("P3D");

        Assert.DoesNotContain(beforeEscalation, t => t["title"]!.GetValue<string>().Contains("passert med 14 dager", StringComparison.Ordinal));
        Assert.Equal("Coordinator", (await PathwayApi.TaskAsync(tone, caseId, "passert med 14 dager"))["candidateRole"]!.GetValue<string>());
        Assert.Single(await PathwayApi.OpenTasksAsync(tone, caseId), t => t["title"]!.GetValue<string>().StartsWith("Evaluering i sak", StringComparison.Ordinal));
    }

    [Fact]
    public async Task P2_R36_EvaluationHandsOverTheBaton_WaitsForAcceptance_ThenEvaluatesAgain()
    {
        var (tone, caseId, _, instance) = await ReferredWithConsentAsync();
        var petra = await fixture.Host.ClientForAsync("petra.ppt");
        await HoldMeetingAsync(tone, caseId);
        await _api.CompleteAsync(tone, caseId, "Beslutning i teammøtet", "Tiltak iverksettes", new JsonObject { ["evalueringsdato"] = InDays(30) });

        await _api.CompleteAsync(petra, caseId, "Evaluering i sak", "Bytt stafettholder", new JsonObject { ["maloppnaelse"] = 3 });
        var offer = await _api.PostAsync(tone, $"/api/cases/{caseId}/handovers", new { toUser = "petra.ppt" });
        var whileOffered = await PathwayApi.OpenTasksAsync(petra, caseId);
        await _api.PostAsync(petra, $"/api/handovers/{offer["id"]!.GetValue<string>()}/accept", new { });
        await _api.CompleteAsync(petra, caseId, "Evaluering i sak", "Flyttet", new JsonObject { ["maloppnaelse"] = 3 });

        Assert.Empty(whileOffered);
        Assert.Equal("petra.ppt", await HolderAsync(tone, caseId));
        Assert.Equal(("Finished", "FLYTTET"), await PathwayApi.InstanceAsync(tone, instance));
    }

    [Theory]
    [InlineData("Avslutt etter ønske", "AVSLUTTET_ETTER_ØNSKE")]
    [InlineData("Til koordinerende enhet", "OVERFØRT_KE")]
    public async Task P2_EvaluationClosesTheCase_EndsWithTheChosenEndCode(string outcome, string endCode)
    {
        var (tone, caseId, _, instance) = await ReferredWithConsentAsync();
        var hanne = await fixture.Host.ClientForAsync("hanne.helsesykepleier");
        await HoldMeetingAsync(tone, caseId);
        await _api.CompleteAsync(tone, caseId, "Beslutning i teammøtet", "Tiltak iverksettes", new JsonObject { ["evalueringsdato"] = InDays(30) });

        await _api.CompleteAsync(hanne, caseId, "Evaluering i sak", outcome, new JsonObject { ["maloppnaelse"] = 2 });

        Assert.Equal(("Finished", endCode), await PathwayApi.InstanceAsync(tone, instance));
        Assert.Equal(("Closed", endCode), await PathwayApi.CaseAsync(tone, caseId));
    }

    [Theory]
    [InlineData("Meldeplikt: melding til barnevernet", "OVERFØRT_P3")]
    [InlineData("Langvarige behov: individuell plan", "OVERFØRT_P5")]
    public async Task P2_DecisionInTheMeeting_HandsTheCaseOn(string outcome, string endCode)
    {
        var (tone, caseId, _, instance) = await ReferredWithConsentAsync();
        await HoldMeetingAsync(tone, caseId);

        await _api.CompleteAsync(tone, caseId, "Beslutning i teammøtet", outcome, new JsonObject { ["evalueringsdato"] = InDays(30) });

        Assert.Equal(("Finished", endCode), await PathwayApi.InstanceAsync(tone, instance));
    }

    [Fact]
    public async Task P2_CaseClosedThroughTheApi_EndsTheRunningPathwayWithThatCode()
    {
        var (tone, caseId, _, instance) = await ReferredWithConsentAsync();

        await _api.PostAsync(tone, $"/api/cases/{caseId}/close", new { endCode = "FLYTTET", reason = "Familien flyttet til Drammen." });

        Assert.Equal(("Finished", "FLYTTET"), await PathwayApi.InstanceAsync(tone, instance));
    }

    [Fact]
    public async Task P2_R29_ChildTurnsSixteen_TheParentsConsentNoLongerCoversIt_AndTheCoordinatorGetsARenewalTask()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var (mother, father) = (Guardian(), Guardian());
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(_api.Clock, 15, 11), mother, father)))["id"]!.GetValue<string>();
        await ConsentAsync(tone, caseId, Consent(_api.Clock, "Jeg vil ha hjelp.", (mother, "forelder"), (father, "forelder")));
        await _api.StartAsync(tone, Pathway, caseId);
        await _api.CompleteAsync(tone, caseId, "Mottak", "Til samtykke", Referral());
        var atFifteen = (await StatusAsync(tone, caseId))["status"]!.GetValue<string>();
        var tasksAtFifteen = await PathwayApi.OpenTasksAsync(tone, caseId);

        await _api.AdvanceAsync("P32D");

        Assert.Equal("GYLDIG", atFifteen);
        Assert.DoesNotContain(tasksAtFifteen, t => t["title"]!.GetValue<string>().Contains("må vurderes på nytt", StringComparison.Ordinal));
        Assert.Equal("DELVIS", (await StatusAsync(tone, caseId))["status"]!.GetValue<string>());
        Assert.Contains("samtykke-revurderes", await TimelineKindsAsync(tone, caseId));
        Assert.Equal("Coordinator", (await PathwayApi.TaskAsync(tone, caseId, "må vurderes på nytt"))["candidateRole"]!.GetValue<string>());
    }

    [Fact]
    public async Task P2_R32_ConsentDueForRenewal_TheCoordinatorGetsARenewalTaskInTheInbox()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var (mother, father) = (Guardian(), Guardian());
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(_api.Clock, 9), mother, father)))["id"]!.GetValue<string>();
        var consent = Consent(_api.Clock, "Jeg vil ha hjelp.", (mother, "forelder"), (father, "forelder"));
        consent["validTo"] = InDays(35);
        await ConsentAsync(tone, caseId, consent);
        await _api.StartAsync(tone, Pathway, caseId);
        await _api.CompleteAsync(tone, caseId, "Mottak", "Til samtykke", Referral());

        await _api.AdvanceAsync("P3D");
        var beforeRenewalDay = await PathwayApi.OpenTasksAsync(tone, caseId);
        await _api.AdvanceAsync("P3D");

        Assert.DoesNotContain(beforeRenewalDay, t => t["title"]!.GetValue<string>().Contains("utløper snart", StringComparison.Ordinal));
        Assert.Equal("Coordinator", (await PathwayApi.TaskAsync(tone, caseId, "utløper snart"))["candidateRole"]!.GetValue<string>());
    }

    private static JsonObject Referral() => new() { ["henviser"] = "Kontaktlærer", ["sporsmal"] = "Mye fravær og lite venner." };

    private string InDays(int days) => OsloDate.Today(_api.Clock).AddDays(days).ToString("yyyy-MM-dd");

    // Tone registers a TIT case for a 9-year-old with two guardians who both sign (with the child's view), refers it to
    // P2, and completes Mottak: the consent gate says Gyldig and the pathway waits for the team meeting. The guardians
    // are people Folkeregisteret and KRR know, so the meeting's invitations go out (R-70) and leave nobody a task.
    private async Task<(HttpClient Tone, string CaseId, string ConsentId, string Instance)> ReferredWithConsentAsync()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var (mother, father) = (new JsonObject { ["fnr"] = TestPersons.Mother }, new JsonObject { ["fnr"] = TestPersons.ReservedFather });
        var caseId = (await CreateAsync(tone, TitCase(PersonAged(_api.Clock, 9), mother, father)))["id"]!.GetValue<string>();
        var consent = await ConsentAsync(tone, caseId, Consent(_api.Clock, "Jeg vil ha hjelp.", (mother, "forelder"), (father, "forelder")));
        foreach (var (user, service) in new[] { ("petra.ppt", "ppt"), ("hanne.helsesykepleier", "helse") })
        {
            Assert.True((await tone.PostAsJsonAsync($"/api/cases/{caseId}/members", new { user, service }, Ct)).IsSuccessStatusCode);
        }

        var instance = await _api.StartAsync(tone, Pathway, caseId);
        await _api.CompleteAsync(tone, caseId, "Mottak", "Til samtykke", Referral());
        return (tone, caseId, consent["id"]!.GetValue<string>(), instance);
    }

    // The meeting is planned two days ahead with the consented services, the clock moves past it, and Tone records it.
    private async Task HoldMeetingAsync(HttpClient tone, string caseId)
    {
        var meeting = await _api.PostAsync(tone, $"/api/cases/{caseId}/meetings",
            Meeting(_api.Clock.GetUtcNow().AddDays(2), ["ppt", "helse"], ["skole", "helse"], ("petra.ppt", "ppt"), ("hanne.helsesykepleier", "helse")));
        await _api.AdvanceAsync("P2D");
        await _api.PostAsync(tone, $"/api/meetings/{meeting["id"]!.GetValue<string>()}/record",
            new { parentsPresent = true, childPresent = true, childView = "Jeg vil ha det bedre på skolen.", summary = "Mål og tiltak avtalt." });
    }
}

public sealed class SqliteEarlyInterventionTeamTests(SqliteHostFixture fixture) : EarlyInterventionTeamTests(fixture), IClassFixture<SqliteHostFixture>;

public sealed class PostgreSqlEarlyInterventionTeamTests(PostgreSqlHostFixture fixture) : EarlyInterventionTeamTests(fixture), IClassFixture<PostgreSqlHostFixture>;
