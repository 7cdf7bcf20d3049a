using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Activities.FiksIo;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Host.RemoteServices;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.Reports;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Databases;
using static Velferd.Workflows.Testing.Host.BackgroundWork;

namespace Velferd.Workflows.IntegrationTests.Services;

/// <summary>
/// Inbound Fiks IO through the real host: the receiver polls the simulated account, starts the pathway bound to
/// <c>Velferd.FiksIo.MottaBekymringsmelding</c>, and the pathway's receipt leaves through the outbox (DOMAIN.md AS-09).
/// </summary>
public abstract class InboundConcernReportTests(DatabaseKind kind)
{
    private const string Account = "velferd-konto";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FiksIo_ValidFlaggedInvalidAndReplayedMeldinger_OnePathwayEachReceiptOnceNothingDroppedNoNumberLogged()
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new ServiceScenarioHostFactory(database);
        _ = host.Server;
        var simulator = host.Services.GetRequiredService<LocalSimulator>().State;
        var definitionId = await PublishAsync(host);

        var valid = simulator.FiksIo.Deliver(new InboundMessage(null, ConcernReportMessageTypes.Public, Melding(TestPersons.Child)));
        var badNumber = simulator.FiksIo.Deliver(new InboundMessage(null, ConcernReportMessageTypes.Private, Melding("12345678901")));
        var unbornWithNumber = simulator.FiksIo.Deliver(new InboundMessage(null, ConcernReportMessageTypes.Public, Melding(TestPersons.Newborn, unborn: true)));
        await WaitUntilAsync(host, () => simulator.FiksIo.Waiting(Account).Count == 0 && simulator.FiksIo.Sent().Count >= 3);
        simulator.FiksIo.Deliver(valid);
        await WaitUntilAsync(host, () => simulator.FiksIo.Waiting(Account).Count == 0);
        await WaitUntilIdleAsync(host);

        var instances = await InstancesAsync(host, definitionId);
        Assert.Equal(2, instances.Count);
        var outcomes = new List<string>();
        foreach (var instance in instances)
        {
            var log = await LogAsync(host, instance.Id);
            outcomes.Add(log.Single(r => r.ActivityId == "receive" && r.Status == ActivityExecutionStatus.Completed).Outcomes.Single());
            Assert.Equal(WorkflowStatus.Finished, instance.Status);
        }

        Assert.Equal([ReceiveConcernReport.UnresolvedIdentity, ReceiveConcernReport.Received], outcomes.Order(StringComparer.Ordinal));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // The same registration as POST /api/reports: one record per valid melding, the replay stores nothing.
            var records = await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<ConcernReportRow>()
                .Where(r => r.Channel == "fiksio").Select(r => r.ChildIdentityStatus).ToListAsync(Ct);
            Assert.Equal(["IDENTIFISERT", "IDENTITET_UAVKLART"], records.Order(StringComparer.Ordinal));
        }

        var sent = simulator.FiksIo.Sent();
        Assert.Equal(3, sent.Count);
        Assert.Single(sent, m => m.SvarPaMelding == valid.MeldingId && m.MeldingType == ConcernReportMessageTypes.Received);
        Assert.Single(sent, m => m.SvarPaMelding == badNumber.MeldingId && m.MeldingType == ConcernReportMessageTypes.Received);
        Assert.Single(sent, m => m.SvarPaMelding == unbornWithNumber.MeldingId && m.MeldingType == ConcernReportMessageTypes.Failed);
        Assert.All(sent, m => Assert.Equal("bekymringsmelding-portal", m.MottakerKontoId));
        Assert.True(simulator.Maskinporten.RequireTokens && simulator.Maskinporten.TokenRequests >= 1, "Development calls Fiks IO with a Maskinporten token");
        foreach (var number in TestPersons.All.Keys.Append("12345678901"))
        {
            Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(number, StringComparison.Ordinal));
        }
    }

    private static string Melding(string childNumber, bool unborn = false) => new JsonObject
    {
        ["melder"] = new JsonObject { ["kategori"] = "skole", ["organisasjonsnummer"] = TestOrganisations.DigitalSchool },
        ["barn"] = new JsonArray(new JsonObject { ["fodselsnummer"] = childNumber, ["ufoedt"] = unborn, ["orientert"] = true }),
        ["foresatte"] = new JsonArray(new JsonObject { ["fodselsnummer"] = TestPersons.Mother }),
        ["bekymring"] = "Barnet kommer ofte sulten på skolen.",
    }.ToJsonString();

    private static async Task<string> PublishAsync(ServiceScenarioHostFactory host)
    {
        static JsonObject Bind(string variable) => new() { ["typeName"] = "String", ["memoryReference"] = new JsonObject { ["id"] = $"var-{variable}" } };
        var model = new FlowchartBuilder($"P3 Fiks IO {Guid.NewGuid():N}")
            .Variable("meldingId", "String")
            .Variable("avsender", "String")
            .Activity("receive", "Velferd.FiksIo.MottaBekymringsmelding", ("messageTypes", Expr.Literal(ReceiveConcernReport.AllTypes)), ("messageId", Bind("meldingId")), ("senderAccount", Bind("avsender")))
            .Activity("receipt", "Velferd.FiksIo.SendKvittering", ("messageId", Expr.Variable("meldingId", "String")), ("senderAccount", Expr.Variable("avsender", "String")), ("kind", Expr.Literal(SendReceipt.Received)))
            .Activity("end", "Elsa.End")
            .Connect("receive", "receipt", ReceiveConcernReport.Received)
            .Connect("receive", "receipt", ReceiveConcernReport.UnresolvedIdentity)
            .Connect("receipt", "end")
            .Build();
        await using var scope = host.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveAsync(model, publish: true, Ct);
        return saved.Definition!.DefinitionId;
    }

    private static async Task<IReadOnlyList<WorkflowInstance>> InstancesAsync(ServiceScenarioHostFactory host, string definitionId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().ListAsync(new InstanceQuery { DefinitionId = definitionId }, Ct)).Items;
    }

    private static Task WaitUntilIdleAsync(ServiceScenarioHostFactory host) => WaitUntilAsync(host, async () =>
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IStimulusQueue>().CountUnfinishedAsync(Ct) == 0
            && await scope.ServiceProvider.GetRequiredService<IOutboxStore>().CountUnfinishedAsync(null, Ct) == 0;
    });
}

/// <summary>On SQLite.</summary>
[Collection(ServiceScenarioCollection.Name)]
public sealed class SqliteInboundConcernReportTests() : InboundConcernReportTests(DatabaseKind.Sqlite);

/// <summary>On PostgreSQL.</summary>
[Collection(ServiceScenarioCollection.Name)]
public sealed class PostgresInboundConcernReportTests() : InboundConcernReportTests(DatabaseKind.PostgreSql);
