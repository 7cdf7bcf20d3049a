using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Host.RemoteServices;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.Outbox;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Reports.ReportApi;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Reports;

/// <summary>
/// DOMAIN.md AS-23 on the seeded P3 pathway: the archive down when the investigation's vedtak goes out, and
/// Folkeregisteret answering 429, as the simulator's faults; the demo users work on over HTTP and the dev clock moves
/// the four hours after which operations are alerted. A class and host of its own: the faults and the clock are the
/// host's.
/// </summary>
public sealed class ServiceOutageTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // AS-23: the vedtak is finalised while Fiks Arkiv is down: the case moves on (concluded, the letter sent, the
    // feedback deadline running), the journalpost waits in the outbox with retries, and 4 hours later an incident is open
    // for operations; retried by the administrator once the archive is back, it is delivered. Folkeregisteret answering
    // 429 (Retry-After 2000 ms) never blocks registering the melding: its deadlines are there when the answer comes, and
    // the lookup is answered by a later call. (That the client waits the Retry-After is ServiceClientTests' part.)
    [Fact]
    public async Task AS23_ArchiveDownWhenTheVedtakGoesOut_CaseMovesOnJournalpostRetriedIncidentAfterFourHours_FregTooManyRequestsNeverBlocksTheMelding()
    {
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var berit = await fixture.Host.ClientForAsync("berit.bvleder");
        var admin = await fixture.Host.ClientForAsync("admin");
        var simulator = fixture.Host.Services.GetRequiredService<LocalSimulator>().State;
        simulator.AddFault(new FaultRule { Service = "arkiv", Kind = FaultKind.Down });
        simulator.AddFault(new FaultRule { Service = "folkeregister", Kind = FaultKind.TooManyRequests, RetryAfter = "2000", Count = 2 });
        var melding = Melding(await NowAsync(bjorn), PersonAged(TimeProvider.System, 10));
        melding["guardians"] = new JsonArray(new JsonObject { ["fnr"] = TestPersons.Mother });
        var fregCallsBefore = simulator.RequestCount("folkeregister");

        var report = Assert.Single(await RegisterAsync(bjorn, melding));
        var registered = await ReportDeadlinesAsync(bjorn, Text(report, "id"));
        var investigation = Text(await InvestigateAsync(fixture.Host, bjorn, Text(report, "id")), "id");
        var concluded = await berit.PostAsJsonAsync($"/api/investigations/{investigation}/conclusion", new { code = 1, reason = "Hjelpetiltak i hjemmet." }, Ct);
        await BackgroundWork.WaitUntilAsync(fixture.Host, async () =>
            (await bjorn.GetFromJsonAsync<JsonArray>($"/api/cases/{Text(report, "caseId")}/letters", Ct))!.Any(l => Text(l, "status") == "sendt"));
        await fixture.Host.WaitUntilIdleAsync(Idle);
        var whileDown = await JournalpostsAsync(Text(report, "caseId"));
        var deadlines = await ReportDeadlinesAsync(bjorn, Text(report, "id"));

        await MoveClockAsync(await fixture.Host.ClientForAsync("kari.prosesseier"), new { advance = "PT4H5M" });
        await BackgroundWork.WaitUntilAsync(fixture.Host, async () => (await IncidentsAsync(admin)).Any(i => whileDown.Any(j => j.Id == Text(i, "id"))));
        var incident = (await IncidentsAsync(admin)).First(i => whileDown.Any(j => j.Id == Text(i, "id")));
        simulator.ClearFaults();
        var retried = await admin.PostAsync($"/api/outbox/incidents/{Text(incident, "id")}/retry", null, Ct);
        await BackgroundWork.WaitUntilAsync(fixture.Host, async () => (await JournalpostsAsync(Text(report, "caseId"))).Single(j => j.Id == Text(incident, "id")).Status == OutboxStatus.Delivered);

        Assert.Contains("vurderingsfrist", registered.Keys);
        Assert.Equal(HttpStatusCode.OK, concluded.StatusCode);
        Assert.Contains("tilbakemelding_konklusjon", deadlines.Keys);
        Assert.NotEmpty(whileDown);
        Assert.All(whileDown, j => Assert.Contains(j.Status, new[] { OutboxStatus.Pending, OutboxStatus.Claimed }));
        Assert.Contains(whileDown, j => JsonNode.Parse(j.PayloadJson!)!["entryType"]!.GetValue<string>() == "U");
        Assert.Equal(("Arkiv", HttpStatusCode.NoContent), (Text(incident, "service"), retried.StatusCode));
        Assert.True(simulator.RequestCount("folkeregister") > fregCallsBefore + 2, "the 429s were answered by a later call");
    }

    private static async Task<List<JsonNode>> IncidentsAsync(HttpClient admin) =>
        [.. (await admin.GetFromJsonAsync<JsonArray>("/api/outbox/incidents", Ct))!.Select(i => i!)];

    // The journalposts of the case in the archive's outbox.
    private async Task<List<OutboxRow>> JournalpostsAsync(string caseId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<OutboxRow>().AsNoTracking()
            .Where(m => m.Service == "Arkiv" && m.PayloadJson!.Contains(caseId)).ToListAsync(Ct);
    }
}
