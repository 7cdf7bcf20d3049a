using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Host.RemoteServices;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.Outbox;
using Velferd.Workflows.Scenarios.Pathways;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.P6;

/// <summary>
/// DOMAIN.md AS-17 on the seeded P6 pathway, through the API as bjorn.barnevern with the dev clock at 2024-10-15: the
/// simulator's young adult (15890650071, born 2006-09-15, digital mailbox in KRR) has a care measure when she turns 18;
/// ending it is a vedtak that goes to her by digital post and into the archive as a U journalpost. The clock is set to a
/// date of its own, so the class has its own host (the other P6 tests count from the host's clock).
/// </summary>
public abstract class EndingAtEighteenTests(HostFixture fixture)
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(60);

    private readonly PathwayApi _api = new(fixture.Host);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // AS-17: when the caseworker sets «opphør ved 18 år», a reasoned vedtak with appeal information is required (a plain
    // end is refused, a vedtak without reasons is 400), sent as U with an archive reference, and the appeal window opens
    // 3 weeks from the delivery receipt.
    [Fact]
    public async Task AS17_OpphorVed18Ar_ReasonedVedtakWithAppealInformation_SentAsUWithArchiveReference_AppealWindowFromTheReceipt()
    {
        await _api.SetClockAsync("2024-10-15T09:00:00+02:00");
        var bjorn = await fixture.Host.ClientForAsync("bjorn.barnevern");
        var youngAdult = new JsonObject { ["fnr"] = TestPersons.YoungAdult, ["birthDate"] = "2006-09-15" };
        var caseId = (await CreateAsync(bjorn, CaseOf("Barnevern", "bv-vest", youngAdult)))["id"]!.GetValue<string>();
        var measure = (await _api.PostAsync(bjorn, $"/api/cases/{caseId}/measures", new { kind = "omsorgstiltak", startDate = "2024-10-15" }))["id"]!.GetValue<string>();

        var plainEnd = await bjorn.PostAsJsonAsync($"/api/measures/{measure}/end", new { reason = "Fylt 18 år." }, Ct);
        var unreasoned = await bjorn.PostAsJsonAsync($"/api/cases/{caseId}/ettervern/termination-decision", new { reason = " " }, Ct);
        var vedtak = await _api.PostAsync(bjorn, $"/api/cases/{caseId}/ettervern/termination-decision", new { reason = "Behovet for tiltak er ikke lenger til stede." });
        await BackgroundWork.WaitUntilSettledAsync(fixture.Host, Idle);
        var letter = Assert.Single((await bjorn.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/letters", Ct))!)!;
        var journalpost = Assert.Single(await JournalpostsAsync(caseId, "U"));
        await _api.CompleteAsync(bjorn, caseId, "Registrer mottakskvittering for vedtak om opphør", "Vedtaket er mottatt", new JsonObject { ["mottatt"] = "2024-10-16" });
        var window = Assert.Single(await PathwayApi.DeadlinesAsync(bjorn, caseId), d => d["name"]!.GetValue<string>() == "klagefrist");

        Assert.Equal(HttpStatusCode.Conflict, plainEnd.StatusCode);
        Assert.Equal(["reason"], ErrorFields(await BodyAsync(unreasoned)));
        Assert.Equal("Behovet for tiltak er ikke lenger til stede.", vedtak["reason"]!.GetValue<string>());
        Assert.Contains("Statsforvalteren", vedtak["appealInformation"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(("vedtak", "Vedtak om opphør av tiltak", "dpi", "sendt"),
            (letter["kind"]!.GetValue<string>(), letter["title"]!.GetValue<string>(), letter["channel"]?.GetValue<string>(), letter["status"]!.GetValue<string>()));
        Assert.Equal(("Vedtak om opphør av tiltak", $"brev/{letter["id"]!.GetValue<string>()}"), (journalpost.Title, journalpost.Document));
        Assert.StartsWith("jp-", journalpost.ArchiveReference, StringComparison.Ordinal);
        Assert.Equal(("Lovpålagt frist", "2024-11-06"), (window["kindLabel"]!.GetValue<string>(), window["dueLocal"]!.GetValue<string>()[..10]));
    }

    // The journalposts of the case the archive received: each delivered outbox message to Fiks Arkiv naming the case,
    // with the archive's id for it (the simulator's receipt for the message's idempotency key).
    private async Task<List<(string Title, string Document, string? ArchiveReference)>> JournalpostsAsync(string caseId, string type)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<OutboxRow>().AsNoTracking()
            .Where(m => m.Service == "Arkiv" && m.Status == OutboxStatus.Delivered && m.PayloadJson!.Contains(caseId))
            .Select(m => new { m.PayloadJson, m.IdempotencyKey })
            .ToListAsync(Ct);
        var receipts = fixture.Host.Services.GetRequiredService<LocalSimulator>().State.Effects().Where(e => e.Service == "arkiv").ToList();
        return [.. rows.Select(r => (Payload: JsonNode.Parse(r.PayloadJson!)!, r.IdempotencyKey))
            .Where(r => r.Payload["entryType"]!.GetValue<string>() == type)
            .Select(r => (r.Payload["title"]!.GetValue<string>(), r.Payload["documentReference"]!.GetValue<string>(),
                receipts.SingleOrDefault(e => e.IdempotencyKey == r.IdempotencyKey)?.Result))];
    }
}

public sealed class SqliteEndingAtEighteenTests(SqliteHostFixture fixture) : EndingAtEighteenTests(fixture), IClassFixture<SqliteHostFixture>;

public sealed class PostgreSqlEndingAtEighteenTests(PostgreSqlHostFixture fixture) : EndingAtEighteenTests(fixture), IClassFixture<PostgreSqlHostFixture>;
