using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Velferd.Workflows.Activities;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Scheduling;
using Velferd.Workflows.Scheduling.Deadlines;
using Velferd.Workflows.Testing.InMemory;

namespace Velferd.Workflows.Testing;

/// <summary>
/// The engine in memory on a fake clock, for unit tests and scenarios. Nothing runs in the background: the test
/// moves the clock and drains the dispatcher, so every wait ends when the engine is idle.
/// </summary>
public sealed class WorkflowTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private WorkflowTestHost(ServiceProvider services, FakeTimeProvider clock)
    {
        _services = services;
        Clock = clock;
    }

    /// <summary>The fake clock (starts 2024-03-01 16:00 Oslo, a Friday).</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>The container (for resolving extra services in a test).</summary>
    public IServiceProvider Services => _services;

    /// <summary>Creates a host; <paramref name="configure"/> adds or replaces services.</summary>
    public static WorkflowTestHost Create(Action<IServiceCollection>? configure = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 3, 1, 15, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddWorkflowCore();
        services.AddInMemoryWorkflowStores();
        services.AddWorkflowDeadlines();
        services.AddDeadlineActivities();
        configure?.Invoke(services);
        return new WorkflowTestHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }), clock);
    }

    /// <summary>Saves and publishes a definition; returns the stored version.</summary>
    public async Task<WorkflowDefinition> PublishAsync(DefinitionModel model, CancellationToken cancellationToken = default)
    {
        await using var scope = _services.CreateAsyncScope();
        var change = await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveAsync(model, publish: true, cancellationToken);
        return change.Definition ?? throw new InvalidOperationException(
            "The definition is invalid: " + string.Join("; ", change.Errors!.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
    }

    /// <summary>Starts an instance of the published version and runs until idle; returns its id.</summary>
    public async Task<string> StartAsync(
        string definitionId, JsonObject? input = null, string? correlationId = null, CancellationToken cancellationToken = default)
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().StartAsync(
            new StartRequest(definitionId, input?.ToDictionary(p => p.Key, p => p.Value), correlationId), cancellationToken);
        await RunUntilIdleAsync(cancellationToken);
        return result.InstanceId ?? throw new InvalidOperationException($"Not started: {result.Problem}");
    }

    /// <summary>Sends a signal and runs until idle.</summary>
    public async Task SignalAsync(string eventName, string? correlationId = null, JsonNode? payload = null, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().SignalAsync(eventName, correlationId, payload, idempotencyKey, cancellationToken);
        await RunUntilIdleAsync(cancellationToken);
    }

    /// <summary>Cancels an instance and runs until idle.</summary>
    public async Task CancelAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().CancelAsync(instanceId, cancellationToken);
        await RunUntilIdleAsync(cancellationToken);
    }

    /// <summary>Loads an instance.</summary>
    public async Task<WorkflowInstance> GetInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().FindAsync(instanceId, cancellationToken)
            ?? throw new InvalidOperationException($"No instance {instanceId}.");
    }

    /// <summary>An instance's execution log.</summary>
    public async Task<IReadOnlyList<ActivityExecutionRecord>> GetLogAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().GetExecutionLogAsync(instanceId, cancellationToken);
    }

    /// <summary>Applies stimuli until none is claimable (retries waiting for a later time stay pending).</summary>
    public async Task RunUntilIdleAsync(CancellationToken cancellationToken = default)
    {
        var dispatcher = _services.GetRequiredService<StimulusDispatcher>();
        var pump = _services.GetRequiredService<DeadlinePump>();
        for (var round = 0; round < 10_000; round++)
        {
            // Deadlines due now fire first (as the Quartz job would), then their stimuli are applied.
            var fired = await pump.FireDueAsync(cancellationToken);
            if (await dispatcher.ProcessAvailableAsync(cancellationToken) == 0 && fired == 0)
            {
                return;
            }
        }

        throw new InvalidOperationException("The engine did not become idle.");
    }

    /// <summary>
    /// Moves the fake clock and runs until idle. The clock stops at every deadline step due on the way, so each fires
    /// at its own instant (as it would in production) rather than all at the end.
    /// </summary>
    public async Task AdvanceTimeAsync(TimeSpan by, CancellationToken cancellationToken = default) =>
        await AdvanceTimeToAsync(Clock.GetUtcNow() + by, cancellationToken);

    /// <summary>Moves the fake clock to an instant (stopping at each deadline step on the way) and runs until idle.</summary>
    public async Task AdvanceTimeToAsync(DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        await RunUntilIdleAsync(cancellationToken);
        while (true)
        {
            await using var scope = _services.CreateAsyncScope();
            var next = await scope.ServiceProvider.GetRequiredService<IDeadlineStore>().NextFireAtAsync(cancellationToken);
            if (next is not { } at || at > to)
            {
                break;
            }

            if (at <= Clock.GetUtcNow())
            {
                break; // due already but not fired (claimed elsewhere): nothing more to wait for here
            }

            Clock.SetUtcNow(at);

            await RunUntilIdleAsync(cancellationToken);
        }

        if (to > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(to);
        }

        await RunUntilIdleAsync(cancellationToken);
    }

    /// <summary>Deadlines matching a query.</summary>
    public async Task<IReadOnlyList<Deadline>> DeadlinesAsync(DeadlineQuery? query = null, CancellationToken cancellationToken = default)
    {
        await using var scope = _services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IDeadlineStore>().ListAsync(query ?? new DeadlineQuery { Take = 10_000 }, cancellationToken)).Items;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
