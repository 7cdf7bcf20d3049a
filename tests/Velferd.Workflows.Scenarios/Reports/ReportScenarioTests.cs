using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Activities.FiksIo;
using Velferd.Workflows.Host.RemoteServices;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.Outbox;
using Velferd.Workflows.Persistence.Reports;
using Velferd.Workflows.Scheduling.Time;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Reports.ReportApi;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Reports;

/// <summary>
/// The P3 acceptance scenarios on the seeded pathway (DOMAIN.md §8 AS-01, AS-09, AS-11) and the rules they rest on
/// (R-10, R-15): meldinger through the simulator's Fiks IO account (read by the host's own receiver) and through
/// <c>POST /api/reports</c>, as the barnevern demo users, on the Development clock set to the scenario's dates. A class
/// and host of its own, since the clock moves for every test that shares the host.
/// </summary>
public abstract class ReportScenarioTests(HostFixture fixture)
{
    private const string Team = "bv-vest";

    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // AS-01: a public melding through Fiks IO on Friday 2024-03-01 at 16:00 gets its review deadline a week later at the
    // same wall-clock time, the receipt deadline three weeks later, a mottatt.v1 receipt, and an I journalpost.
    [Fact]
    public async Task AS01_PublicMeldingByFiksIoOnFridayAtFour_ReviewDueAWeekLaterAtFour_ReceiptDueInThreeWeeks_MottattSentAndIJournalpostQueued()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        await SetClockAsync("2024-03-01T16:00:00+01:00");

        var message = await DeliverAsync(ConcernReportMessageTypes.Public, FiksIoMelding(TestPersons.Child));

        var report = await ReportOfAsync(bjorn, message.MeldingId!);
        var deadlines = await ReportDeadlinesAsync(bjorn, Text(report, "id"));
        Assert.Equal(("fiksio", "offentlig", "MOTTATT"), (Text(report, "channel"), Text(report["reporter"], "category"), Text(report, "status")));
        Assert.InRange(deadlines["vurderingsfrist"]["dueAt"]!.GetValue<DateTimeOffset>(), At("2024-03-08T16:00:00+01:00"), At("2024-03-08T16:01:00+01:00"));
        Assert.Equal(("Statutory", "2024-03-22"), (Text(deadlines["tilbakemelding_mottatt"], "kind"), Text(deadlines["tilbakemelding_mottatt"], "dueLocal")[..10]));
        var receipt = Assert.Single(Simulator.FiksIo.Sent(), m => m.SvarPaMelding == message.MeldingId);
        Assert.Equal((ConcernReportMessageTypes.Received, "bekymringsmelding-portal"), (receipt.MeldingType, receipt.MottakerKontoId));
        var journalpost = Assert.Single(await JournalpostsAsync($"melding/{Text(report, "id")}"));
        Assert.Equal(("I", "Bekymringsmelding mottatt", Text(report, "caseId")), (Text(journalpost, "entryType"), Text(journalpost, "title"), Text(journalpost, "caseId")));
    }

    // AS-09 and R-58/R-59: a bad check digit is accepted and flagged with its task while the review timer runs; an unborn
    // child with a number fails the schema with a feilet.v1 receipt and registers nothing; a due date for a born child is 400.
    [Fact]
    public async Task AS09_BadCheckDigitsAcceptedAndFlagged_UnbornWithANumberFeilet_DueDateWithoutUnbornAnswers400()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var badDigits = await DeliverAsync(ConcernReportMessageTypes.Private, FiksIoMelding("12345678901"));
        var unbornWithNumber = await DeliverAsync(ConcernReportMessageTypes.Public, FiksIoMelding(TestPersons.Newborn, unborn: true));
        var child = PersonAged(HostClock, 3);
        child["dueDate"] = "2027-01-01";

        var dueDateWithoutUnborn = await bjorn.PostAsJsonAsync("/api/reports", Melding(await NowAsync(bjorn), child), Ct);

        var flagged = await ReportOfAsync(bjorn, badDigits.MeldingId!);
        Assert.Equal(("IDENTITET_UAVKLART", "MOTTATT"), (Text(flagged, "childIdentityStatus"), Text(flagged, "status")));
        Assert.Single(await TasksAsync(bjorn, Text(flagged, "id")), t => Text(t, "title").StartsWith("Avklar identitet", StringComparison.Ordinal));
        Assert.Equal("Pending", Text((await ReportDeadlinesAsync(bjorn, Text(flagged, "id")))["vurderingsfrist"], "status"));
        Assert.Equal(ConcernReportMessageTypes.Failed, Assert.Single(Simulator.FiksIo.Sent(), m => m.SvarPaMelding == unbornWithNumber.MeldingId).MeldingType);
        Assert.Equal(0, await StoredReportsAsync(unbornWithNumber.MeldingId!));
        Assert.Equal(HttpStatusCode.BadRequest, dueDateWithoutUnborn.StatusCode);
        Assert.Equal(["children[0].dueDate"], ErrorFields(await BodyAsync(dueDateWithoutUnborn)));
    }

    // AS-11 and R-17: the school gets a receipt and, after the investigation is concluded, feedback within 3 weeks; the
    // neighbour a receipt only; the anonymous reporter nothing. The school's feedback not sent 21 days after the
    // conclusion is overdue in the leader's overview.
    [Fact]
    public async Task AS11_SchoolNeighbourAndAnonymous_FeedbackTasksByKind_SchoolsFeedbackLateAfterConclusionEscalatesToTheLeader()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var now = await NowAsync(bjorn);
        var school = await RegisterOneAsync(bjorn, Melding(now, PersonAged(HostClock, 10)));
        var neighbour = await RegisterOneAsync(bjorn, From(Melding(now, PersonAged(HostClock, 7)), "privat", "nabo"));
        var anonymous = await RegisterOneAsync(bjorn, From(Melding(now, PersonAged(HostClock, 5)), "anonym", null));
        var investigation = Text(await InvestigateAsync(fixture.Host, bjorn, school), "id");
        var concludedOn = Calendar.LocalDate(await NowAsync(bjorn));
        var concluded = await berit.PostAsJsonAsync($"/api/investigations/{investigation}/conclusion", new { code = 1, reason = "Hjelpetiltak i hjemmet." }, Ct);
        Assert.Equal(HttpStatusCode.OK, concluded.StatusCode);
        await fixture.Host.WaitUntilIdleAsync(Idle);

        var schoolTasks = await TitlesAsync(bjorn, school);
        var neighbourTasks = await TitlesAsync(bjorn, neighbour);
        var anonymousTasks = await TitlesAsync(bjorn, anonymous);
        var feedback = (await ReportDeadlinesAsync(bjorn, school))["tilbakemelding_konklusjon"];
        await SetClockAsync(feedback["dueAt"]!.GetValue<DateTimeOffset>().AddMinutes(1).ToString("O"));
        var overview = await berit.GetFromJsonAsync<JsonObject>($"/api/deadlines/overview?team={Team}", Ct);
        var overdueTasks = await berit.GetFromJsonAsync<JsonObject>($"/api/tasks/overdue?team={Team}&caseId={school}", Ct);

        Assert.Equal(["Gi offentlig melder tilbakemelding etter undersøkelsen", "Send kvittering til melder"], schoolTasks);
        Assert.Equal(["Send kvittering til melder"], neighbourTasks);
        Assert.Empty(anonymousTasks);
        Assert.Equal(concludedOn.AddDays(21).ToString("yyyy-MM-dd"), Text(feedback, "dueLocal")[..10]);
        Assert.Equal("Overdue", Text((await ReportDeadlinesAsync(bjorn, school))["tilbakemelding_konklusjon"], "status"));
        Assert.Contains(overview!["overdue"]!["items"]!.AsArray(), d => Text(d, "id") == Text(feedback, "id"));
        Assert.Contains(overdueTasks!["items"]!.AsArray(), t => Text(t, "title").StartsWith("Gi offentlig melder tilbakemelding", StringComparison.Ordinal));
    }

    // R-10: a melding by phone from the child, by letter from the parents, told in person anonymously, from another
    // service of the municipality and through Fiks IO: every channel is the same record with the same review deadline.
    [Fact]
    public async Task R10_EveryChannel_PhoneLetterInPersonInternalAndFiksIo_TheSameRecordWithItsReviewDeadline()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var now = await NowAsync(bjorn);
        var registered = new List<string>
        {
            await RegisterOneAsync(bjorn, Through(From(Melding(now, PersonAged(HostClock, 14)), "privat", "barnet selv"), "telefon")),
            await RegisterOneAsync(bjorn, Through(From(Melding(now.AddDays(-1), PersonAged(HostClock, 9)), "privat", "familie"), "brev")),
            await RegisterOneAsync(bjorn, Through(From(Melding(now, PersonAged(HostClock, 6)), "anonym", null), "muntlig")),
            await RegisterOneAsync(bjorn, Through(From(Melding(now, PersonAged(HostClock, 1)), "offentlig", "helsestasjon"), "intern")),
        };
        var fiksIo = await DeliverAsync(ConcernReportMessageTypes.Public, FiksIoMelding(TestPersons.Child));
        registered.Add(Text(await ReportOfAsync(bjorn, fiksIo.MeldingId!), "id"));

        var reports = new List<JsonObject>();
        foreach (var id in registered)
        {
            reports.Add((await bjorn.GetFromJsonAsync<JsonObject>($"/api/reports/{id}", Ct))!);
        }

        Assert.Equal(["telefon", "brev", "muntlig", "intern", "fiksio"], reports.Select(r => Text(r, "channel")));
        Assert.Equal(["privat", "privat", "anonym", "offentlig", "offentlig"], reports.Select(r => Text(r["reporter"], "category")));
        Assert.All(reports, r => Assert.Equal(("MOTTATT", "IDENTIFISERT"), (Text(r, "status"), Text(r, "childIdentityStatus"))));
        foreach (var report in reports)
        {
            var review = (await ReportDeadlinesAsync(bjorn, Text(report, "id")))["vurderingsfrist"];
            Assert.Equal(Calendar.AddDays(report["receivedAt"]!.GetValue<DateTimeOffset>(), 7), review["dueAt"]!.GetValue<DateTimeOffset>());
            Assert.Equal(("Statutory", "barnevernsloven § 2-1 (R-12)"), (Text(review, "kind"), Text(review, "sourceRule")));
        }
    }

    // R-15: the investigation is due 3 months from its start date; caseworker and leader are reminded 14 days before;
    // it is met any time on the last day and overdue from 00:00 the next (R-04), in the leader's overview and in the
    // month's count of investigations not concluded within 3 months (the overrun report's figure).
    [Fact]
    public async Task R15_InvestigationDueThreeMonthsFromItsStart_RemindedFourteenDaysBefore_OverdueFromTheNextDay_CountedAsOverrunForItsMonth()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        await SetClockAsync("2031-01-15T10:00:00+01:00");
        var report = await RegisterOneAsync(bjorn, Melding(await NowAsync(bjorn), PersonAged(HostClock, 11)));
        var investigation = await InvestigateAsync(fixture.Host, bjorn, report);
        var deadlineId = Text(investigation, "deadlineId");

        var opened = await DeadlineAsync(bjorn, deadlineId);
        await SetClockAsync("2031-04-01T00:01:00+02:00");
        var reminded = await DeadlineAsync(bjorn, deadlineId);
        await SetClockAsync("2031-04-15T23:30:00+02:00");
        var lastDay = await DeadlineAsync(bjorn, deadlineId);
        await SetClockAsync("2031-04-16T00:01:00+02:00");
        var nextDay = await DeadlineAsync(bjorn, deadlineId);
        var overview = await berit.GetFromJsonAsync<JsonObject>($"/api/deadlines/overview?team={Team}", Ct);
        var month = (await berit.GetFromJsonAsync<JsonObject>("/api/kpis?pathway=P3&from=2031-01-01&to=2031-01-31", Ct))!["indicators"]!.AsArray()
            .Single(i => Text(i, "key") == "investigationsOverdue")!;

        Assert.Equal(("2031-01-15", "2031-04-15"), (Text(investigation, "startDate"), Text(opened, "dueLocal")[..10]));
        Assert.Equal(("Statutory", "barnevernsloven § 2-2 (R-15)"), (Text(opened, "kind"), Text(opened, "sourceRule")));
        Assert.Equal(("2031-04-01", "assignee,teamleader"), (Calendar.LocalDate(opened["reminderAt"]!.GetValue<DateTimeOffset>()).ToString("yyyy-MM-dd"), Text(opened, "reminderTargets")));
        Assert.Equal(("Reminded", "Reminded", "Overdue"), (Text(reminded, "status"), Text(lastDay, "status"), Text(nextDay, "status")));
        Assert.Contains(overview!["overdue"]!["items"]!.AsArray(), d => Text(d, "id") == deadlineId);
        Assert.Equal((1, 1), (month["count"]!.GetValue<int>(), month["of"]!.GetValue<int>()));
    }

    private static OsloBusinessCalendar Calendar => OsloBusinessCalendar.Default;

    private TimeProvider HostClock => fixture.Host.Services.GetRequiredService<TimeProvider>();

    private SimulatorState Simulator => fixture.Host.Services.GetRequiredService<LocalSimulator>().State;

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    private static JsonObject Through(JsonObject melding, string channel)
    {
        melding["channel"] = channel;
        return melding;
    }

    private static async Task<string> RegisterOneAsync(HttpClient client, JsonObject melding) => Text(Assert.Single(await RegisterAsync(client, melding)), "id");

    private static async Task<List<string>> TitlesAsync(HttpClient client, string reportId) =>
        [.. (await TasksAsync(client, reportId)).Select(t => Text(t, "title")).Select(t => t[..t.IndexOf(" (", StringComparison.Ordinal)]).Order(StringComparer.Ordinal)];

    // Moves the Development clock as the process owner and waits until what fell due has run.
    private async Task SetClockAsync(string now)
    {
        await MoveClockAsync(await fixture.Host.ClientForAsync("kari.prosesseier"), new { now });
        await BackgroundWork.WaitUntilSettledAsync(fixture.Host, Idle);
    }

    // Puts a melding on the municipality's Fiks IO account and waits until the host's receiver has taken it and what it
    // started has run.
    private async Task<InboundMessage> DeliverAsync(string messageType, string payload)
    {
        var message = Simulator.FiksIo.Deliver(new InboundMessage(null, messageType, payload));
        await BackgroundWork.WaitUntilAsync(fixture.Host, () => Simulator.FiksIo.Waiting("velferd-konto").All(m => m.MeldingId != message.MeldingId));
        await BackgroundWork.WaitUntilSettledAsync(fixture.Host, Idle);
        return message;
    }

    private static string FiksIoMelding(string childNumber, bool unborn = false) => new JsonObject
    {
        ["melder"] = new JsonObject { ["kategori"] = "skole", ["organisasjonsnummer"] = TestOrganisations.DigitalSchool },
        ["barn"] = new JsonArray(new JsonObject { ["fodselsnummer"] = childNumber, ["ufoedt"] = unborn, ["orientert"] = true }),
        ["foresatte"] = new JsonArray(new JsonObject { ["fodselsnummer"] = TestPersons.Mother }),
        ["bekymring"] = $"Barnet kommer ofte sulten på skolen ({Guid.NewGuid():N}).",
    }.ToJsonString();

    // The melding a Fiks IO message registered (its melding id is the message id), as the barnevern team reads it.
    private async Task<JsonObject> ReportOfAsync(HttpClient client, string messageId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<ConcernReportRow>().AsNoTracking()
            .Where(r => r.MeldingId == $"fiksio-{messageId}").Select(r => r.Id).SingleAsync(Ct);
        return (await client.GetFromJsonAsync<JsonObject>($"/api/reports/{id}", Ct))!;
    }

    private async Task<int> StoredReportsAsync(string messageId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<ConcernReportRow>().CountAsync(r => r.MeldingId == $"fiksio-{messageId}", Ct);
    }

    // The journalposts of a document in the archive's outbox (whatever their delivery state).
    private async Task<List<JsonObject>> JournalpostsAsync(string documentReference)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var payloads = await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<OutboxRow>().AsNoTracking()
            .Where(m => m.Service == "Arkiv" && m.PayloadJson!.Contains(documentReference))
            .Select(m => m.PayloadJson!)
            .ToListAsync(Ct);
        return [.. payloads.Select(p => JsonNode.Parse(p)!.AsObject())];
    }
}

/// <summary>On SQLite.</summary>
public sealed class SqliteReportScenarioTests(SqliteHostFixture fixture) : ReportScenarioTests(fixture), IClassFixture<SqliteHostFixture>;

/// <summary>On PostgreSQL.</summary>
public sealed class PostgreSqlReportScenarioTests(PostgreSqlHostFixture fixture) : ReportScenarioTests(fixture), IClassFixture<PostgreSqlHostFixture>;
