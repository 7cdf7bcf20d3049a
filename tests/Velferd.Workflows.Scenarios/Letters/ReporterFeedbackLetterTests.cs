using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.Letters;
using Velferd.Workflows.Scenarios.Pathways;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Reports.ReportApi;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Letters;

/// <summary>
/// R-17 feedback letters over HTTP as the demo users on the Development clock: when the caseworker completes a feedback
/// task, the reporter gets a letter through the letter pathway and the outbox to the simulator: a public reporter's
/// school by SvarUt (the receipt saying an investigation was opened, then that it ended), a private reporter by digital
/// post (the receipt only), an anonymous reporter none. No letter carries the child's number or name or the melding.
/// </summary>
public abstract class ReporterFeedbackLetterTests(HostFixture fixture)
{
    private const string ChildName = "Ola Bekymringsbarn";

    private const string SvarUtServiceName = "SvarUt";

    private const string DigitalPostServiceName = "DigitalPost";

    private readonly PathwayApi _api = new(fixture.Host);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task R17_PublicReporter_ReceiptSaysTheInvestigationWasOpened_ThenItsEnd_BothBySvarUtToTheSchool()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var (report, child) = await MeldingFromAsync(bjorn, new JsonObject
        {
            ["category"] = "offentlig", ["role"] = "skole", ["organisation"] = "Eksempel skole", ["organisationNumber"] = TestOrganisations.DigitalSchool,
        });
        var investigation = Text(await InvestigateAsync(fixture.Host, bjorn, Text(report, "id")), "id");

        await _api.CompleteAsync(bjorn, Text(report, "id"), "Send kvittering til melder", "Sendt", new JsonObject { ["sendt"] = true });
        await _api.PostAsync(berit, $"/api/investigations/{investigation}/conclusion", new { code = 3, reason = "Ingen grunn til tiltak etter samtaler med familien." });
        await _api.CompleteAsync(bjorn, Text(report, "id"), "Gi offentlig melder tilbakemelding", "Sendt", new JsonObject { ["sendt"] = true });

        var letters = await ReporterLettersAsync(fixture.Host, bjorn, Text(report, "caseId"));
        Assert.Equal(
            [("Kvittering for bekymringsmelding", "svarut", "sendt"), ("Tilbakemelding på bekymringsmelding", "svarut", "sendt")],
            letters.Select(l => (Text(l, "title"), Text(l, "channel"), Text(l, "status"))));
        var (receipt, ended) = (await BodyOfAsync(Text(letters[0], "id")), await BodyOfAsync(Text(letters[1], "id")));
        Assert.Contains("Det er åpnet undersøkelse.", receipt, StringComparison.Ordinal);
        Assert.Contains("har avsluttet undersøkelsen", ended, StringComparison.Ordinal);
        AssertNoCaseDetails(child, receipt, ended);
        Assert.DoesNotContain("tiltak", ended, StringComparison.OrdinalIgnoreCase);
        foreach (var letter in letters)
        {
            Assert.Equal(1, await ShipmentsOfAsync(SvarUtServiceName, Text(letter, "id")));
        }
    }

    [Fact]
    public async Task R17_PrivateReporter_GetsTheReceiptOnlyByDigitalPost_NothingAboutTheInvestigation()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var (report, child) = await MeldingFromAsync(bjorn, new JsonObject { ["category"] = "privat", ["role"] = "nabo", ["fnr"] = TestPersons.Mother });
        var investigation = Text(await InvestigateAsync(fixture.Host, bjorn, Text(report, "id")), "id");

        await _api.CompleteAsync(bjorn, Text(report, "id"), "Send kvittering til melder", "Sendt", new JsonObject { ["sendt"] = true });
        await _api.PostAsync(berit, $"/api/investigations/{investigation}/conclusion", new { code = 3, reason = "Ingen grunn til tiltak." });

        var letter = Assert.Single(await ReporterLettersAsync(fixture.Host, bjorn, Text(report, "caseId")));
        Assert.Equal(("Kvittering for bekymringsmelding", "dpi", "sendt"), (Text(letter, "title"), Text(letter, "channel"), Text(letter, "status")));
        var body = await BodyOfAsync(Text(letter, "id"));
        Assert.DoesNotContain("undersøkelse", body, StringComparison.OrdinalIgnoreCase);
        AssertNoCaseDetails(child, body);
        Assert.Equal(1, await ShipmentsOfAsync(DigitalPostServiceName, Text(letter, "id")));
    }

    [Fact]
    public async Task R17_AnonymousReporter_GetsNoLetter_AndCannotGiveAnAddress()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var (report, _) = await MeldingFromAsync(bjorn, new JsonObject { ["category"] = "anonym" });
        var investigation = Text(await InvestigateAsync(fixture.Host, bjorn, Text(report, "id")), "id");
        await _api.PostAsync(berit, $"/api/investigations/{investigation}/conclusion", new { code = 3, reason = "Ingen grunn til tiltak." });

        var withAddress = Melding(await NowAsync(bjorn), PersonAged(TimeProvider.System, 8));
        withAddress["reporter"] = new JsonObject { ["category"] = "anonym", ["fnr"] = TestPersons.Mother, ["organisationNumber"] = TestOrganisations.DigitalSchool };
        var refused = await bjorn.PostAsJsonAsync("/api/reports", withAddress, Ct);

        Assert.Empty(await ReporterLettersAsync(fixture.Host, bjorn, Text(report, "caseId")));
        Assert.DoesNotContain(await PathwayApi.OpenTasksAsync(bjorn, Text(report, "id")), t => Text(t, "title").Contains("melder", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["reporter.fnr", "reporter.organisationNumber"], ErrorFields(await BodyAsync(refused)));
    }

    [Fact]
    public async Task Register_PublicReporterWithABadOrganisationNumber_FieldErrorAndNothingStored()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var melding = Melding(await NowAsync(bjorn), PersonAged(TimeProvider.System, 8));
        melding["reporter"] = new JsonObject { ["category"] = "offentlig", ["role"] = "skole", ["organisationNumber"] = "910000005" };

        var refused = await bjorn.PostAsJsonAsync("/api/reports", melding, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["reporter.organisationNumber"], ErrorFields(await BodyAsync(refused)));
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var text = melding["text"]!.GetValue<string>();
        Assert.False(await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<Persistence.Reports.ConcernReportRow>().AnyAsync(r => r.Text == text, Ct));
    }

    // A melding about a new 9-year-old with a name, registered now by the given reporter; the record and the child.
    private static async Task<(JsonObject Report, JsonObject Child)> MeldingFromAsync(HttpClient bjorn, JsonObject reporter)
    {
        var child = PersonAged(TimeProvider.System, 9, name: ChildName);
        var melding = Melding(await NowAsync(bjorn), child);
        melding["reporter"] = reporter;
        return (Assert.Single(await RegisterAsync(bjorn, melding)), child);
    }

    private static void AssertNoCaseDetails(JsonObject child, params string[] bodies)
    {
        foreach (var body in bodies)
        {
            Assert.DoesNotContain(Text(child, "fnr"), body, StringComparison.Ordinal);
            Assert.DoesNotContain(ChildName, body, StringComparison.Ordinal);
            Assert.DoesNotContain("Bekymring ", body, StringComparison.Ordinal);
        }
    }

    private async Task<string> BodyOfAsync(string letterId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<LetterRow>().AsNoTracking().SingleAsync(l => l.Id == letterId, Ct)).Body;
    }

    private Task<int> ShipmentsOfAsync(string service, string letterId) => SimulatorShipments.OfLetterAsync(fixture.Host, service, letterId);
}

/// <summary>On SQLite.</summary>
public sealed class SqliteReporterFeedbackLetterTests(SqliteHostFixture fixture) : ReporterFeedbackLetterTests(fixture), IClassFixture<SqliteHostFixture>;

/// <summary>On PostgreSQL.</summary>
public sealed class PostgreSqlReporterFeedbackLetterTests(PostgreSqlHostFixture fixture) : ReporterFeedbackLetterTests(fixture), IClassFixture<PostgreSqlHostFixture>;
