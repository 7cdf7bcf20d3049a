using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.Letters;
using Velferd.Workflows.Persistence.Reports;
using Velferd.Workflows.Scheduling.Time;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Reports.ReportApi;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Reports;

/// <summary>
/// Registering and reviewing meldinger over HTTP as the demo users (DOMAIN.md §3.2): one record per child, the P3
/// pathway's deadlines from the receipt, identity and consent never a reason to refuse, attachment to an open
/// investigation, field errors, and the barnevern team's data hidden from other teams.
/// </summary>
public abstract class ReportApiTests(HostFixture fixture)
{
    private static readonly OsloBusinessCalendar Calendar = OsloBusinessCalendar.Default;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Errors(JsonObject problem, string field) => string.Join(" ", problem["errors"]![field]!.AsArray().Select(e => e!.GetValue<string>()));

    [Fact]
    public async Task Register_R20_MeldingAboutTwoSiblings_OneRecordPerChildEachWithItsOwnReviewDeadline()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var now = await NowAsync(bjorn);

        var reports = await RegisterAsync(bjorn, Melding(now.AddHours(-1), PersonAged(TimeProvider.System, 6), PersonAged(TimeProvider.System, 9)));

        Assert.Equal([0, 1], reports.Select(r => r["childIndex"]!.GetValue<int>()));
        Assert.All(reports, r => Assert.Equal("MOTTATT", Text(r, "status")));
        Assert.NotEqual(Text(reports[0], "caseId"), Text(reports[1], "caseId"));
        foreach (var report in reports)
        {
            var deadlines = await ReportDeadlinesAsync(bjorn, Text(report, "id"));
            Assert.Equal(["tilbakemelding_mottatt", "vurderingsfrist"], deadlines.Keys.Order(StringComparer.Ordinal));
            Assert.Equal("Pending", Text(deadlines["vurderingsfrist"], "status"));
        }
    }

    [Fact]
    public async Task Register_R12_LetterReceivedYesterday_ReviewDeadlineIsSevenDaysFromReceiptAsAStatutoryDeadline()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var received = (await NowAsync(bjorn)).AddDays(-1);
        var melding = Melding(received, PersonAged(TimeProvider.System, 7));
        melding["channel"] = "brev";

        var report = Assert.Single(await RegisterAsync(bjorn, melding));

        var review = (await ReportDeadlinesAsync(bjorn, Text(report, "id")))["vurderingsfrist"];
        var due = Calendar.AddDays(received, 7);
        Assert.Equal(due, review["dueAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(Calendar.AddDays(due, -2), review["reminderAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(("Statutory", "barnevernsloven § 2-1 (R-12)", "bv-vest"), (Text(review, "kind"), Text(review, "sourceRule"), Text(review, "team")));
    }

    [Fact]
    public async Task Register_R58_BadCheckDigits_KeptFlaggedWithAnAvklarIdentitetTaskAndTheTimerRuns()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var now = await NowAsync(bjorn);

        var report = Assert.Single(await RegisterAsync(bjorn, Melding(now, new JsonObject { ["fnr"] = "12345678901" })));

        var id = Text(report, "id");
        Assert.Equal(("IDENTITET_UAVKLART", "MOTTATT"), (Text(report, "childIdentityStatus"), Text(report, "status")));
        Assert.Contains("vurderingsfrist", (await ReportDeadlinesAsync(bjorn, id)).Keys);
        Assert.Single(await TasksAsync(bjorn, id), t => Text(t, "title").StartsWith("Avklar identitet", StringComparison.Ordinal));
        var stored = await bjorn.GetFromJsonAsync<JsonObject>($"/api/cases/{Text(report, "caseId")}", Ct);
        Assert.Equal("12345678901", Text(stored!["child"], "fnr"));
    }

    [Fact]
    public async Task Register_R58_NoIdentifierAtAll_AcceptedAsUnresolved()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");

        var report = Assert.Single(await RegisterAsync(bjorn, Melding(await NowAsync(bjorn), new JsonObject { ["name"] = "Ukjent gutt" })));

        Assert.Equal("IDENTITET_UAVKLART", Text(report, "childIdentityStatus"));
    }

    [Fact]
    public async Task Register_R11_TeacherWithoutConsentOrCaseAccess_IsAcceptedButGetsNoReadAccess()
    {
        var lars = await fixture.Host.ClientForAsync("lars.laerer");
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");

        var report = Assert.Single(await RegisterAsync(lars, Melding(await NowAsync(lars), PersonAged(TimeProvider.System, 10))));

        var id = Text(report, "id");
        Assert.Equal(HttpStatusCode.NotFound, (await lars.GetAsync($"/api/reports/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lars.GetAsync($"/api/cases/{Text(report, "caseId")}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bjorn.GetAsync($"/api/reports/{id}", Ct)).StatusCode);
        Assert.Equal("lars.laerer", Text(await bjorn.GetFromJsonAsync<JsonObject>($"/api/reports/{id}", Ct), "registeredBy"));
    }

    [Fact]
    public async Task Register_R13_AcuteMelding_LeaderOnDutyGetsATaskWithALocal24HourDeadline()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var now = await NowAsync(bjorn);
        var melding = Melding(now, PersonAged(TimeProvider.System, 4));
        melding["acute"] = true;
        melding["channel"] = "telefon";

        var id = Text(Assert.Single(await RegisterAsync(bjorn, melding)), "id");

        var task = Assert.Single(await TasksAsync(berit, id), t => Text(t, "title").StartsWith("Akutt melding", StringComparison.Ordinal));
        Assert.Equal(("Supervisor", "High"), (Text(task, "candidateRole"), Text(task, "priority")));
        var acute = (await ReportDeadlinesAsync(bjorn, id))["akuttfrist"];
        Assert.Equal("Local", Text(acute, "kind"));
        Assert.InRange(acute["dueAt"]!.GetValue<DateTimeOffset>(), now.AddHours(24), now.AddHours(24).AddMinutes(1));
    }

    [Fact]
    public async Task Register_BadInput_AnswersEveryFieldErrorAtOnceAndStoresNothing()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var text = $"Ugyldig {Guid.NewGuid():N}";
        var body = new JsonObject
        {
            ["receivedAt"] = (await NowAsync(bjorn)).AddDays(2).ToString("O"),
            ["channel"] = "brevdue",
            ["reporter"] = new JsonObject { ["category"] = "hemmelig" },
            ["children"] = new JsonArray(new JsonObject { ["fnr"] = "12345678901", ["dueDate"] = "2027-01-01" }, new JsonObject { ["unborn"] = true }),
            ["text"] = text,
        };

        var response = await bjorn.PostAsJsonAsync("/api/reports", body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["channel", "children[0].dueDate", "children[1].dueDate", "receivedAt", "reporter.category"], ErrorFields(await BodyAsync(response)));
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<ConcernReportRow>().CountAsync(r => r.Text == text, Ct));
    }

    [Fact]
    public async Task Register_R59_UnbornWithAnFnr_Answers400()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var child = PersonAged(TimeProvider.System, 0);
        child["unborn"] = true;
        child["dueDate"] = "2027-03-01";
        child.Remove("birthDate");

        var response = await bjorn.PostAsJsonAsync("/api/reports", Melding(await NowAsync(bjorn), child), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["children[0].unborn"], ErrorFields(await BodyAsync(response)));
    }

    [Fact]
    public async Task R19_ReportForChildWithOpenInvestigation_AttachesWithCode4AndNoNewDeadline()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var child = PersonAged(TimeProvider.System, 11);
        var first = Assert.Single(await RegisterAsync(bjorn, Melding(await NowAsync(bjorn), child)));
        var investigation = await InvestigateAsync(fixture.Host, bjorn, Text(first, "id"));
        var before = await DeadlineAsync(bjorn, Text(investigation, "deadlineId"));

        var second = Assert.Single(await RegisterAsync(bjorn, Melding(await NowAsync(bjorn), child)));

        Assert.Equal(("KNYTTET_TIL_UNDERSØKELSE", 4, Text(first, "caseId")), (Text(second, "status"), second["ssbCode"]!.GetValue<int>(), Text(second, "caseId")));
        // R-17 still applies to the attached melding; no review or investigation deadline of its own.
        Assert.Equal(["tilbakemelding_mottatt"], (await ReportDeadlinesAsync(bjorn, Text(second, "id"))).Keys);
        var after = await DeadlineAsync(bjorn, Text(investigation, "deadlineId"));
        Assert.Equal(before["dueAt"]!.GetValue<DateTimeOffset>(), after["dueAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(Text(investigation, "id"), Text(await bjorn.GetFromJsonAsync<JsonObject>($"/api/reports/{Text(second, "id")}", Ct), "investigationId"));
    }

    [Fact]
    public async Task Review_R14_Undersok_OpensAnInvestigationWithAThreeMonthDateDeadlineFromItsStartDate()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var now = await NowAsync(bjorn);
        var report = Assert.Single(await RegisterAsync(bjorn, Melding(now.AddDays(-2), PersonAged(TimeProvider.System, 5))));

        var investigation = await InvestigateAsync(fixture.Host, bjorn, Text(report, "id"));

        var start = Calendar.LocalDate(now);
        Assert.Equal(start.ToString("yyyy-MM-dd"), Text(investigation, "startDate"));
        var deadline = await DeadlineAsync(bjorn, Text(investigation, "deadlineId"));
        Assert.Equal(("undersøkelsesfrist", "Statutory", start.AddMonths(3).ToString("yyyy-MM-dd")), (Text(deadline, "name"), Text(deadline, "kind"), Text(deadline, "dueLocal")));
        Assert.Equal(("Met", "UNDERSØKES", 2), (
            Text((await ReportDeadlinesAsync(bjorn, Text(report, "id")))["vurderingsfrist"], "status"),
            Text(await bjorn.GetFromJsonAsync<JsonObject>($"/api/reports/{Text(report, "id")}", Ct), "status"),
            (await bjorn.GetFromJsonAsync<JsonObject>($"/api/reports/{Text(report, "id")}", Ct))!["ssbCode"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Review_R14_DecidedMoreThanAWeekAfterReceipt_StartDateIsReceiptPlusSevenDays()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var received = (await NowAsync(bjorn)).AddDays(-10);
        var report = Assert.Single(await RegisterAsync(bjorn, Melding(received, PersonAged(TimeProvider.System, 5))));

        var investigation = await InvestigateAsync(fixture.Host, bjorn, Text(report, "id"));

        Assert.Equal(Calendar.LocalDate(received).AddDays(7).ToString("yyyy-MM-dd"), Text(investigation, "startDate"));
    }

    [Fact]
    public async Task Review_R12_Henlegg_ClosesWithCode1MeetsTheDeadline_AndASecondReviewIs409()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var report = Assert.Single(await RegisterAsync(bjorn, Melding(await NowAsync(bjorn), PersonAged(TimeProvider.System, 12))));
        var id = Text(report, "id");

        var closed = await ReviewAsync(bjorn, id, new { outcome = "henlegg", reason = "Ingen grunn til bekymring etter samtale." });
        var again = await ReviewAsync(bjorn, id, new { outcome = "undersok", reason = "Likevel." });

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var body = await BodyAsync(closed);
        Assert.Equal(("HENLAGT", 1), (Text(body, "status"), body["ssbCode"]!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Met", Text((await ReportDeadlinesAsync(bjorn, id))["vurderingsfrist"], "status"));
    }

    [Fact]
    public async Task Review_R18_HenleggWithActiveMeasures_Code3()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var report = Assert.Single(await RegisterAsync(bjorn, Melding(await NowAsync(bjorn), PersonAged(TimeProvider.System, 12))));

        var closed = await ReviewAsync(bjorn, Text(report, "id"), new { outcome = "henlegg", reason = "Familien har hjelpetiltak.", activeMeasures = true });

        Assert.Equal(3, (await BodyAsync(closed))["ssbCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task Review_BadInput_FieldErrorsAndTheMeldingStaysUnreviewed()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var now = await NowAsync(bjorn);
        var report = Assert.Single(await RegisterAsync(bjorn, Melding(now, PersonAged(TimeProvider.System, 12))));

        var response = await ReviewAsync(bjorn, Text(report, "id"), new { outcome = "vent", reason = " ", decidedAt = now.AddDays(1).ToString("O") });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["decidedAt", "outcome", "reason"], ErrorFields(await BodyAsync(response)));
        Assert.Equal("MOTTATT", Text(await bjorn.GetFromJsonAsync<JsonObject>($"/api/reports/{Text(report, "id")}", Ct), "status"));
    }

    [Fact]
    public async Task Extension_R16_CaseworkerAsksLeaderApprovesBeforeExpiry_CappedAtSixMonthsFromTheStartDate()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var report = Assert.Single(await RegisterAsync(bjorn, Melding(await NowAsync(bjorn), PersonAged(TimeProvider.System, 9))));
        var investigation = await InvestigateAsync(fixture.Host, bjorn, Text(report, "id"));
        var deadlineId = Text(investigation, "deadlineId");
        var start = DateOnly.Parse(Text(investigation, "startDate"));

        var beyondCap = await bjorn.PostAsJsonAsync($"/api/deadlines/{deadlineId}/extension", new { extendBy = "4 måneder", reason = "Venter på sakkyndig." }, Ct);
        var requested = await bjorn.PostAsJsonAsync($"/api/deadlines/{deadlineId}/extension", new { extendBy = "2 måneder", reason = "Venter på sakkyndig." }, Ct);
        var byCaseworker = await bjorn.PostAsync($"/api/deadlines/{deadlineId}/extension/approve", null, Ct);
        var approved = await berit.PostAsync($"/api/deadlines/{deadlineId}/extension/approve", null, Ct);
        var again = await bjorn.PostAsJsonAsync($"/api/deadlines/{deadlineId}/extension", new { extendBy = "2 måneder", reason = "Enda mer tid." }, Ct);
        var view = await bjorn.GetFromJsonAsync<JsonObject>($"/api/investigations/{Text(investigation, "id")}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, beyondCap.StatusCode);
        Assert.Contains("maks 6 måneder fra startdato", Errors(await BodyAsync(beyondCap), "newDueAt"));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.OK), (requested.StatusCode, byCaseworker.StatusCode, approved.StatusCode));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("maks 6 måneder fra startdato", Errors(await BodyAsync(again), "newDueAt"));
        Assert.True(view!["utvidetFrist"]!.GetValue<bool>());
        Assert.Equal((start.AddMonths(5).ToString("yyyy-MM-dd"), "PÅGÅR"), (Text(view, "dueDate"), Text(view, "status")));
    }

    [Fact]
    public async Task Conclusion_R18_LeaderConcludesWithCode1To6_MeetsTheDeadline()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var report = Assert.Single(await RegisterAsync(bjorn, Melding(await NowAsync(bjorn), PersonAged(TimeProvider.System, 9))));
        var investigation = Text(await InvestigateAsync(fixture.Host, bjorn, Text(report, "id")), "id");

        var badCode = await berit.PostAsJsonAsync($"/api/investigations/{investigation}/conclusion", new { code = 7, reason = " " }, Ct);
        var byCaseworker = await bjorn.PostAsJsonAsync($"/api/investigations/{investigation}/conclusion", new { code = 1, reason = "Tiltak." }, Ct);
        var concluded = await berit.PostAsJsonAsync($"/api/investigations/{investigation}/conclusion", new { code = 1, reason = "Hjelpetiltak i hjemmet." }, Ct);
        var twice = await berit.PostAsJsonAsync($"/api/investigations/{investigation}/conclusion", new { code = 3, reason = "Igjen." }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        Assert.Equal(["code", "reason"], ErrorFields(await BodyAsync(badCode)));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.Conflict), (byCaseworker.StatusCode, concluded.StatusCode, twice.StatusCode));
        var view = await BodyAsync(concluded);
        Assert.Equal(("KONKLUDERT", 1, "VEDTAK_TILTAK"), (Text(view, "status"), view["conclusionCode"]!.GetValue<int>(), Text(view, "endCode")));
        Assert.Equal("Met", Text(await DeadlineAsync(bjorn, Text(view, "deadlineId")), "status"));
    }

    // R-70, P3 step 8: the conclusion with measures is a vedtak to the guardians with reasons and appeal information, sent
    // through KRR to digital post (the simulator's mother has a mailbox); another code tells them the investigation ended.
    [Theory]
    [InlineData(1, "vedtak", "Vedtak etter barnevernsundersøkelse")]
    [InlineData(3, "informasjon", "Barnevernsundersøkelsen er avsluttet")]
    public async Task R70_Conclusion_LetterToTheGuardiansByDigitalPost_AVedtakWithAppealInformationForMeasures(int code, string kind, string title)
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var melding = Melding(await NowAsync(bjorn), PersonAged(TimeProvider.System, 9));
        melding["guardians"] = new JsonArray(new JsonObject { ["fnr"] = TestPersons.Mother });
        var report = Assert.Single(await RegisterAsync(bjorn, melding));
        var investigation = Text(await InvestigateAsync(fixture.Host, bjorn, Text(report, "id")), "id");

        var concluded = await berit.PostAsJsonAsync($"/api/investigations/{investigation}/conclusion", new { code, reason = "Hjelpetiltak i hjemmet er nødvendig." }, Ct);
        await BackgroundWork.WaitUntilSettledAsync(fixture.Host, TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.OK, concluded.StatusCode);
        var letter = Assert.Single((await bjorn.GetFromJsonAsync<JsonArray>($"/api/cases/{Text(report, "caseId")}/letters", Ct))!)!;
        Assert.Equal((kind, title, "dpi", "sendt"), (Text(letter, "kind"), Text(letter, "title"), Text(letter, "channel"), Text(letter, "status")));
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<LetterRow>().AsNoTracking().SingleAsync(l => l.Id == Text(letter, "id"), Ct);
        Assert.Equal(code == 1, stored.AppealInformation?.Contains("Statsforvalteren", StringComparison.Ordinal) == true);
        Assert.Equal(code == 1 ? "Hjelpetiltak i hjemmet er nødvendig." : null, stored.Reasons);
    }

    [Fact]
    public async Task R17_PublicReporter_ReceiptWithinThreeWeeksOfReceiptAndFeedbackAfterTheConclusion()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var received = (await NowAsync(bjorn)).AddDays(-2);
        var id = Text(Assert.Single(await RegisterAsync(bjorn, Melding(received, PersonAged(TimeProvider.System, 9)))), "id");

        var receipt = (await ReportDeadlinesAsync(bjorn, id))["tilbakemelding_mottatt"];
        var investigation = Text(await InvestigateAsync(fixture.Host, bjorn, id), "id");
        await berit.PostAsJsonAsync($"/api/investigations/{investigation}/conclusion", new { code = 3, reason = "Ingen grunn til tiltak." }, Ct);

        // The conclusion's signal is applied before the answer, but a dispatcher that claimed it first may still be
        // applying the resume it fanned out to P3 (once under load on PostgreSQL).
        await fixture.Host.WaitUntilIdleAsync(BackgroundWork.Patience);

        Assert.Equal((Calendar.LocalDate(received).AddDays(21).ToString("yyyy-MM-dd"), "Statutory"), (Text(receipt, "dueLocal"), Text(receipt, "kind")));
        Assert.Single(await TasksAsync(bjorn, id), t => Text(t, "title").StartsWith("Send kvittering til melder", StringComparison.Ordinal));
        Assert.Single(await TasksAsync(bjorn, id), t => Text(t, "title").StartsWith("Gi offentlig melder tilbakemelding", StringComparison.Ordinal));
        Assert.Contains("tilbakemelding_konklusjon", (await ReportDeadlinesAsync(bjorn, id)).Keys);
    }

    [Theory]
    [InlineData("privat", true)]
    [InlineData("anonym", false)]
    public async Task R17_PrivateReporterGetsAReceiptOnly_AnonymousNone(string category, bool receipt)
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var melding = Melding(await NowAsync(bjorn), PersonAged(TimeProvider.System, 9));
        melding["reporter"] = new JsonObject { ["category"] = category, ["role"] = "nabo" };
        var id = Text(Assert.Single(await RegisterAsync(bjorn, melding)), "id");

        var investigation = Text(await InvestigateAsync(fixture.Host, bjorn, id), "id");
        await berit.PostAsJsonAsync($"/api/investigations/{investigation}/conclusion", new { code = 3, reason = "Ingen grunn til tiltak." }, Ct);

        // The conclusion's signal is applied before the answer, but a dispatcher that claimed it first may still be
        // applying the resume it fanned out to P3 (once under load on PostgreSQL).
        await fixture.Host.WaitUntilIdleAsync(BackgroundWork.Patience);

        var tasks = (await TasksAsync(bjorn, id)).Select(t => Text(t, "title")).ToList();
        Assert.Equal(receipt, tasks.Any(t => t.StartsWith("Send kvittering til melder", StringComparison.Ordinal)));
        Assert.DoesNotContain(tasks, t => t.StartsWith("Gi offentlig melder", StringComparison.Ordinal));
        Assert.Equal(receipt, (await ReportDeadlinesAsync(bjorn, id)).ContainsKey("tilbakemelding_mottatt"));
    }

    [Fact]
    public async Task ReportsAndInvestigations_AnotherTeam_GetsNotFoundEverywhere()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var report = Assert.Single(await RegisterAsync(bjorn, Melding(await NowAsync(bjorn), PersonAged(TimeProvider.System, 8))));
        var id = Text(report, "id");
        var investigation = Text(await InvestigateAsync(fixture.Host, bjorn, id), "id");

        var answers = new[]
        {
            await tone.GetAsync($"/api/reports/{id}", Ct),
            await ReviewAsync(tone, id, new { outcome = "henlegg", reason = "Nei." }),
            await tone.GetAsync($"/api/investigations/{investigation}", Ct),
            await tone.PostAsJsonAsync($"/api/investigations/{investigation}/conclusion", new { code = 3, reason = "Nei." }, Ct),
            await tone.PostAsJsonAsync($"/api/investigations/{investigation}/deviation-notes", new { text = "Nei." }, Ct),
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
        Assert.Empty(await ReportDeadlinesAsync(tone, id));
    }
}

/// <summary>On SQLite.</summary>
public sealed class SqliteReportApiTests(SqliteHostFixture fixture) : ReportApiTests(fixture), IClassFixture<SqliteHostFixture>;

/// <summary>On PostgreSQL.</summary>
public sealed class PostgreSqlReportApiTests(PostgreSqlHostFixture fixture) : ReportApiTests(fixture), IClassFixture<PostgreSqlHostFixture>;
