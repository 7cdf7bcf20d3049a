using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Velferd.Workflows.Activities;
using Velferd.Workflows.Activities.AgeMilestones;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Housekeeping;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.IntegrationTests.Engine;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.IntegrationTests.Scheduling;

/// <summary>
/// The age-milestone scan on a real database, asking the Folkeregister simulator over HTTP through the real client
/// (DOMAIN.md R-40). The simulator's child is born 2016-03-14; the pathway was given 2016-03-24, so the 18-year
/// milestone moves from 2034-03-24 to 2034-03-14.
/// </summary>
public abstract class AgeMilestoneScanOnDatabaseTests(DatabaseKind kind) : IAsyncLifetime
{
    private static readonly DateTimeOffset Corrected = new(2034, 3, 14, 0, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset Planned = new(2034, 3, 24, 0, 0, 0, TimeSpan.FromHours(1));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2034, 2, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly CollectingLoggerProvider _logs = new();
    private SimulatorServer _simulator = null!;
    private TestDatabase _database = null!;
    private EngineNode _node = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _simulator = await SimulatorServer.StartAsync(cancellationToken: Ct);
        _database = await TestDatabase.CreateAsync(kind);
        _node = await EngineNode.StartAsync(_database, _clock, services =>
        {
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Services:Folkeregister:BaseUrl"] = _simulator.BaseUrl + "folkeregisteret",
                ["Services:Folkeregister:RetryAfterUnit"] = "Milliseconds",

                // One attempt per call: the client's retries wait on the clock, which is fake here.
                ["Services:Folkeregister:MaxRetries"] = "0",
            }).Build());
            services.AddWelfareActivities();
            services.AddSingleton<ILoggerProvider>(_logs);
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        await _database.DisposeAsync();
        await _simulator.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task RunAsync_BirthDateInFolkeregisterDiffers_MovesTheMilestone_PumpResumesOnTheNewDateOnly()
    {
        var id = await StartMilestoneAsync(TestPersons.Child);

        var result = await ScanAsync();
        var moved = await MilestoneAsync();
        _clock.SetUtcNow((Corrected - TimeSpan.FromMinutes(1)).ToUniversalTime());
        await PumpAndDrainAsync();
        var dayBefore = await ReachedCountAsync(id);
        _clock.SetUtcNow((Corrected + TimeSpan.FromMinutes(1)).ToUniversalTime());
        await PumpAndDrainAsync();
        var onTheDay = await ReachedCountAsync(id);
        _clock.SetUtcNow((Planned + TimeSpan.FromDays(1)).ToUniversalTime());
        await PumpAndDrainAsync();

        Assert.Equal(new HousekeepingResult(1, 1, 0), result);
        Assert.Equal((Corrected, Corrected), (moved.DueAt, moved.NextFireAt));
        Assert.Equal((0, 1, 1), (dayBefore, onTheDay, await ReachedCountAsync(id)));
        Assert.Equal(DeadlineStatus.Elapsed, (await MilestoneAsync()).Status);
        AssertNoPersonalDataLogged();
    }

    [Fact]
    public async Task RunAsync_PersonUnknownToFolkeregister_LeavesTheMilestoneAsPlanned()
    {
        await StartMilestoneAsync(TestPersons.Unknown);
        var planned = await MilestoneAsync();

        var result = await ScanAsync();

        Assert.Equal(new HousekeepingResult(1, 0, 1), result);
        Assert.Equal(planned, await MilestoneAsync());
        Assert.Contains(_logs.Lines, l => l.Contains("no birth date", StringComparison.Ordinal) && l.Contains(planned.Id, StringComparison.Ordinal));
        AssertNoPersonalDataLogged(TestPersons.Unknown);
    }

    [Theory]
    [InlineData(FaultKind.ServerError)]
    [InlineData(FaultKind.TooManyRequests)]
    public async Task RunAsync_FolkeregisterFails_LeavesTheMilestone_NextRunMovesIt(FaultKind fault)
    {
        await StartMilestoneAsync(TestPersons.Child);
        var planned = await MilestoneAsync();
        _simulator.State.AddFault(new FaultRule { Service = "folkeregister", Kind = fault, RetryAfter = "50" });

        var failed = await ScanAsync();
        var afterFailure = await MilestoneAsync();
        var next = await ScanAsync();

        Assert.Equal((new HousekeepingResult(1, 0, 1), new HousekeepingResult(1, 1, 0)), (failed, next));
        Assert.Equal(planned, afterFailure);
        Assert.Equal(Corrected, (await MilestoneAsync()).DueAt);
        AssertNoPersonalDataLogged();
    }

    [Fact]
    public async Task RunAsync_MilestoneClaimedByThePump_LeavesIt()
    {
        await StartMilestoneAsync(TestPersons.Child);
        _clock.SetUtcNow(Planned.ToUniversalTime());
        await using var scope = _node.Services.CreateAsyncScope();
        Assert.Single(await scope.ServiceProvider.GetRequiredService<IDeadlineStore>().ClaimDueAsync("pump-node", 10, TimeSpan.FromSeconds(30), _clock.GetUtcNow(), Ct));

        var result = await ScanAsync();

        Assert.Equal(new HousekeepingResult(0, 0, 0), result);
        Assert.Equal(Planned, (await MilestoneAsync()).DueAt);
        Assert.Equal(0, _simulator.State.RequestCount("folkeregister"));
    }

    private async Task<string> StartMilestoneAsync(string person)
    {
        await using var scope = _node.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveAsync(
            new FlowchartBuilder("Atten år").WithDefinitionId($"atten-{Guid.NewGuid():N}")
                .Activity("start", "Elsa.Start")
                .Activity("atten", "Velferd.AgeMilestone",
                    ("birthDate", Expr.Literal("2016-03-24")), ("age", Expr.Literal("18 år")), ("identityNumber", Expr.Literal(person)))
                .Activity("naadd", "Elsa.WriteLine", ("text", Expr.Literal("18 år")))
                .Connect("start", "atten")
                .Connect("atten", "naadd", "Nådd")
                .Build(),
            publish: true,
            Ct);
        var started = await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().StartAsync(new StartRequest(saved.Definition!.DefinitionId, CorrelationId: "sak-18"), Ct);
        await PumpAndDrainAsync();
        return started.InstanceId!;
    }

    private async Task<HousekeepingResult> ScanAsync()
    {
        await using var scope = _node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AgeMilestoneScan>().RunAsync(Ct);
    }

    private async Task PumpAndDrainAsync()
    {
        while (await _node.Pump.FireDueAsync(Ct) + await _node.Dispatcher.ProcessAvailableAsync(Ct) > 0)
        {
        }
    }

    private async Task<Deadline> MilestoneAsync()
    {
        await using var scope = _node.Services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<IDeadlineStore>().ListAsync(new DeadlineQuery(), Ct);
        return Assert.Single(page.Items);
    }

    private async Task<int> ReachedCountAsync(string instanceId)
    {
        await using var scope = _node.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().GetExecutionLogAsync(instanceId, Ct)).Count(r => r.ActivityId == "naadd");
    }

    private void AssertNoPersonalDataLogged(params string[] more)
    {
        foreach (var secret in more.Concat([TestPersons.Child, "2016-03-14", "2016-03-24", "2034-03-14"]))
        {
            Assert.DoesNotContain(_logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }

    /// <summary>Keeps every log line the node writes, rendered with its state, for scanning.</summary>
    private sealed class CollectingLoggerProvider : ILoggerProvider, ILogger
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => [.. _lines];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _lines.Enqueue($"{formatter(state, exception)} {state} {exception}");

        public void Dispose()
        {
        }
    }
}

public sealed class SqliteAgeMilestoneScanOnDatabaseTests() : AgeMilestoneScanOnDatabaseTests(DatabaseKind.Sqlite);

public sealed class PostgreSqlAgeMilestoneScanOnDatabaseTests() : AgeMilestoneScanOnDatabaseTests(DatabaseKind.PostgreSql);
