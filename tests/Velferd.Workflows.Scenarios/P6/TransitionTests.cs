using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Scenarios.Pathways;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Host;
using Velferd.Workflows.Welfare.Persons;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.P6;

/// <summary>
/// P6 transition at 18 and ettervern (DOMAIN.md §3.5, §6 P6) as seeded, driven through the API as the barnevern demo
/// users (bjorn.barnevern the caseworker, berit.bvleder the leader) with time moved by the dev clock: a measure starts
/// the pathway, the milestones come from the birth date, each decision leads to its end codes.
/// </summary>
public abstract class TransitionTests(HostFixture fixture)
{
    private const string Pathway = "p6-overgang-ved-18";

    private readonly PathwayApi _api = new(fixture.Host);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => OsloDate.Today(_api.Clock);

    // AS-14: born so that the young person turns 17 tomorrow; the task comes at 17, the leader is alerted after
    // 17 y 6 m, and at 18 with nothing recorded the case is on the red list and cannot be closed.
    [Fact]
    public async Task AS14_R41_NoDecisionRecorded_TaskAtSeventeen_LeaderAlertedAfterSeventeenAndAHalf_RedListAndNoClosingAtEighteen()
    {
        var born = Today.AddDays(1).AddYears(-17);
        var (bjorn, caseId, instance) = await WithMeasureAsync(born, "hjelpetiltak");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var beforeSeventeen = await PathwayApi.OpenTasksAsync(bjorn, caseId);

        await _api.AdvanceAsync("P1D");
        var conversation = await PathwayApi.TaskAsync(bjorn, caseId, "Overgangssamtale/ettervernsplan");
        var decisionDeadline = Assert.Single(await PathwayApi.DeadlinesAsync(bjorn, caseId), d => d["name"]!.GetValue<string>() == "beslutning_17_år_6_måneder");

        await _api.AdvanceAsync("P6M");
        await _api.AdvanceAsync("P1D");
        var alert = await PathwayApi.TaskAsync(berit, caseId, "Ingen beslutning om ettervern ved 17 år og 6 måneder");
        var overdue = Assert.Single(await PathwayApi.DeadlinesAsync(bjorn, caseId), d => d["name"]!.GetValue<string>() == "beslutning_17_år_6_måneder");
        var redListBeforeEighteen = await RedListAsync(berit);

        await _api.AdvanceAsync("P6M");
        var redList = await RedListAsync(berit);
        var transition = await TransitionAsync(bjorn, caseId);
        var close = await bjorn.PostAsJsonAsync($"/api/cases/{caseId}/close", new { endCode = "AVSLUTTET_ETTER_ØNSKE", reason = "Fylt 18 år." }, Ct);
        var redTask = await PathwayApi.TaskAsync(berit, caseId, "Rød liste: 18 år uten beslutning om ettervern");

        Assert.Empty(beforeSeventeen);
        Assert.NotNull(conversation["dueAt"]);
        Assert.Equal(("Lokal frist", DecisionDue(born)), (decisionDeadline["kindLabel"]!.GetValue<string>(), decisionDeadline["dueLocal"]!.GetValue<string>()[..10]));
        Assert.Equal(("Supervisor", "High"), (alert["candidateRole"]!.GetValue<string>(), alert["priority"]!.GetValue<string>()));
        Assert.Equal("Overdue", overdue["status"]!.GetValue<string>());
        Assert.DoesNotContain(redListBeforeEighteen, e => e["caseId"]!.GetValue<string>() == caseId);
        Assert.Contains(redList, e => e["caseId"]!.GetValue<string>() == caseId && e["adult"]!.GetValue<string>() == born.AddYears(18).ToString("yyyy-MM-dd"));
        Assert.True(transition["onRedList"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Conflict, close.StatusCode);
        Assert.Contains("R-41", (await BodyAsync(close))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Supervisor", redTask["candidateRole"]!.GetValue<string>());
        Assert.Equal(("Suspended", null), await PathwayApi.InstanceAsync(bjorn, instance));
    }

    // a decision recorded after 18 takes the case off the red list; the pathway goes on with it.
    [Fact]
    public async Task R41_DecisionRecordedAfterEighteen_OffTheRedList_CaseMayClose()
    {
        var (bjorn, caseId, _) = await WithMeasureAsync(Today.AddYears(-18).AddDays(-3), "omsorgstiltak");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var onList = await RedListAsync(berit);

        await _api.PostAsync(bjorn, $"/api/cases/{caseId}/ettervern/decline", new { reason = "Vil klare seg selv." });
        var offList = await RedListAsync(berit);
        var close = await bjorn.PostAsJsonAsync($"/api/cases/{caseId}/close", new { endCode = "AVSLUTTET_ETTER_ØNSKE", reason = "Takket nei." }, Ct);

        Assert.Contains(onList, e => e["caseId"]!.GetValue<string>() == caseId);
        Assert.DoesNotContain(offList, e => e["caseId"]!.GetValue<string>() == caseId);
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
    }

    // the milestones follow the registered birth date, not the digits of the number.
    [Fact]
    public async Task R40_BirthDateDiffersFromTheNumbersDigits_MilestonesFollowTheBirthDate()
    {
        var born = Today.AddYears(-16).AddDays(10);
        var child = PersonBorn(born.AddMonths(-2));
        child["birthDate"] = born.ToString("yyyy-MM-dd");
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var caseId = (await CreateAsync(bjorn, CaseOf("Barnevern", "bv-vest", child)))["id"]!.GetValue<string>();
        await _api.PostAsync(bjorn, $"/api/cases/{caseId}/measures", new { kind = "hjelpetiltak", startDate = Today.ToString("yyyy-MM-dd") });

        var transition = await TransitionAsync(bjorn, caseId);
        var milestones = (await PathwayApi.DeadlinesAsync(bjorn, caseId)).Where(d => d["kindLabel"]!.GetValue<string>() == "Tidtaker").Select(d => d["dueLocal"]!.GetValue<string>()[..10]).Order().ToList();

        Assert.Equal(
            (born.AddYears(17).ToString("yyyy-MM-dd"), DecisionDue(born), born.AddYears(18).ToString("yyyy-MM-dd"), born.AddYears(25).ToString("yyyy-MM-dd")),
            (transition["transitionStarts"]!.GetValue<string>(), transition["decisionDue"]!.GetValue<string>(), transition["adult"]!.GetValue<string>(), transition["aftercareEnds"]!.GetValue<string>()));
        Assert.Equal([born.AddYears(17).ToString("yyyy-MM-dd"), born.AddYears(18).ToString("yyyy-MM-dd")], milestones);
    }

    // AS-15 and R-43: the decline is recorded, the letter on the right to change one's mind goes out as a letter through
    // KRR (digital post to the mother, who has a mailbox; the young person gets it in their own name too), «spør på nytt»
    // is due a year later; asked again and still no: AVSLÅTT_OG_PÅMINNET.
    [Fact]
    public async Task AS15_R43_DeclinedOnFirstApril_LetterOnTheRightToChangeOnesMindByDigitalPost_AskAgainDueAYearLater_StillNo_EndsAvslattOgPaminnet()
    {
        var (bjorn, caseId, instance) = await WithMeasureAsync(Today.AddYears(-17).AddMonths(-8), "hjelpetiltak", TestPersons.Mother);

        var decline = await _api.PostAsync(bjorn, $"/api/cases/{caseId}/ettervern/decline", new { declinedOn = "2026-04-01", reason = "Vil bo hos kjæresten." });
        await BackgroundWork.WaitUntilSettledAsync(fixture.Host, TimeSpan.FromSeconds(60));
        var letters = (await bjorn.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/letters", Ct))!.Select(l => l!.AsObject()).ToList();
        var tasks = await PathwayApi.OpenTasksAsync(bjorn, caseId);
        var askAgain = await PathwayApi.TaskAsync(bjorn, caseId, "Spør på nytt om ettervern");
        var askAgainDeadline = Assert.Single(await PathwayApi.DeadlinesAsync(bjorn, caseId), d => d["name"]!.GetValue<string>() == "spør_på_nytt");
        await _api.CompleteAsync(bjorn, caseId, "Spør på nytt om ettervern", "Ønsker fortsatt ikke ettervern", new JsonObject { ["svar"] = "Fortsatt nei." });

        Assert.Equal(("AVSLÅTT", "2027-04-01"), (decline["kind"]!.GetValue<string>(), decline["askAgainOn"]!.GetValue<string>()));
        Assert.Equal(2, letters.Count);
        Assert.All(letters, l => Assert.Equal(("informasjon", "Du kan ombestemme deg om ettervern"), (l["kind"]!.GetValue<string>(), l["title"]!.GetValue<string>())));
        Assert.Contains(letters, l => l["channel"]?.GetValue<string>() == "dpi" && l["status"]!.GetValue<string>() == "sendt");
        Assert.DoesNotContain(tasks, t => t["title"]!.GetValue<string>().StartsWith("Send brev om retten", StringComparison.Ordinal));
        Assert.Equal("2027-04-01", askAgainDeadline["dueLocal"]!.GetValue<string>()[..10]);
        Assert.NotNull(askAgain["dueAt"]);
        Assert.Equal(("Finished", "AVSLÅTT_OG_PÅMINNET"), await PathwayApi.InstanceAsync(bjorn, instance));
        Assert.Equal(("Closed", "AVSLÅTT_OG_PÅMINNET"), await PathwayApi.CaseAsync(bjorn, caseId));
    }

    // asked again, the young person now wants ettervern: the plan recorded then starts the follow-up.
    [Fact]
    public async Task R43_AskedAgain_NowWantsEttervern_PlanStartsTheFollowUp()
    {
        var (bjorn, caseId, _) = await WithMeasureAsync(Today.AddYears(-19), "ettervern");
        await _api.PostAsync(bjorn, $"/api/cases/{caseId}/ettervern/decline", new { });

        await _api.CompleteAsync(bjorn, caseId, "Spør på nytt om ettervern", "Ønsker ettervern", new JsonObject { ["svar"] = "Ja, trenger hjelp med bolig." });
        await _api.PostAsync(bjorn, $"/api/cases/{caseId}/ettervern/plan", Plan());

        Assert.NotNull(await PathwayApi.TaskAsync(bjorn, caseId, "Oppfølging av ettervern"));
    }

    // a plan needs goal, content, duration, responsibility and the young person's consent; bad input stores nothing.
    [Fact]
    public async Task R42_PlanWithoutConsentOrGoal_FieldErrors_NothingStored()
    {
        var (bjorn, caseId, _) = await WithMeasureAsync(Today.AddYears(-17).AddMonths(-3), "hjelpetiltak");

        var refused = await bjorn.PostAsJsonAsync(
            $"/api/cases/{caseId}/ettervern/plan", new { content = "Bolig", intendedDuration = "2 år", responsibility = "Barnevernet", youngPersonConsents = false, signedOn = "2099-01-01" }, Ct);
        var transition = await TransitionAsync(bjorn, caseId);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["goal", "signedOn", "youngPersonConsents"], ErrorFields(await BodyAsync(refused)));
        Assert.Empty(transition["decisions"]!.AsArray());
    }

    // R-42 with R-44: a plan is followed up every six months until 25, when every measure ends and the case closes AVSLUTTET_25_ÅR.
    [Fact]
    public async Task R44_PlanFollowedUpUntilTwentyFive_MeasuresEnd_EndsAvsluttet25Aar()
    {
        var (bjorn, caseId, instance) = await WithMeasureAsync(Today.AddYears(-25).AddMonths(1), "ettervern");
        await _api.PostAsync(bjorn, $"/api/cases/{caseId}/ettervern/plan", Plan());
        var followUpDeadline = Assert.Single(await PathwayApi.DeadlinesAsync(bjorn, caseId), d => d["name"]!.GetValue<string>() == "ettervern_oppfølging");

        await _api.AdvanceAsync("P1M");
        await _api.AdvanceAsync("P1D");
        var measures = (await bjorn.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/measures", Ct))!;
        await _api.CompleteAsync(bjorn, caseId, "Avslutningsbrev ved 25 år", "Brevet er sendt", new JsonObject { ["kanal"] = "Digital post (DPI)", ["oppsummeringSendt"] = true });

        Assert.Equal("Lokal frist", followUpDeadline["kindLabel"]!.GetValue<string>());
        Assert.All(measures, m => Assert.Equal("AVSLUTTET", m!["status"]!.GetValue<string>()));
        Assert.Equal(("Finished", "AVSLUTTET_25_ÅR"), await PathwayApi.InstanceAsync(bjorn, instance));
        Assert.Equal(("Closed", "AVSLUTTET_25_ÅR"), await PathwayApi.CaseAsync(bjorn, caseId));
    }

    // no ettervern starts on or after the 25th birthday, nor before the 18th (a case may be registered at 24).
    [Theory]
    [InlineData(25)]
    [InlineData(18)]
    public async Task R44_EttervernStartingAtTwentyFiveOrBeforeEighteen_FieldErrorOnStartDate(int birthday)
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var born = Today.AddYears(-birthday).AddDays(10);
        var caseId = (await CreateAsync(bjorn, CaseOf("Barnevern", "bv-vest", PersonBorn(born))))["id"]!.GetValue<string>();
        var startDate = birthday == 25 ? born.AddYears(25) : born.AddYears(18).AddDays(-1);

        var refused = await bjorn.PostAsJsonAsync($"/api/cases/{caseId}/measures", new { kind = "ettervern", startDate = startDate.ToString("yyyy-MM-dd") }, Ct);
        var measures = (await bjorn.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/measures", Ct))!;

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["startDate"], ErrorFields(await BodyAsync(refused)));
        Assert.Empty(measures);
    }

    // The plan's follow-up ends with the young person's choice.
    [Theory]
    [InlineData("Avslutt etter ønske", "AVSLUTTET_ETTER_ØNSKE", "Closed")]
    [InlineData("Overført til NAV", "OVERFØRT_NAV", "Closed")]
    [InlineData("Flyttet (ansvar beholdt)", "FLYTTET_ANSVAR_BEHOLDT", "Open")]
    public async Task R42_FollowUpAfterEighteen_EndsWithTheChosenEndCode(string outcome, string endCode, string caseStatus)
    {
        var (bjorn, caseId, instance) = await WithMeasureAsync(Today.AddYears(-19), "ettervern");
        await _api.PostAsync(bjorn, $"/api/cases/{caseId}/ettervern/plan", Plan());

        await _api.CompleteAsync(bjorn, caseId, "Oppfølging av ettervern", "Fortsett", FollowUp());
        await _api.CompleteAsync(bjorn, caseId, "Oppfølging av ettervern", outcome, FollowUp());

        Assert.Equal(("Finished", endCode), await PathwayApi.InstanceAsync(bjorn, instance));
        Assert.Equal(caseStatus, (await PathwayApi.CaseAsync(bjorn, caseId)).Status);
    }

    // ending a measure at 18 is a reasoned vedtak with appeal information; the appeal window runs 3 weeks from the
    // delivery receipt; with no appeal, or after the appeal is handled, P6 ends VEDTAK_OPPHØR_KLAGE_BEHANDLET (AS-17 with
    // the letter's journalpost: EndingAtEighteenTests).
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task R45_EndingAMeasureAtEighteen_IsAVedtakWithAppealWindowFromTheReceipt(bool appealed)
    {
        var (bjorn, caseId, instance) = await WithMeasureAsync(Today.AddYears(-18).AddMonths(-1), "omsorgstiltak");
        var measure = (await bjorn.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/measures", Ct))![0]!["id"]!.GetValue<string>();

        var plainEnd = await bjorn.PostAsJsonAsync($"/api/measures/{measure}/end", new { reason = "Fylt 18 år." }, Ct);
        var unreasoned = await bjorn.PostAsJsonAsync($"/api/cases/{caseId}/ettervern/termination-decision", new { reason = " " }, Ct);
        var vedtak = await _api.PostAsync(bjorn, $"/api/cases/{caseId}/ettervern/termination-decision", new { reason = "Behovet for tiltak er ikke lenger til stede." });
        var ended = (await bjorn.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/measures", Ct))![0]!;
        var received = Today.AddDays(-2);
        var letter = Assert.Single((await bjorn.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/letters", Ct))!)!;
        await _api.CompleteAsync(bjorn, caseId, "Registrer mottakskvittering for vedtak om opphør", "Vedtaket er mottatt", new JsonObject
        {
            ["mottatt"] = received.ToString("yyyy-MM-dd"),
        });
        var window = Assert.Single(await PathwayApi.DeadlinesAsync(bjorn, caseId), d => d["name"]!.GetValue<string>() == "klagefrist");
        if (appealed)
        {
            await _api.CompleteAsync(bjorn, caseId, "Klage på vedtak om opphør", "Klage mottatt", new JsonObject { ["klage"] = "Jeg trenger fortsatt hjelp." });
            var berit = await fixture.Host.ClientForAsync("berit.bvleder");
            await _api.CompleteAsync(berit, caseId, "Behandle klage på vedtak om opphør", "Klagen er behandlet", new JsonObject { ["resultat"] = "Opprettholdt, sendt til Statsforvalteren" });
        }
        else
        {
            await _api.AdvanceAsync("P20D");
        }

        Assert.Equal(HttpStatusCode.Conflict, plainEnd.StatusCode);
        Assert.Contains("enkeltvedtak", (await BodyAsync(plainEnd))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["reason"], ErrorFields(await BodyAsync(unreasoned)));
        Assert.Equal("OPPHØRSVEDTAK", vedtak["kind"]!.GetValue<string>());
        Assert.Contains("Statsforvalteren", vedtak["appealInformation"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("3 uker fra du mottok", vedtak["appealInformation"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(("AVSLUTTET", vedtak["id"]!.GetValue<string>()), (ended["status"]!.GetValue<string>(), ended["endedByDecisionId"]!.GetValue<string>()));
        Assert.Equal(("vedtak", "Vedtak om opphør av tiltak"), (letter["kind"]!.GetValue<string>(), letter["title"]!.GetValue<string>()));
        Assert.Equal(("Lovpålagt frist", received.AddDays(21).ToString("yyyy-MM-dd")), (window["kindLabel"]!.GetValue<string>(), window["dueLocal"]!.GetValue<string>()[..10]));
        Assert.Equal(("Finished", "VEDTAK_OPPHØR_KLAGE_BEHANDLET"), await PathwayApi.InstanceAsync(bjorn, instance));
        Assert.Equal(("Closed", "VEDTAK_OPPHØR_KLAGE_BEHANDLET"), await PathwayApi.CaseAsync(bjorn, caseId));
    }

    // at the young person's own wish a measure ends without a vedtak; the PPT adviser cannot see the case.
    [Fact]
    public async Task R45_EndAtOwnWish_NoVedtakNeeded_OtherServiceGets404()
    {
        var (bjorn, caseId, _) = await WithMeasureAsync(Today.AddYears(-20), "ettervern");
        var measure = (await bjorn.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/measures", Ct))![0]!["id"]!.GetValue<string>();
        var petra = await fixture.Host.ClientForAsync("petra.ppt");

        var hidden = await petra.PostAsJsonAsync($"/api/measures/{measure}/end", new { reason = "Prøver.", atOwnWish = true }, Ct);
        var ended = await _api.PostAsync(bjorn, $"/api/measures/{measure}/end", new { reason = "Ønsker å klare seg selv.", atOwnWish = true });

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal("AVSLUTTET", ended["status"]!.GetValue<string>());
    }

    // 17 years 6 months added to the birth date at once.
    private static string DecisionDue(DateOnly born) => born.AddMonths((17 * 12) + 6).ToString("yyyy-MM-dd");

    private static JsonObject Plan() => new()
    {
        ["goal"] = "Egen bolig og fullført videregående.",
        ["content"] = "Støttekontakt, hjelp til husleie.",
        ["intendedDuration"] = "2 år",
        ["responsibility"] = "Barnevernet (saksbehandler), NAV (bolig).",
        ["youngPersonConsents"] = true,
    };

    private static JsonObject FollowUp() => new()
    {
        ["vurdering"] = "Går bra.",
        ["bolig"] = "Egen bolig",
        ["utdanningArbeid"] = "Skole",
        ["planOppdatert"] = true,
    };

    private static async Task<List<JsonObject>> RedListAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonArray>("/api/transitions/red-list", Ct))!.Select(e => e!.AsObject())];

    private static async Task<JsonObject> TransitionAsync(HttpClient client, string caseId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}/transition", Ct))!;

    // Bjørn registers a barnevern case for a young person born on «born» and a measure starting today: P6 starts.
    private async Task<(HttpClient Bjorn, string CaseId, string Instance)> WithMeasureAsync(DateOnly born, string kind, params string[] guardians)
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var caseId = (await CreateAsync(bjorn, CaseOf("Barnevern", "bv-vest", PersonBorn(born), [.. guardians.Select(g => new JsonObject { ["fnr"] = g })])))["id"]!.GetValue<string>();
        var measure = await _api.PostAsync(bjorn, $"/api/cases/{caseId}/measures", new { kind, startDate = Today.ToString("yyyy-MM-dd") });
        Assert.Equal("AKTIV", measure["status"]!.GetValue<string>());
        var instances = (await bjorn.GetFromJsonAsync<JsonObject>($"/api/instances?correlationId={caseId}&definitionId={Pathway}", Ct))!;
        return (bjorn, caseId, instances["items"]!.AsArray().Single()!["id"]!.GetValue<string>());
    }
}

public sealed class SqliteTransitionTests(SqliteHostFixture fixture) : TransitionTests(fixture), IClassFixture<SqliteHostFixture>;

public sealed class PostgreSqlTransitionTests(PostgreSqlHostFixture fixture) : TransitionTests(fixture), IClassFixture<PostgreSqlHostFixture>;
