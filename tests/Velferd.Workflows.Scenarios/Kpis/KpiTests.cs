using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Scenarios.Pathways;
using Velferd.Workflows.Testing.Host;
using Velferd.Workflows.Welfare.Persons;
using static Velferd.Workflows.Scenarios.Reports.ReportApi;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Kpis;

/// <summary>
/// The KPIs of DOMAIN.md §7 for P3 and P6 (<c>GET /api/kpis</c> and its CSV) after meldinger, investigations and
/// transitions worked through the API and the clock moved; each figure is compared with a count done in SQL on the
/// host's database. A host of its own per database, so the counts see only this class's data.
/// </summary>
public abstract class KpiTests(HostFixture fixture)
{
    private readonly PathwayApi _api = new(fixture.Host);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Kpis_P3AfterReviewsInvestigationAndFeedback_MatchCountsDoneInSql()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var start = OsloDate.Today(_api.Clock);
        var now = await NowAsync(bjorn);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(Text(Assert.Single(await RegisterAsync(bjorn, Melding(now, PersonAged(_api.Clock, 9 + i)))), "id"));
        }

        Assert.Equal(HttpStatusCode.OK, (await ReviewAsync(bjorn, ids[0], new { outcome = "henlegg", reason = "Ingen grunn til bekymring." })).StatusCode);
        var investigation = Text(await InvestigateAsync(fixture.Host, bjorn, ids[1]), "id");
        await _api.PostAsync(berit, $"/api/investigations/{investigation}/conclusion", new { code = 1, reason = "Hjelpetiltak." });
        await _api.CompleteAsync(bjorn, ids[0], "Send kvittering", "Sendt", new JsonObject { ["sendt"] = true });
        await _api.AdvanceAsync("P22D");

        var query = $"pathway=P3&from={start.AddDays(-1):yyyy-MM-dd}&to={start.AddDays(1):yyyy-MM-dd}";
        var kpis = Indicators((await berit.GetFromJsonAsync<JsonObject>($"/api/kpis?{query}", Ct))!);
        var csv = await berit.GetAsync($"/api/kpis/export?{query}", Ct);
        var csvText = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Ct));

        Assert.Equal((3, null), kpis["meldinger"]);
        Assert.Equal((await SqlCountAsync("SELECT COUNT(*) FROM deadlines WHERE name = 'vurderingsfrist' AND status = 'Met'"), 3), kpis["reviewedWithin7Days"]);
        Assert.Equal((await SqlCountAsync("SELECT COUNT(*) FROM deadlines WHERE name = 'vurderingsfrist' AND status = 'Overdue'"), 3), kpis["notReviewedWithin7Days"]);
        Assert.Equal((await SqlCountAsync("SELECT COUNT(*) FROM welfare_investigations WHERE conclusion_code IS NOT NULL"), 1), kpis["investigationsWithin3Months"]);
        Assert.Equal((0, 1), kpis["investigationsExtended"]);
        var feedbackDue = await SqlCountAsync("SELECT COUNT(*) FROM deadlines WHERE name IN ('tilbakemelding_mottatt', 'tilbakemelding_konklusjon') AND status IN ('Met', 'Overdue')");
        Assert.Equal((await SqlCountAsync("SELECT COUNT(*) FROM deadlines WHERE name IN ('tilbakemelding_mottatt', 'tilbakemelding_konklusjon') AND status = 'Met'"), feedbackDue), kpis["feedbackWithin3Weeks"]);
        Assert.Equal((await SqlCountAsync("SELECT COUNT(*) FROM deadlines WHERE name IN ('tilbakemelding_mottatt', 'tilbakemelding_konklusjon') AND status = 'Overdue'"), feedbackDue), kpis["feedbackLate"]);
        Assert.Equal((2, 1, 4, 1), (kpis["reviewedWithin7Days"].Count, kpis["notReviewedWithin7Days"].Count, feedbackDue, kpis["feedbackWithin3Weeks"].Count));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("P3;", csvText, StringComparison.Ordinal);
        Assert.Contains(";reviewedWithin7Days;Gjennomgått innen 7 dager;2;3;0.667", csvText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpis_P6DecisionByHalfPastSeventeenAndNobodyEighteenWithoutOne_MatchCountsDoneInSql()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var today = OsloDate.Today(_api.Clock);

        // Two young people reached 17 y 6 m yesterday (one declined a week before, one has nothing); one turned 18 three
        // days ago with a measure from 17 and no decision.
        var halfYesterday = today.AddDays(-1).AddMonths(-210);
        var decided = await MeasureAsync(bjorn, halfYesterday, halfYesterday.AddYears(17));
        await _api.PostAsync(bjorn, $"/api/cases/{decided}/ettervern/decline", new { declinedOn = today.AddDays(-8).ToString("yyyy-MM-dd") });
        await MeasureAsync(bjorn, halfYesterday, halfYesterday.AddYears(17));
        var eighteen = today.AddDays(-3).AddYears(-18);
        await MeasureAsync(bjorn, eighteen, eighteen.AddYears(17));

        var kpis = Indicators((await berit.GetFromJsonAsync<JsonObject>($"/api/kpis?pathway=P6&from={today.AddDays(-10):yyyy-MM-dd}&to={today:yyyy-MM-dd}", Ct))!);
        var refused = await berit.GetAsync("/api/kpis?pathway=P9&from=2026-02-01&to=2026-01-01", Ct);
        var caseworker = await bjorn.GetAsync($"/api/kpis?pathway=P6&from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}", Ct);

        Assert.Equal((await SqlCountAsync("SELECT COUNT(*) FROM welfare_transition_decisions"), 2), kpis["decidedBy17Years6Months"]);
        Assert.Equal((1, 2), kpis["notDecidedBy17Years6Months"]);
        Assert.Equal((1, 1), kpis["eighteenWithoutDecision"]);
        Assert.Equal(["pathway", "to"], ErrorFields(await BodyAsync(refused)));
        Assert.Equal(HttpStatusCode.Forbidden, caseworker.StatusCode);
    }

    private static Dictionary<string, (int Count, int? Of)> Indicators(JsonObject report) =>
        report["indicators"]!.AsArray().ToDictionary(i => i!["key"]!.GetValue<string>(), i => (i!["count"]!.GetValue<int>(), i["of"]?.GetValue<int>()));

    private async Task<string> MeasureAsync(HttpClient client, DateOnly born, DateOnly measureStart)
    {
        var caseId = (await CreateAsync(client, CaseOf("Barnevern", "bv-vest", PersonBorn(born))))["id"]!.GetValue<string>();
        await _api.PostAsync(client, $"/api/cases/{caseId}/measures", new { kind = "hjelpetiltak", startDate = measureStart.ToString("yyyy-MM-dd") });
        return caseId;
    }

    private async Task<int> SqlCountAsync(string sql)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        DbConnection connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}

public sealed class SqliteKpiTests(SqliteHostFixture fixture) : KpiTests(fixture), IClassFixture<SqliteHostFixture>;

public sealed class PostgreSqlKpiTests(PostgreSqlHostFixture fixture) : KpiTests(fixture), IClassFixture<PostgreSqlHostFixture>;
