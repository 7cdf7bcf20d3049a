using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Feeds;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Host.RemoteServices;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Databases;
using static Velferd.Workflows.Testing.Host.BackgroundWork;

namespace Velferd.Workflows.IntegrationTests.Services;

/// <summary>
/// The service side of DOMAIN.md AS-20 through the host: a birth event read twice from the feed starts one programme,
/// and the feed's position is stored so a restart continues after the last handled event.
/// </summary>
public abstract class FolkeregisterEventTests(DatabaseKind kind)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Feed_BirthEventReplayed_StartsTheBoundProgrammeOnce()
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new ServiceScenarioHostFactory(database);
        _ = host.Server;
        var simulator = host.Services.GetRequiredService<LocalSimulator>().State;
        var births = await PublishAsync(host, "Foedsel");
        var moves = await PublishAsync(host, "Flytting");

        var birth = simulator.Feed.Append(null, "Foedsel", TestPersons.Newborn);
        simulator.Feed.Append(birth.Hendelsesidentifikator, "Foedsel", TestPersons.Newborn);
        // The feed is read in order: once the later move has started its pathway, the replayed birth has been handled.
        var move = simulator.Feed.Append(null, "Flytting", TestPersons.Mother);
        await WaitUntilAsync(host, async () => (await InstancesAsync(host, moves)).Count == 1);
        await WaitUntilAsync(host, async () => await PositionAsync(host) == move.Sekvensnummer + 1);

        Assert.Single(await InstancesAsync(host, births));
        foreach (var number in TestPersons.All.Keys)
        {
            Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(number, StringComparison.Ordinal));
        }
    }

    private static async Task<string> PublishAsync(ServiceScenarioHostFactory host, string eventType)
    {
        var model = new FlowchartBuilder($"Hendelse {eventType} {Guid.NewGuid():N}")
            .Activity("receive", "Velferd.Folkeregister.MottaHendelse", ("eventType", Expr.Literal(eventType)))
            .Activity("end", "Elsa.End")
            .Connect("receive", "end")
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

    /// <summary>Where a restarted node would continue reading the feed.</summary>
    private static async Task<long?> PositionAsync(ServiceScenarioHostFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IFeedPositionStore>().FindAsync(FolkeregisterFeedService.FeedName, Ct);
    }
}

/// <summary>On SQLite.</summary>
[Collection(ServiceScenarioCollection.Name)]
public sealed class SqliteFolkeregisterEventTests() : FolkeregisterEventTests(DatabaseKind.Sqlite);

/// <summary>On PostgreSQL.</summary>
[Collection(ServiceScenarioCollection.Name)]
public sealed class PostgresFolkeregisterEventTests() : FolkeregisterEventTests(DatabaseKind.PostgreSql);
