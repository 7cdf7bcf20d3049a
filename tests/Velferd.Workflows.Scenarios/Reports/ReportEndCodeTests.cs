using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Scenarios.Pathways;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Host;
using Velferd.Workflows.Welfare.Persons;
using static Velferd.Workflows.Scenarios.Reports.ReportApi;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Reports;

/// <summary>
/// The seeded P3 pathway from its trigger to every end code of DOMAIN.md §6 P3, each with <c>frister_overholdt</c>: a
/// melding registered through <c>POST /api/reports</c> as the barnevern caseworker (bjorn.barnevern), its review, the
/// investigation concluded by the leader (berit.bvleder) and the feedback tasks to the reporter done, until the
/// melding's P3 instance has finished; its answer (<c>GET /api/instances/{id}</c>) shows the end code as «Utfall» and
/// whether every deadline was met as «FristerOverholdt». Deadlines pass on the Development clock moved over HTTP, so
/// the class has a host of its own; its <see cref="RegistrationPauses"/> put a conclusion inside a registration.
/// </summary>
public abstract class ReportEndCodeTests(RegistrationPauseFixture fixture)
{
    private const string Pathway = "p3-melding-til-barnevernet";

    private const string FeedbackTask = "Gi offentlig melder tilbakemelding etter undersøkelsen";

    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(60);

    private readonly PathwayApi _api = new(fixture.Host);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TimeProvider HostClock => fixture.Host.Services.GetRequiredService<TimeProvider>();

    // code 1: a school's melding, the receipt sent, closed at review within the week.
    [Fact]
    public async Task Review_R12_ClosedWithinTheWeekAfterTheReceipt_EndsHenlagtEtterGjennomgangWithDeadlinesMet()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var id = await RegisterOneAsync(bjorn, Melding(await NowAsync(bjorn), PersonAged(HostClock, 8)));

        await ReceiptSentAsync(bjorn, id);
        var closed = await ReviewedAsync(bjorn, id, new { outcome = "henlegg", reason = "Ingen grunn til bekymring etter samtale med skolen." });

        Assert.Equal(("HENLAGT", 1), (Text(closed, "status"), closed["ssbCode"]!.GetValue<int>()));
        Assert.Equal(("Finished", "HENLAGT_ETTER_GJENNOMGANG", true), await EndOfAsync(bjorn, id));
    }

    // R-18 code 3: a private reporter's melding closed because the family already has measures.
    [Fact]
    public async Task Review_R18_ClosedBecauseOfActiveMeasures_EndsHenlagtAktiveTiltakWithDeadlinesMet()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var id = await RegisterOneAsync(bjorn, From(Melding(await NowAsync(bjorn), PersonAged(HostClock, 6)), "privat", "nabo"));

        var closed = await ReviewedAsync(bjorn, id, new { outcome = "henlegg", reason = "Familien har hjelpetiltak fra før.", activeMeasures = true });
        await ReceiptSentAsync(bjorn, id);

        Assert.Equal(("HENLAGT", 3), (Text(closed, "status"), closed["ssbCode"]!.GetValue<int>()));
        Assert.Equal(("Finished", "HENLAGT_AKTIVE_TILTAK", true), await EndOfAsync(bjorn, id));
    }

    // a second melding about a child under investigation attaches to it (code 4) with no review deadline of its
    // own; once its private reporter has the receipt (R-17: nothing after the conclusion) it has ended, while the
    // investigation's melding goes on.
    [Fact]
    public async Task Register_R19_SecondMeldingDuringAnInvestigation_EndsKnyttetTilPagaendeUndersokelseOnceTheReceiptIsSent()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var child = PersonAged(HostClock, 11);
        var first = await RegisterOneAsync(bjorn, From(Melding(await NowAsync(bjorn), child), "anonym", null));
        await InvestigateAsync(fixture.Host, bjorn, first);
        await fixture.Host.WaitUntilIdleAsync(Idle);

        var second = Assert.Single(await RegisterAsync(bjorn, From(Melding(await NowAsync(bjorn), child), "privat", "familie")));
        await fixture.Host.WaitUntilIdleAsync(Idle);
        await ReceiptSentAsync(bjorn, Text(second, "id"));

        Assert.Equal(("KNYTTET_TIL_UNDERSØKELSE", 4), (Text(second, "status"), second["ssbCode"]!.GetValue<int>()));
        Assert.Equal(("Finished", "KNYTTET_TIL_PÅGÅENDE_UNDERSØKELSE", true), await EndOfAsync(bjorn, Text(second, "id")));
        Assert.Equal(("Suspended", null, null), await EndOfAsync(bjorn, first));
    }

    // R-19 with R-17: a school's and a neighbour's meldinger attach to the child's open investigation (code 4) and each
    // reporter gets the receipt; the neighbour's has then ended, the school's waits for the conclusion. Once the leader
    // concludes, the school is owed feedback within 3 weeks: the task, then the letter by SvarUt; only then the school's
    // melding ends KNYTTET_TIL_PÅGÅENDE_UNDERSØKELSE, every deadline met. The neighbour gets nothing more.
    [Fact]
    public async Task R19_PublicReportersMeldingAttachedToAnInvestigation_GetsFeedbackAfterTheConclusion_ThenEndsKnyttetTilPagaendeUndersokelse()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        await SetClockAsync("2035-09-03T10:00:00+02:00");
        var child = PersonAged(HostClock, 10);
        var first = await RegisterOneAsync(bjorn, From(Melding(await NowAsync(bjorn), child), "anonym", null));
        var investigation = Text(await InvestigateAsync(fixture.Host, bjorn, first), "id");
        var school = await RegisteredAsync(bjorn, FromSchool(Melding(await NowAsync(bjorn), child)));
        var neighbour = await RegisteredAsync(bjorn, From(Melding(await NowAsync(bjorn), child), new JsonObject
        {
            ["category"] = "privat", ["role"] = "nabo", ["fnr"] = TestPersons.Mother,
        }));
        var (schoolId, neighbourId) = (Text(school, "id"), Text(neighbour, "id"));
        await ReceiptSentAsync(bjorn, schoolId);
        await ReceiptSentAsync(bjorn, neighbourId);
        var schoolBeforeConclusion = await EndOfAsync(bjorn, schoolId);
        var neighbourAfterReceipt = await EndOfAsync(bjorn, neighbourId);

        await _api.PostAsync(berit, $"/api/investigations/{investigation}/conclusion", new { code = 1, reason = "Hjelpetiltak i hjemmet." });
        await BackgroundWork.WaitUntilSettledAsync(fixture.Host, Idle);
        var feedbackTask = await PathwayApi.TaskAsync(bjorn, schoolId, "Gi offentlig melder tilbakemelding etter undersøkelsen");
        var feedback = (await ReportDeadlinesAsync(bjorn, schoolId))["tilbakemelding_konklusjon"];
        var schoolBeforeFeedback = await EndOfAsync(bjorn, schoolId);
        await _api.CompleteAsync(bjorn, schoolId, "Gi offentlig melder tilbakemelding etter undersøkelsen", "Sendt", Sent());
        var letters = await ReporterLettersAsync(fixture.Host, bjorn, Text(school, "caseId"));

        Assert.All(new[] { school, neighbour }, r => Assert.Equal(("KNYTTET_TIL_UNDERSØKELSE", 4), (Text(r, "status"), r["ssbCode"]!.GetValue<int>())));
        Assert.Equal("Suspended", schoolBeforeConclusion.SubStatus);
        Assert.Equal(("Finished", "KNYTTET_TIL_PÅGÅENDE_UNDERSØKELSE", true), neighbourAfterReceipt);
        Assert.Equal(("Statutory", "2035-09-24"), (Text(feedback, "kind"), Text(feedback, "dueLocal")[..10]));
        Assert.Equal(feedback["dueAt"]!.GetValue<DateTimeOffset>(), feedbackTask["dueAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal("Suspended", schoolBeforeFeedback.SubStatus);
        Assert.Empty(await TasksAsync(bjorn, neighbourId));
        Assert.Equal(("Finished", "KNYTTET_TIL_PÅGÅENDE_UNDERSØKELSE", true), await EndOfAsync(bjorn, schoolId));
        Assert.Equal(("Finished", "VEDTAK_TILTAK", true), await EndOfAsync(bjorn, first));
        Assert.Equal(
            [("Kvittering for bekymringsmelding", "svarut"), ("Kvittering for bekymringsmelding", "dpi"), ("Tilbakemelding på bekymringsmelding", "svarut")],
            letters.Select(l => (Text(l, "title"), Text(l, "channel"))));
        Assert.All(letters, l => Assert.Equal("sendt", Text(l, "status")));
    }

    // R-19 with R-17, a melding attaching while the investigation is concluded: the registration finds the investigation
    // open, the leader concludes it before the melding is stored, so the conclusion knows nothing of the melding (no
    // signal to it). The school still gets its feedback task (due conclusion + 3 weeks) and letter: its P3 reads the
    // investigation, finds it concluded and goes on at once.
    [Fact]
    public async Task R19_PublicReportersMeldingAttachedWhileTheInvestigationIsConcluded_GetsFeedbackAfterTheConclusion_ThenEndsKnyttetTilPagaendeUndersokelse()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var (child, first, investigation) = await InvestigatedChildAsync(bjorn, "2036-03-03T10:00:00+01:00");
        var concludedOn = default(DateOnly);
        fixture.Pauses.AfterOpenInvestigationRead(async () => concludedOn = await ConcludeAsync(berit, investigation));

        var school = await RegisteredAsync(bjorn, FromSchool(Melding(await NowAsync(bjorn), child)));

        Assert.Null(await ConclusionSignalToAsync(investigation, Text(school, "id")));
        await AssertFeedbackAfterTheConclusionAsync(bjorn, school, first, concludedOn);
    }

    // R-19 with R-17, a melding whose pathway starts after the conclusion: the node that stored the school's melding
    // stops while applying its P3 start, and the leader concludes before another node applies it. The conclusion's
    // signal to the melding finds no instance waiting and resumes nothing, yet once the start is applied (the stopped
    // node's claim run out) its P3 reads the investigation, finds it concluded, and the school gets task and letter.
    [Fact]
    public async Task R19_PublicReportersMeldingWhosePathwayStartsAfterTheConclusion_GetsFeedbackAfterTheConclusion_ThenEndsKnyttetTilPagaendeUndersokelse()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var (child, first, investigation) = await InvestigatedChildAsync(bjorn, "2036-04-07T10:00:00+02:00");
        var (schoolId, concludedOn) = ("", default(DateOnly));
        fixture.Pauses.AfterStartCommitted(async id => (schoolId, concludedOn) = (id, await ConcludeAsync(berit, investigation)));

        var stopped = await bjorn.PostAsJsonAsync("/api/reports", FromSchool(Melding(await NowAsync(bjorn), child)), Ct);
        var signalBeforeTheStart = await ConclusionSignalToAsync(investigation, schoolId);
        await MoveClockAsync(await fixture.Host.ClientForAsync("kari.prosesseier"), new { advance = "PT10M" });
        await BackgroundWork.WaitUntilSettledAsync(fixture.Host, Idle);

        Assert.Equal(HttpStatusCode.InternalServerError, stopped.StatusCode);
        Assert.Equal((StimulusStatus.Done, 0), signalBeforeTheStart);
        await AssertFeedbackAfterTheConclusionAsync(bjorn, (await bjorn.GetFromJsonAsync<JsonObject>($"/api/reports/{schoolId}", Ct))!, first, concludedOn);
    }

    /// <summary>
    /// a school's melding investigated and concluded by the leader with <paramref name="code"/> within
    /// the 3 months; the school gets its receipt and, after the conclusion, its feedback: the pathway ends with the
    /// conclusion's end code and every deadline met. SQLite runs all six codes, PostgreSQL two (the subclasses).
    /// </summary>
    protected async Task ConcludedInTimeEndsWithTheCodesEndCodeAsync(int code, string endCode)
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var id = await RegisterOneAsync(bjorn, Melding(await NowAsync(bjorn), PersonAged(HostClock, 9)));
        await ReceiptSentAsync(bjorn, id);
        var investigation = Text(await InvestigateAsync(fixture.Host, bjorn, id), "id");
        await _api.AdvanceAsync("P1M");

        var concluded = await _api.PostAsync(berit, $"/api/investigations/{investigation}/conclusion", new { code, reason = "Undersøkelsen er gjennomført." });
        await BackgroundWork.WaitUntilSettledAsync(fixture.Host, Idle);
        var beforeFeedback = await EndOfAsync(bjorn, id);
        await _api.CompleteAsync(bjorn, id, "Gi offentlig melder tilbakemelding etter undersøkelsen", "Sendt", Sent());

        Assert.Equal(("KONKLUDERT", endCode), (Text(concluded, "status"), Text(concluded, "endCode")));
        Assert.Equal("Suspended", beforeFeedback.SubStatus);
        Assert.Equal(("Finished", endCode, true), await EndOfAsync(bjorn, id));
    }

    // R-12 and §7 P3: the review is done on day 8, after the deadline passed; the melding is closed and ends
    // HENLAGT_ETTER_GJENNOMGANG with frister_overholdt false, and the month's KPI counts it as not reviewed within 7 days
    // while the receipt sent in time counts as feedback within 3 weeks.
    [Fact]
    public async Task Review_R12_ClosedOnDayEight_EndsHenlagtEtterGjennomgangWithDeadlinesNotMet_CountedAsNotReviewedWithinSevenDays()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        await SetClockAsync("2033-02-07T09:30:00+01:00");
        var id = await RegisterOneAsync(bjorn, Melding(await NowAsync(bjorn), PersonAged(HostClock, 7)));
        await ReceiptSentAsync(bjorn, id);

        await _api.AdvanceAsync("P8D");
        var review = (await ReportDeadlinesAsync(bjorn, id))["vurderingsfrist"];
        await ReviewedAsync(bjorn, id, new { outcome = "henlegg", reason = "Vurdert etter fristen: ingen grunn til bekymring." });
        var kpis = await KpisAsync(berit, "2033-02-01", "2033-02-28");

        Assert.Equal("Overdue", Text(review, "status"));
        Assert.Equal(("Finished", "HENLAGT_ETTER_GJENNOMGANG", false), await EndOfAsync(bjorn, id));
        Assert.Equal((0, 1), kpis["reviewedWithin7Days"]);
        Assert.Equal((1, 1), kpis["notReviewedWithin7Days"]);
        Assert.Equal((1, 1), kpis["feedbackWithin3Weeks"]);
    }

    // and §7 P3: the investigation runs past its 3 months; the leader writes the deviation note and
    // concludes with code 3: the melding ends UNDERSØKELSE_HENLAGT_VURDERING with frister_overholdt false, counted in its
    // month as an investigation not concluded within 3 months after a review within 7 days.
    [Fact]
    public async Task Conclusion_R15_AfterTheThreeMonths_EndsUndersokelseHenlagtVurderingWithDeadlinesNotMet_CountedAsAnOverrun()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        await SetClockAsync("2034-05-02T10:00:00+02:00");
        var id = await RegisterOneAsync(bjorn, From(Melding(await NowAsync(bjorn), PersonAged(HostClock, 12)), "anonym", null));
        var investigation = await InvestigateAsync(fixture.Host, bjorn, id);
        var investigationId = Text(investigation, "id");

        await SetClockAsync("2034-08-03T09:00:00+02:00");
        await _api.PostAsync(berit, $"/api/investigations/{investigationId}/deviation-notes", new { text = "Forsinket: sakkyndig var syk i juli." });
        var concluded = await _api.PostAsync(berit, $"/api/investigations/{investigationId}/conclusion", new { code = 3, reason = "Ingen grunn til tiltak." });
        await BackgroundWork.WaitUntilSettledAsync(fixture.Host, Idle);
        var kpis = await KpisAsync(berit, "2034-05-01", "2034-05-31");

        Assert.Equal(("2034-05-02", "UNDERSØKELSE_HENLAGT_VURDERING"), (Text(investigation, "startDate"), Text(concluded, "endCode")));
        Assert.Equal("Overdue", Text(await DeadlineAsync(bjorn, Text(investigation, "deadlineId")), "status"));
        Assert.Equal(("Finished", "UNDERSØKELSE_HENLAGT_VURDERING", false), await EndOfAsync(bjorn, id));
        Assert.Equal((1, 1), kpis["reviewedWithin7Days"]);
        Assert.Equal((1, 1), kpis["investigationsOverdue"]);
        Assert.Equal((0, 1), kpis["investigationsWithin3Months"]);
    }

    private static JsonObject Sent() => new() { ["sendt"] = true };

    // A school (public reporter) that gave its organisation number, so its feedback goes by SvarUt.
    private static JsonObject FromSchool(JsonObject melding) => From(melding, new JsonObject
    {
        ["category"] = "offentlig", ["role"] = "skole", ["organisation"] = "Eksempel skole", ["organisationNumber"] = TestOrganisations.DigitalSchool,
    });

    // The leader concludes the investigation with code 1, failing unless 200; the Oslo date it was concluded on. Applies
    // nothing more than the request itself does: it may run inside another request (RegistrationPauses).
    private async Task<DateOnly> ConcludeAsync(HttpClient leader, string investigationId)
    {
        var response = await leader.PostAsJsonAsync($"/api/investigations/{investigationId}/conclusion", new { code = 1, reason = "Hjelpetiltak i hjemmet." }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return OsloDate.Today(HostClock);
    }

    // A child whose anonymous melding opened an investigation, with the Development clock set to <now> first: the child,
    // that melding's id and the investigation's.
    private async Task<(JsonObject Child, string First, string Investigation)> InvestigatedChildAsync(HttpClient caseworker, string now)
    {
        await SetClockAsync(now);
        var child = PersonAged(HostClock, 9);
        var first = await RegisterOneAsync(caseworker, From(Melding(await NowAsync(caseworker), child), "anonym", null));
        return (child, first, Text(await InvestigateAsync(fixture.Host, caseworker, first), "id"));
    }

    // A school's melding attached to the investigation of <first>, concluded (code 1) on <concludedOn>: once its receipt
    // is sent it has the feedback task after the conclusion, due 3 weeks from then, and when that is done both
    // letters went by SvarUt and it has ended KNYTTET_TIL_PÅGÅENDE_UNDERSØKELSE, every deadline met.
    private async Task AssertFeedbackAfterTheConclusionAsync(HttpClient caseworker, JsonObject school, string first, DateOnly concludedOn)
    {
        var schoolId = Text(school, "id");
        await ReceiptSentAsync(caseworker, schoolId);
        var task = await PathwayApi.TaskAsync(caseworker, schoolId, FeedbackTask);
        var feedback = (await ReportDeadlinesAsync(caseworker, schoolId))["tilbakemelding_konklusjon"];
        await _api.CompleteAsync(caseworker, schoolId, FeedbackTask, "Sendt", Sent());
        var letters = await ReporterLettersAsync(fixture.Host, caseworker, Text(school, "caseId"));

        Assert.Equal(("KNYTTET_TIL_UNDERSØKELSE", 4), (Text(school, "status"), school["ssbCode"]!.GetValue<int>()));
        Assert.Equal(("Statutory", concludedOn.AddDays(21).ToString("yyyy-MM-dd")), (Text(feedback, "kind"), Text(feedback, "dueLocal")[..10]));
        Assert.Equal(feedback["dueAt"]!.GetValue<DateTimeOffset>(), task["dueAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(("Finished", "KNYTTET_TIL_PÅGÅENDE_UNDERSØKELSE", true), await EndOfAsync(caseworker, schoolId));
        Assert.Equal(("Finished", "VEDTAK_TILTAK", true), await EndOfAsync(caseworker, first));
        Assert.Equal([("Kvittering for bekymringsmelding", "svarut"), ("Tilbakemelding på bekymringsmelding", "svarut")], letters.Select(l => (Text(l, "title"), Text(l, "channel"))));
        Assert.All(letters, l => Assert.Equal("sendt", Text(l, "status")));
    }

    // The conclusion's signal to one melding's instance: null when the conclusion stored none for it, else
    // whether it is applied and how many waits it resumed.
    private async Task<(StimulusStatus Status, int Resumed)?> ConclusionSignalToAsync(string investigationId, string reportId)
    {
        var key = $"signal/investigation/{investigationId}/conclusion/{reportId}";
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var stimuli = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Stimuli.AsNoTracking();
        var signal = await stimuli.SingleOrDefaultAsync(s => s.IdempotencyKey == key, Ct);
        return signal is null ? null : (signal.Status, await stimuli.CountAsync(s => s.IdempotencyKey.StartsWith(key + "/") && s.Kind == StimulusKind.Resume, Ct));
    }

    private async Task<string> RegisterOneAsync(HttpClient client, JsonObject melding) => Text(await RegisteredAsync(client, melding), "id");

    // Registers a melding about one child and waits until its pathway has started; its record.
    private async Task<JsonObject> RegisteredAsync(HttpClient client, JsonObject melding)
    {
        var report = Assert.Single(await RegisterAsync(client, melding));
        await fixture.Host.WaitUntilIdleAsync(Idle);
        return report;
    }

    // The caseworker takes and completes the task «Send kvittering til melder» of the melding.
    private Task ReceiptSentAsync(HttpClient caseworker, string reportId) =>
        _api.CompleteAsync(caseworker, reportId, "Send kvittering til melder", "Sendt", Sent());

    // Reviews the melding, failing unless 200 (henlegg), and waits until the pathway has taken the review.
    private async Task<JsonObject> ReviewedAsync(HttpClient client, string reportId, object body)
    {
        var response = await ReviewAsync(client, reportId, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        await fixture.Host.WaitUntilIdleAsync(Idle);
        return await BodyAsync(response);
    }

    // The melding's P3 instance as the barnevern team reads it: its sub-status, «Utfall» and «FristerOverholdt»; the
    // melding itself (GET /api/reports/{id}) shows the same end code and fristerOverholdt once the instance has ended.
    private static async Task<(string SubStatus, string? EndCode, bool? DeadlinesMet)> EndOfAsync(HttpClient client, string reportId)
    {
        var instances = (await client.GetFromJsonAsync<JsonObject>($"/api/instances?correlationId={reportId}&definitionId={Pathway}", Ct))!;
        var instance = Text(Assert.Single(instances["items"]!.AsArray()), "id");
        var details = (await client.GetFromJsonAsync<JsonObject>($"/api/instances/{instance}", Ct))!;
        (string SubStatus, string? EndCode, bool? DeadlinesMet) end =
            (Text(details["instance"], "subStatus"), details["output"]?["Utfall"]?.GetValue<string>(), details["output"]?["FristerOverholdt"]?.GetValue<bool>());
        var report = (await client.GetFromJsonAsync<JsonObject>($"/api/reports/{reportId}", Ct))!;
        (string?, bool?) shown = end.SubStatus == "Finished" ? (end.EndCode, end.DeadlinesMet) : (null, null);
        Assert.Equal(shown, (report["endCode"]?.GetValue<string>(), report["fristerOverholdt"]?.GetValue<bool>()));
        return end;
    }

    // The P3 KPIs of a period (GET /api/kpis) as count and «of», by key.
    private static async Task<Dictionary<string, (int Count, int Of)>> KpisAsync(HttpClient leader, string from, string to) =>
        (await leader.GetFromJsonAsync<JsonObject>($"/api/kpis?pathway=P3&from={from}&to={to}", Ct))!["indicators"]!.AsArray()
            .ToDictionary(i => Text(i, "key"), i => (i!["count"]!.GetValue<int>(), i["of"]?.GetValue<int>() ?? 0));

    // Sets the Development clock as the process owner and waits until what fell due has run.
    private async Task SetClockAsync(string now)
    {
        await MoveClockAsync(await fixture.Host.ClientForAsync("kari.prosesseier"), new { now });
        await BackgroundWork.WaitUntilSettledAsync(fixture.Host, Idle);
    }
}

/// <summary>On SQLite: every conclusion code.</summary>
public sealed class SqliteReportEndCodeTests(SqliteRegistrationPauseFixture fixture) : ReportEndCodeTests(fixture), IClassFixture<SqliteRegistrationPauseFixture>
{
    [Theory]
    [InlineData(1, "VEDTAK_TILTAK")]
    [InlineData(2, "BEGJÆRING_NEMND")]
    [InlineData(3, "UNDERSØKELSE_HENLAGT_VURDERING")]
    [InlineData(4, "UNDERSØKELSE_HENLAGT_PARTENS_ØNSKE")]
    [InlineData(5, "UNDERSØKELSE_HENLAGT_FLYTTING")]
    [InlineData(6, "UNDERSØKELSE_HENLAGT_HENVIST")]
    public Task Conclusion_R18_ConcludedWithinThreeMonthsAndFeedbackSent_EndsWithTheCodesEndCodeAndDeadlinesMet(int code, string endCode) =>
        ConcludedInTimeEndsWithTheCodesEndCodeAsync(code, endCode);
}

/// <summary>On PostgreSQL: two of the conclusion codes.</summary>
public sealed class PostgreSqlReportEndCodeTests(PostgreSqlRegistrationPauseFixture fixture) : ReportEndCodeTests(fixture), IClassFixture<PostgreSqlRegistrationPauseFixture>
{
    [Theory]
    [InlineData(1, "VEDTAK_TILTAK")]
    [InlineData(2, "BEGJÆRING_NEMND")]
    public Task Conclusion_R18_ConcludedWithinThreeMonthsAndFeedbackSent_EndsWithTheCodesEndCodeAndDeadlinesMet(int code, string endCode) =>
        ConcludedInTimeEndsWithTheCodesEndCodeAsync(code, endCode);
}
