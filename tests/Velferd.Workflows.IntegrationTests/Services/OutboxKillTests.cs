using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Databases;
using static Velferd.Workflows.Testing.Host.BackgroundWork;

namespace Velferd.Workflows.IntegrationTests.Services;

/// <summary>
/// The host dies with outbox calls in flight; a new host on the same database sends them again, and the simulator,
/// which outlives both, counts exactly one effect per idempotency key (ARCHITECTURE.md §4: at least once, with keys).
/// </summary>
/// <remarks>
/// "Killed" is an in-process host stopped mid-send: its in-flight HTTP calls are cut (the requests already reached
/// the simulator, which performs the effect and loses the reply), nothing is marked delivered, and the claims keep
/// their leases, exactly the rows a killed process leaves. A real process kill would add a second process start
/// per test for no further state to check.
/// </remarks>
public abstract class OutboxKillTests(DatabaseKind kind)
{
    private const int JournalEntries = 3;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Host_KilledWithCallsInFlight_NewHostDeliversEachExactlyOnce()
    {
        await using var simulator = await SimulatorServer.StartAsync(cancellationToken: Ct);
        await using var database = await TestDatabase.CreateAsync(kind);
        simulator.State.AddFault(new FaultRule { Service = "arkiv", Kind = FaultKind.Slow, Count = JournalEntries, Delay = TimeSpan.FromSeconds(20) });
        simulator.State.AddFault(new FaultRule { Service = "svarut", Kind = FaultKind.Slow, Count = 1, Delay = TimeSpan.FromSeconds(20) });

        string instanceId;
        var first = new NodeFactory(database, simulator.BaseUrl);
        try
        {
            _ = first.Server;
            var definitionId = await PublishAsync(first);
            instanceId = await StartAsync(first, definitionId);
            await WaitUntilAsync(first, () => Task.FromResult(
                simulator.State.RequestCount("arkiv") == JournalEntries && simulator.State.RequestCount("svarut") == 1));
        }
        finally
        {
            await first.DisposeAsync();
        }

        var inFlight = await UnfinishedAsync(database, simulator.BaseUrl);
        await using var second = new NodeFactory(database, simulator.BaseUrl);
        _ = second.Server;
        await WaitUntilAsync(second, async () => await CountUnfinishedAsync(second) == 0 && (await FindAsync(second, instanceId)).Status == WorkflowStatus.Finished);

        Assert.Equal(JournalEntries + 1, inFlight);
        var effects = simulator.State.Effects();
        Assert.Equal(JournalEntries, effects.Count(e => e.Service == "arkiv"));
        var shipment = Assert.Single(effects, e => e.Service == "svarut");
        Assert.All(effects, e => Assert.Equal(1, e.Effects));
        // Every call was sent again by the second node (whether or not the first one's request got as far as the effect).
        Assert.True(simulator.State.RequestCount("arkiv") >= 2 * JournalEntries, "the journal entries were sent again");
        Assert.True(simulator.State.RequestCount("svarut") >= 2, "the shipment was sent again");
        var log = await LogAsync(second, instanceId);
        var sent = Assert.Single(log, r => r.ActivityId == "shipment" && r.Status == ActivityExecutionStatus.Completed);
        Assert.Equal(["Sendt"], sent.Outcomes);
        Assert.Equal(shipment.Result, sent.Output!.AsObject().Single(p => p.Key.Equals("ShipmentId", StringComparison.OrdinalIgnoreCase)).Value!.GetValue<string>());
    }

    private static async Task<int> UnfinishedAsync(TestDatabase database, string simulatorUrl)
    {
        // Read the rows the dead host left, through a host whose workers are off.
        await using var reader = new NodeFactory(database, simulatorUrl, workersOn: false);
        return await CountUnfinishedAsync(reader);
    }

    private static async Task<string> PublishAsync(NodeFactory host)
    {
        var builder = new FlowchartBuilder($"Kill {Guid.NewGuid():N}").Activity("start", "Elsa.Start");
        var previous = "start";
        for (var i = 1; i <= JournalEntries; i++)
        {
            builder.Activity($"archive{i}", "Velferd.Arkiv.Journalfor", ("caseId", Expr.Literal($"sak-kill-{i}")), ("entryType", Expr.Literal("N")), ("title", Expr.Literal("Notat")))
                .Connect(previous, $"archive{i}");
            previous = $"archive{i}";
        }

        builder.Activity("shipment", "Velferd.SvarUt.SendForsendelse", ("organisationNumber", Expr.Literal(TestOrganisations.DigitalSchool)), ("title", Expr.Literal("Innkalling")))
            .Activity("end", "Elsa.End")
            .Connect(previous, "shipment")
            .Connect("shipment", "end", "Sendt");
        await using var scope = host.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveAsync(builder.Build(), publish: true, Ct);
        return saved.Definition!.DefinitionId;
    }

    private static async Task<string> StartAsync(NodeFactory host, string definitionId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().StartAsync(new StartRequest(definitionId), Ct)).InstanceId!;
    }

    private static async Task<int> CountUnfinishedAsync(NodeFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOutboxStore>().CountUnfinishedAsync(null, Ct);
    }

    /// <summary>One node: the host on the shared database, calling the simulator that outlives it.</summary>
    private sealed class NodeFactory(TestDatabase database, string simulatorUrl, bool workersOn = true) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting($"ConnectionStrings:{database.ConnectionStringName}", database.ConnectionString);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("Simulator:Enabled", "false");
            foreach (var (service, path) in new[] { ("Folkeregister", "folkeregisteret"), ("Krr", "krr"), ("DigitalPost", "digitalpost"), ("SvarUt", "svarut"), ("FiksIo", "fiksio"), ("Arkiv", "arkiv") })
            {
                builder.UseSetting($"Services:{service}:BaseUrl", simulatorUrl + path);
            }

            builder.UseSetting("Services:Arkiv:MaxRetries", "0");
            builder.UseSetting("Services:SvarUt:MaxRetries", "0");
            builder.UseSetting("Services:Arkiv:AttemptTimeout", "00:00:30");
            builder.UseSetting("Services:SvarUt:AttemptTimeout", "00:00:30");
            builder.UseSetting("Workflows:Dispatcher:PollInterval", "00:00:00.100");
            builder.UseSetting("Workflows:Dispatcher:Enabled", workersOn ? "true" : "false");
            builder.UseSetting("Workflows:Outbox:Enabled", workersOn ? "true" : "false");
            builder.UseSetting("Workflows:Outbox:PollInterval", "00:00:00.100");
            builder.UseSetting("Workflows:Outbox:LeaseDuration", "00:00:02");
            builder.UseSetting("FiksIo:ReceiveEnabled", "false");
            builder.UseSetting("Folkeregister:Hendelser:Enabled", "false");
        }
    }
}

/// <summary>On SQLite.</summary>
[Collection(ServiceScenarioCollection.Name)]
public sealed class SqliteOutboxKillTests() : OutboxKillTests(DatabaseKind.Sqlite);

/// <summary>On PostgreSQL.</summary>
[Collection(ServiceScenarioCollection.Name)]
public sealed class PostgresOutboxKillTests() : OutboxKillTests(DatabaseKind.PostgreSql);
