using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Host.RemoteServices;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Databases;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Services;

/// <summary>
/// The service side of DOMAIN.md AS-23 and through the real host, outbox table, HTTP clients and simulator:
/// Freg's 429 honoured, the archive down while the case moves on and delivered once later, a reserved person's letter
/// to print, a protected address blocked, each effect once; and no fødselsnummer in the log.
/// </summary>
public abstract class ServiceScenarioTests(DatabaseKind kind)
{

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pathway_FaultyServices_MovesOnDeliversEachEffectOnceAndLogsNoIdentityNumber()
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new ServiceScenarioHostFactory(database);
        _ = host.Server;
        var simulator = host.Services.GetRequiredService<LocalSimulator>().State;
        simulator.AddFault(new FaultRule { Service = "folkeregister", Kind = FaultKind.TooManyRequests, RetryAfter = "1000" });
        simulator.AddFault(new FaultRule { Service = "arkiv", Kind = FaultKind.Down });
        simulator.AddFault(new FaultRule { Service = "digitalpost", Kind = FaultKind.ServerError, AfterEffect = true });
        var definitionId = await PublishAsync(host);

        var instanceId = await StartAsync(host, definitionId);
        var instance = await WaitForAsync(host, instanceId, i => i.Status == WorkflowStatus.Finished);
        var log = await ReadLogAsync(host, instanceId);
        var journal = await FindJournalMessageAsync(host, instanceId);

        Assert.Equal(["Funnet"], log.Single(r => r.ActivityId == "person" && r.Status == ActivityExecutionStatus.Completed).Outcomes);
        var letterOutput = log.Single(r => r.ActivityId == "letterToReserved" && r.Status == ActivityExecutionStatus.Completed).Output!.AsObject();
        Assert.Equal("Print", letterOutput.Single(p => p.Key.Equals("Channel", StringComparison.OrdinalIgnoreCase)).Value!.GetValue<string>());
        Assert.Equal(["ManuellHandtering"], log.Single(r => r.ActivityId == "letterToProtected" && r.Status == ActivityExecutionStatus.Completed).Outcomes);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        // Not delivered while the archive is down; the worker may hold it for its next attempt at this moment.
        Assert.Contains(journal.Status, new[] { OutboxStatus.Pending, OutboxStatus.Claimed });
        Assert.True(simulator.RequestCount("folkeregister") >= 4, "the 429 was retried");

        simulator.ClearFaults();
        journal = await WaitForMessageAsync(host, journal.Id, m => m.Status == OutboxStatus.Delivered);

        var effects = simulator.Effects();
        Assert.Equal(1, Assert.Single(effects, e => e.Service == "arkiv").Effects);
        var letter = Assert.Single(effects, e => e.Service == "digitalpost");
        Assert.Equal((1, 2), (letter.Effects, letter.Requests));
        Assert.True(journal.Attempts >= 2);
        // The worker logs a delivery after marking it; wait for the archive's line so the scan sees the whole run.
        var lines = await WaitForLogAsync(host, l => l.Contains("\"Journalfor\" delivered", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"SendBrev\" delivered", StringComparison.Ordinal));
        foreach (var number in TestPersons.All.Keys)
        {
            Assert.DoesNotContain(lines, l => l.Contains(number, StringComparison.Ordinal));
        }
    }

    private static async Task<string> PublishAsync(ServiceScenarioHostFactory host)
    {
        var model = new FlowchartBuilder($"Tjenester {Guid.NewGuid():N}")
            .Activity("start", "Elsa.Start")
            .Activity("person", "Velferd.Folkeregister.HentPerson", ("identityNumber", Expr.Literal(TestPersons.Child)))
            .Activity("archive", "Velferd.Arkiv.Journalfor", ("caseId", Expr.Literal("sak-as23")), ("entryType", Expr.Literal("U")), ("title", Expr.Literal("Vedtak")))
            .Activity("letterToReserved", "Velferd.DigitalPost.SendBrev", ("identityNumber", Expr.Literal(TestPersons.ReservedFather)), ("title", Expr.Literal("Vedtak")), ("documentReference", Expr.Literal("dok-1")))
            .Activity("letterToProtected", "Velferd.DigitalPost.SendBrev", ("identityNumber", Expr.Literal(TestPersons.StrictlyConfidential)), ("title", Expr.Literal("Vedtak")), ("documentReference", Expr.Literal("dok-2")))
            .Activity("end", "Elsa.End")
            .Connect("start", "person")
            .Connect("person", "archive", "Funnet")
            .Connect("archive", "letterToReserved")
            .Connect("letterToReserved", "letterToProtected", "Sendt")
            .Connect("letterToProtected", "end", "ManuellHandtering")
            .Build();
        await using var scope = host.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveAsync(model, publish: true, Ct);
        return saved.Definition!.DefinitionId;
    }

    private static async Task<string> StartAsync(ServiceScenarioHostFactory host, string definitionId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var started = await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().StartAsync(new StartRequest(definitionId, new Dictionary<string, JsonNode?>()), Ct);
        return started.InstanceId!;
    }

    private static async Task<IReadOnlyList<ActivityExecutionRecord>> ReadLogAsync(ServiceScenarioHostFactory host, string instanceId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().GetExecutionLogAsync(instanceId, Ct);
    }

    private static async Task<OutboxMessage> FindJournalMessageAsync(ServiceScenarioHostFactory host, string instanceId)
    {
        var log = await ReadLogAsync(host, instanceId);
        var output = log.Single(r => r.ActivityId == "archive").Output!.AsObject();
        var reference = output.Single(p => p.Key.Equals("OutboxReference", StringComparison.OrdinalIgnoreCase)).Value!.GetValue<string>();
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IOutboxStore>().FindAsync(reference, Ct))!;
    }

    private static async Task<WorkflowInstance> WaitForAsync(ServiceScenarioHostFactory host, string instanceId, Func<WorkflowInstance, bool> done)
    {
        await BackgroundWork.WaitUntilAsync(host, async () => await BackgroundWork.FindAsync(host, instanceId) is { } instance && done(instance));
        return await BackgroundWork.FindAsync(host, instanceId);
    }

    private static async Task<IReadOnlyList<string>> WaitForLogAsync(ServiceScenarioHostFactory host, Func<string, bool> wanted)
    {
        await BackgroundWork.WaitUntilAsync(host, () => host.Logs.Lines.Any(wanted));
        return host.Logs.Lines;
    }

    private static async Task<OutboxMessage> WaitForMessageAsync(ServiceScenarioHostFactory host, string id, Func<OutboxMessage, bool> done)
    {
        await BackgroundWork.WaitUntilAsync(host, async () => await FindMessageAsync(host, id) is { } message && done(message));
        return (await FindMessageAsync(host, id))!;
    }

    private static async Task<OutboxMessage?> FindMessageAsync(ServiceScenarioHostFactory host, string id)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOutboxStore>().FindAsync(id, Ct);
    }
}

/// <summary>On SQLite.</summary>
[Collection(ServiceScenarioCollection.Name)]
public sealed class SqliteServiceScenarioTests() : ServiceScenarioTests(DatabaseKind.Sqlite);

/// <summary>On PostgreSQL.</summary>
[Collection(ServiceScenarioCollection.Name)]
public sealed class PostgresServiceScenarioTests() : ServiceScenarioTests(DatabaseKind.PostgreSql);
