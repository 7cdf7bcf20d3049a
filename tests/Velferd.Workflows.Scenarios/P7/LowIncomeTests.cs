using System.Text.Json.Nodes;
using Velferd.Workflows.Scenarios.Pathways;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.P7;

/// <summary>
/// P7 persistent low income (DOMAIN.md §6) as seeded: the main path with its deadlines (vedtak within 3 weeks, review
/// every 3 months, late by 30 days) and decisions to each end code, driven only through the API as nils.nav (the NAV
/// adviser) and nina.navleder (the NAV leader), with time moved by the dev clock. Its own host: the clock moves.
/// </summary>
public abstract class LowIncomeTests(HostFixture fixture)
{
    private const string Pathway = "p7-vedvarende-lavinntekt";

    private readonly PathwayApi _api = new(fixture.Host);

    [Fact]
    public async Task P7_AdviceDecidedWithinThreeWeeks_MeasuresAgreedAndReviewed_EndsRadgivningFullfort()
    {
        var (nils, caseId, instance) = await StartedAsync();

        await AssessedAsync(nils, caseId, "Økonomisk rådgivning");
        await AgreedAsync(nils, caseId);
        await _api.CompleteAsync(nils, caseId, "Gjennomgå oppfølgingsavtalen", "Rådgivning fullført", Review());

        Assert.Equal(("Finished", "RÅDGIVNING_FULLFØRT"), await PathwayApi.InstanceAsync(nils, instance));
        Assert.Equal(("Closed", "RÅDGIVNING_FULLFØRT"), await PathwayApi.CaseAsync(nils, caseId));
        var decision = Assert.Single(await PathwayApi.DeadlinesAsync(nils, caseId), d => d["name"]!.GetValue<string>() == "vedtaksfrist");
        Assert.Equal(("Met", "Lokal frist"), (decision["status"]!.GetValue<string>(), decision["kindLabel"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("Tidlig innsatsteam (P2)", "OVERFØRT_P2")]
    [InlineData("Melding til barnevernet (P3)", "MELDING_P3")]
    [InlineData("Ønsker ikke oppfølging", "AVSLUTTET_ETTER_ØNSKE")]
    public async Task P7_NeedsAssessment_HandsOnOrEnds_WithTheChosenEndCode(string outcome, string endCode)
    {
        var (nils, caseId, instance) = await StartedAsync();

        await AssessedAsync(nils, caseId, outcome);

        Assert.Equal(("Finished", endCode), await PathwayApi.InstanceAsync(nils, instance));
        Assert.Equal(("Closed", endCode), await PathwayApi.CaseAsync(nils, caseId));
    }

    [Fact]
    public async Task P7_ReviewContinuedThenTheFamilyMoved_EndsFlyttet()
    {
        var (nils, caseId, instance) = await StartedAsync();
        await AssessedAsync(nils, caseId, "Økonomisk rådgivning");
        await AgreedAsync(nils, caseId);

        await _api.CompleteAsync(nils, caseId, "Gjennomgå oppfølgingsavtalen", "Fortsett", Review());
        var nextReview = await PathwayApi.TaskAsync(nils, caseId, "Gjennomgå oppfølgingsavtalen");
        await _api.CompleteAsync(nils, caseId, "Gjennomgå oppfølgingsavtalen", "Flyttet", Review());

        Assert.NotNull(nextReview["dueAt"]);
        Assert.Equal(("Finished", "FLYTTET"), await PathwayApi.InstanceAsync(nils, instance));
    }

    [Fact]
    public async Task P7_NoVedtakWithinThreeWeeks_TheNavLeaderGetsATask()
    {
        var (nils, caseId, _) = await StartedAsync();
        var nina = await fixture.Host.ClientForAsync("nina.navleder");
        await AssessedAsync(nils, caseId, "Økonomisk rådgivning");

        await _api.AdvanceAsync("P20D");
        var beforeTheLimit = await PathwayApi.OpenTasksAsync(nina, caseId);
        await _api.AdvanceAsync("P2D");

        Assert.DoesNotContain(beforeTheLimit, t => t["title"]!.GetValue<string>().Contains("er ikke fattet innen 3 uker", StringComparison.Ordinal));
        Assert.Equal("Supervisor", (await PathwayApi.TaskAsync(nina, caseId, "er ikke fattet innen 3 uker"))["candidateRole"]!.GetValue<string>());
        Assert.Equal("Overdue", Assert.Single(await PathwayApi.DeadlinesAsync(nils, caseId), d => d["name"]!.GetValue<string>() == "vedtaksfrist")["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task P7_ReviewLateByThirtyDays_TheLeaderGetsATask_AndTheReviewStaysWithTheAdviser()
    {
        var (nils, caseId, _) = await StartedAsync();
        var nina = await fixture.Host.ClientForAsync("nina.navleder");
        await AssessedAsync(nils, caseId, "Økonomisk rådgivning");
        await AgreedAsync(nils, caseId);

        await _api.AdvanceAsync("P3M");
        await _api.AdvanceAsync("P28D");
        var beforeEscalation = await PathwayApi.OpenTasksAsync(nina, caseId);
        await _api.AdvanceAsync("P3D");

        Assert.DoesNotContain(beforeEscalation, t => t["title"]!.GetValue<string>().Contains("30 dager forsinket", StringComparison.Ordinal));
        Assert.Equal("Supervisor", (await PathwayApi.TaskAsync(nina, caseId, "30 dager forsinket"))["candidateRole"]!.GetValue<string>());
        Assert.Equal("Caseworker", (await PathwayApi.TaskAsync(nils, caseId, "Gjennomgå oppfølgingsavtalen"))["candidateRole"]!.GetValue<string>());
    }

    private static JsonObject Review() => new() { ["gjeld"] = 120000, ["arbeid"] = "Tiltak", ["barnIAktivitet"] = true };

    // Nils registers a low-income case for a child of 11 with one guardian and starts P7: the pathway asks for the mapping.
    private async Task<(HttpClient Nils, string CaseId, string Instance)> StartedAsync()
    {
        var nils = await fixture.Host.ClientForAsync("nils.nav");
        var caseId = (await CreateAsync(nils, CaseOf("Lavinntekt", "nav-sentrum", PersonAged(_api.Clock, 11), Guardian())))["id"]!.GetValue<string>();
        var instance = await _api.StartAsync(nils, Pathway, caseId);
        return (nils, caseId, instance);
    }

    // The household is mapped and the needs assessed with the chosen outcome.
    private async Task AssessedAsync(HttpClient nils, string caseId, string outcome)
    {
        await _api.CompleteAsync(nils, caseId, "Kartlegg husholdningen", "Til behovsvurdering",
            new JsonObject { ["husholdning"] = "Mor og to barn (11 og 14).", ["barnFritid"] = "Ingen faste aktiviteter.", ["gjeld"] = 180000 });
        await _api.CompleteAsync(nils, caseId, "Vurder behov", outcome, new JsonObject { ["stonad"] = true, ["begrunnelse"] = "Høy forbruksgjeld og lav inntekt." });
    }

    // The vedtak on counselling, a child-focused measure and the follow-up agreement.
    private async Task AgreedAsync(HttpClient nils, string caseId)
    {
        await _api.CompleteAsync(nils, caseId, "Fatt vedtak om økonomisk rådgivning", "Vedtak fattet",
            new JsonObject { ["startdato"] = Velferd.Workflows.Welfare.Persons.OsloDate.Today(_api.Clock).AddDays(7).ToString("yyyy-MM-dd"), ["vedtak"] = "Innvilget økonomisk rådgivning." });
        await _api.CompleteAsync(nils, caseId, "Barnerettede tiltak", "Tiltak registrert", new JsonObject { ["tiltak"] = "Fritidskort", ["barnDeltar"] = true });
        await _api.CompleteAsync(nils, caseId, "Oppfølgingsavtale", "Avtale inngått", new JsonObject { ["mal"] = "Nedbetalingsplan og arbeidsrettet tiltak." });
    }
}

public sealed class SqliteLowIncomeTests(SqliteHostFixture fixture) : LowIncomeTests(fixture), IClassFixture<SqliteHostFixture>;

public sealed class PostgreSqlLowIncomeTests(PostgreSqlHostFixture fixture) : LowIncomeTests(fixture), IClassFixture<PostgreSqlHostFixture>;
