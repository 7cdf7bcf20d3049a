using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Host.RemoteServices;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Reports.ReportApi;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Reports;

/// <summary>
/// What a reporter types into a melding is answered outside the case view (issue 17): a fødselsnummer in the text is
/// masked in <c>/api/reports</c> as in every answer outside the case view, and once the case holds a person with a
/// strictly confidential address (R-63), nothing that reads as an address is in any melding or investigation answer,
/// whoever typed it (the reporter, the reviewer, the leader concluding).
/// </summary>
public abstract class ReportFreeTextTests(FrozenClockHostFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetReport_TextWithTheChildsFodselsnummer_AnswersItMasked_WhileTheCaseViewShowsIt()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var child = PersonAged(fixture.Clock, 9);
        var number = child["fnr"]!.GetValue<string>();
        var melding = Melding(Now(), child);
        melding["text"] = $"Læreren ringte om eleven ({number}), som kom på skolen med blåmerker.";

        var report = Assert.Single(await RegisterAsync(bjorn, melding));
        var answer = await bjorn.GetStringAsync($"/api/reports/{Text(report, "id")}", Ct);
        var caseView = await bjorn.GetStringAsync($"/api/cases/{Text(report, "caseId")}", Ct);

        Assert.DoesNotContain(number, answer, StringComparison.Ordinal);
        Assert.Equal($"Læreren ringte om eleven (******{number[6..]}), som kom på skolen med blåmerker.", Text(JsonNode.Parse(answer), "text"));
        Assert.Contains(number, caseView, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportAndInvestigation_StrictlyConfidentialMother_HerAddressTypedInAnyTextIsInNoAnswer()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var melding = Melding(Now(), PersonAged(fixture.Clock, 6));
        melding["guardians"] = new JsonArray(new JsonObject { ["fnr"] = TestPersons.StrictlyConfidential });
        melding["text"] = $"Mor bor nå i {TestPersons.StrictlyConfidentialStreet}, 3442 HYGGEN. Barnet sier det er redd for far.";
        var report = Assert.Single(await RegisterAsync(bjorn, melding));
        var id = Text(report, "id");
        await GradedStrictlyConfidentialAsync();

        var answers = new List<string> { await bjorn.GetStringAsync($"/api/reports/{id}", Ct) };
        var review = await ReviewAsync(bjorn, id, new { outcome = "undersok", reason = "Mor (skjulestien 13b) må kontaktes via politiet." });
        Assert.Equal(HttpStatusCode.Created, review.StatusCode);
        var investigation = Text(await BodyAsync(review), "id");
        var conclusion = await berit.PostAsJsonAsync(
            $"/api/investigations/{investigation}/conclusion", new { code = 3, reason = "Samtale med mor i Skjulestien avklarte bekymringen." }, Ct);
        Assert.Equal(HttpStatusCode.OK, conclusion.StatusCode);
        answers.Add(await conclusion.Content.ReadAsStringAsync(Ct));
        answers.Add(await bjorn.GetStringAsync($"/api/reports/{id}", Ct));
        answers.Add(await bjorn.GetStringAsync($"/api/investigations/{investigation}", Ct));

        Assert.All(answers, a => Assert.DoesNotContain("skjulestien", a, StringComparison.OrdinalIgnoreCase));
        Assert.All(answers, a => Assert.DoesNotContain("HYGGEN", a, StringComparison.Ordinal));
        var read = (await bjorn.GetFromJsonAsync<JsonObject>($"/api/reports/{id}", Ct))!;
        Assert.Equal("Mor bor nå i [adresse skjult], [adresse skjult]. Barnet sier det er redd for far.", Text(read, "text"));
        Assert.Equal("Mor ([adresse skjult]) må kontaktes via politiet.", Text(read, "reviewReason"));
        Assert.Equal("Samtale med mor i [adresse skjult] avklarte bekymringen.", Text(await bjorn.GetFromJsonAsync<JsonObject>($"/api/investigations/{investigation}", Ct), "conclusionReason"));
    }

    [Fact]
    public async Task GetReport_NobodyOnTheCaseProtected_TextWithAnAddressIsAnsweredAsTyped()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var melding = Melding(Now(), PersonAged(fixture.Clock, 11));
        melding["text"] = "Familien bor i Storgata 10, 3442 HYGGEN.";

        var report = Assert.Single(await RegisterAsync(bjorn, melding));

        Assert.Equal("Familien bor i Storgata 10, 3442 HYGGEN.", Text(await bjorn.GetFromJsonAsync<JsonObject>($"/api/reports/{Text(report, "id")}", Ct), "text"));
    }

    private DateTimeOffset Now()
    {
        var now = fixture.Clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    // Folkeregisteret grades the mother (again) and the engine reads its feed: every case that holds her is graded.
    private async Task GradedStrictlyConfidentialAsync()
    {
        fixture.Host.Services.GetRequiredService<LocalSimulator>().State.ChangeAddressProtection(TestPersons.StrictlyConfidential, "strengtFortrolig");
        await fixture.Host.Services.GetRequiredService<FolkeregisterFeedService>().ReadOnceAsync(Ct);
    }
}

/// <summary>On SQLite.</summary>
public sealed class SqliteReportFreeTextTests(SqliteFrozenClockHostFixture fixture) : ReportFreeTextTests(fixture), IClassFixture<SqliteFrozenClockHostFixture>;

/// <summary>On PostgreSQL.</summary>
public sealed class PostgreSqlReportFreeTextTests(PostgreSqlFrozenClockHostFixture fixture) : ReportFreeTextTests(fixture), IClassFixture<PostgreSqlFrozenClockHostFixture>;
