using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Welfare;

/// <summary>
/// The stafettlogg over HTTP: read and written only by members for consented services (R-27), access gone when the
/// consent is withdrawn (R-31), frozen at closure, bad input a 400 with every field and nothing stored.
/// </summary>
public sealed class CaseLogApiTests(SqliteFrozenClockHostFixture fixture) : IClassFixture<SqliteFrozenClockHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TimeProvider Clock => fixture.Clock;

    private async Task<(HttpClient Tone, string CaseId, JsonObject Consent)> TeamCaseAsync()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var mother = Guardian();
        var id = (await CreateAsync(tone, TitCase(PersonAged(Clock, 6), mother)))["id"]!.GetValue<string>();
        foreach (var (user, service) in new[] { ("petra.ppt", "ppt"), ("bjorn.barnevern", "barnevern") })
        {
            Assert.True((await tone.PostAsJsonAsync($"/api/cases/{id}/members", new { user, service }, Ct)).IsSuccessStatusCode);
        }

        return (tone, id, await ConsentAsync(tone, id, Consent(Clock, null, (mother, "forelder"))));
    }

    private static JsonObject Measure(string dueDate) => new()
    {
        ["kind"] = "measure", ["text"] = "Leseopplegg to ganger i uka", ["responsibleService"] = "ppt", ["dueDate"] = dueDate,
    };

    [Fact]
    public async Task Stafettlogg_R27_OnlyMembersForConsentedServicesReadAndWrite()
    {
        var (tone, id, _) = await TeamCaseAsync();
        var petra = await fixture.Host.ClientForAsync("petra.ppt");
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");

        var written = await petra.PostAsJsonAsync($"/api/cases/{id}/stafettlogg", Measure("2030-01-15"), Ct);
        var petraReads = await petra.GetAsync($"/api/cases/{id}/stafettlogg", Ct);
        var bjornReads = await bjorn.GetAsync($"/api/cases/{id}/stafettlogg", Ct);
        var bjornWrites = await bjorn.PostAsJsonAsync($"/api/cases/{id}/stafettlogg", new { kind = "goal", text = "Mål" }, Ct);
        var toneReads = await tone.GetAsync($"/api/cases/{id}/stafettlogg", Ct);

        Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        var entry = Assert.Single((await petraReads.Content.ReadFromJsonAsync<JsonArray>(Ct))!)!;
        Assert.Equal(("measure", "ppt", "2030-01-15", "planlagt"), (entry["kind"]!.GetValue<string>(), entry["responsibleService"]!.GetValue<string>(),
            entry["dueDate"]!.GetValue<string>(), entry["status"]!.GetValue<string>()));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (bjornReads.StatusCode, bjornWrites.StatusCode, toneReads.StatusCode));
        Assert.Contains("stafettlogg-innforing", await TimelineKindsAsync(tone, id));
    }

    [Fact]
    public async Task Stafettlogg_R31_WithdrawalRemovesReadAccessAndClosureFreezesIt()
    {
        var (tone, id, consent) = await TeamCaseAsync();
        var petra = await fixture.Host.ClientForAsync("petra.ppt");
        await petra.PostAsJsonAsync($"/api/cases/{id}/stafettlogg", new { kind = "goal", text = "Trives på skolen" }, Ct);

        await tone.PostAsJsonAsync($"/api/consents/{consent["id"]}/withdraw", new { via = "skriftlig" }, Ct);
        var afterWithdrawal = await petra.GetAsync($"/api/cases/{id}/stafettlogg", Ct);
        var written = await petra.PostAsJsonAsync($"/api/cases/{id}/stafettlogg", new { kind = "goal", text = "Nytt mål" }, Ct);
        var closed = (await tone.GetFromJsonAsync<JsonObject>($"/api/cases/{id}", Ct))!;

        Assert.Equal(HttpStatusCode.Forbidden, afterWithdrawal.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, written.StatusCode);
        Assert.Equal("AVSLUTTET_SAMTYKKE_TRUKKET", closed["endCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stafettlogg_ClosedCase_FrozenWith409()
    {
        var (tone, id, _) = await TeamCaseAsync();
        var petra = await fixture.Host.ClientForAsync("petra.ppt");
        await tone.PostAsJsonAsync($"/api/cases/{id}/close", new { endCode = "AVSLUTTET_MÅL_NÅDD", reason = "Målene er nådd." }, Ct);

        var written = await petra.PostAsJsonAsync($"/api/cases/{id}/stafettlogg", new { kind = "evaluation", text = "Godt", goalAttainment = 5 }, Ct);
        var read = await petra.GetAsync($"/api/cases/{id}/stafettlogg", Ct);

        Assert.Equal(HttpStatusCode.Conflict, written.StatusCode);
        Assert.Equal("Stafettloggen er frosset: saken er avsluttet.", (await BodyAsync(written))["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task Stafettlogg_BadMeasure_400WithEveryFieldAndNothingStored()
    {
        var (_, id, _) = await TeamCaseAsync();
        var petra = await fixture.Host.ClientForAsync("petra.ppt");
        var bad = Measure("15.01.2030");
        bad["responsibleService"] = "barnevern";
        bad["text"] = "";
        bad["status"] = "ferdig";

        var response = await petra.PostAsJsonAsync($"/api/cases/{id}/stafettlogg", bad, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["dueDate", "responsibleService", "status", "text"], ErrorFields(await BodyAsync(response)));
        Assert.Empty((await petra.GetFromJsonAsync<JsonArray>($"/api/cases/{id}/stafettlogg", Ct))!);
    }
}
