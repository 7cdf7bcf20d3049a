using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Reports.ReportApi;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Access;

/// <summary>
/// Need to know (R-64) over HTTP: a service's own case material stays with it (a PPT member of a child's TIT case does
/// not get into the same child's barnevern melding or investigation, even when put on that case), and AS-05's access
/// part: after the mother withdraws consent, PPT loses the stafettlogg while its audit rows stay, and a melding from
/// PPT about the child is still accepted, without giving PPT the barnevern case.
/// </summary>
public sealed class NeedToKnowTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TimeProvider Clock => TimeProvider.System;

    [Fact]
    public async Task PptMemberOfTheTitCase_OpensTheSameChildsBarnevernInvestigation_NotFound()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var petra = await fixture.Host.ClientForAsync("petra.ppt");
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var child = PersonAged(Clock, 6);
        var titCase = (await CreateAsync(tone, TitCase(child, Guardian())))["id"]!.GetValue<string>();
        Assert.True((await tone.PostAsJsonAsync($"/api/cases/{titCase}/members", new { user = "petra.ppt", service = "ppt" }, Ct)).IsSuccessStatusCode);
        var report = Assert.Single(await RegisterAsync(bjorn, Melding(await NowAsync(bjorn), child)));
        var investigation = await InvestigateAsync(fixture.Host, bjorn, Text(report, "id"));
        var barnevernCase = Text(report, "caseId");

        // Even put on the barnevern case by name, PPT stays out of barnevern's own material.
        Assert.True((await bjorn.PostAsJsonAsync($"/api/cases/{barnevernCase}/members", new { user = "petra.ppt", service = "ppt" }, Ct)).IsSuccessStatusCode);

        Assert.Equal(HttpStatusCode.OK, (await petra.GetAsync($"/api/cases/{titCase}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await petra.GetAsync($"/api/investigations/{Text(investigation, "id")}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await petra.GetAsync($"/api/reports/{Text(report, "id")}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await petra.GetAsync($"/api/cases/{barnevernCase}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await petra.GetAsync($"/api/cases/{barnevernCase}/timeline", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bjorn.GetAsync($"/api/investigations/{Text(investigation, "id")}", Ct)).StatusCode);
    }

    [Fact]
    public async Task AS05_ConsentWithdrawn_PptLosesTheStafettloggKeepsItsAuditRowsAndCanStillReportToBarnevernet()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var petra = await fixture.Host.ClientForAsync("petra.ppt");
        var mother = Guardian();
        var child = PersonAged(Clock, 6);
        var caseId = (await CreateAsync(tone, TitCase(child, mother)))["id"]!.GetValue<string>();
        Assert.True((await tone.PostAsJsonAsync($"/api/cases/{caseId}/members", new { user = "petra.ppt", service = "ppt" }, Ct)).IsSuccessStatusCode);
        var consent = await ConsentAsync(tone, caseId, Consent(Clock, null, (mother, "forelder")));
        Assert.Equal(HttpStatusCode.Created, (await petra.PostAsJsonAsync($"/api/cases/{caseId}/stafettlogg", new { kind = "goal", text = "Trives på skolen" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await petra.GetAsync($"/api/cases/{caseId}/stafettlogg", Ct)).StatusCode);

        Assert.True((await tone.PostAsJsonAsync($"/api/consents/{consent["id"]}/withdraw", new { via = "skriftlig" }, Ct)).IsSuccessStatusCode);
        var afterWithdrawal = await petra.GetAsync($"/api/cases/{caseId}/stafettlogg", Ct);
        var melding = Assert.Single(await RegisterAsync(petra, Melding(await NowAsync(petra), child)));

        Assert.Equal(HttpStatusCode.Forbidden, afterWithdrawal.StatusCode);
        Assert.Equal("AVSLUTTET_SAMTYKKE_TRUKKET", (await tone.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}", Ct))!["endCode"]!.GetValue<string>());
        var audit = (await (await fixture.Host.ClientForAsync("admin")).GetFromJsonAsync<JsonArray>($"/api/audit?caseId={caseId}", Ct))!;
        Assert.Equal(2, audit.Count(r => r!["user"]!.GetValue<string>() == "petra.ppt" && r["route"]!.GetValue<string>().Contains("stafettlogg", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.NotFound, (await petra.GetAsync($"/api/reports/{Text(melding, "id")}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await petra.GetAsync($"/api/cases/{Text(melding, "caseId")}", Ct)).StatusCode);
    }
}
