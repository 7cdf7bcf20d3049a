using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Velferd.Workflows.Activities;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Testing.Databases;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.PostgreSql;
using Velferd.Workflows.Persistence.Sqlite;
using Velferd.Workflows.Scheduling;
using Velferd.Workflows.Scheduling.Deadlines;

namespace Velferd.Workflows.IntegrationTests.Engine;

/// <summary>
/// One engine "node" on a shared database, without a web host: the tests drive its dispatcher themselves, and
/// several nodes on one database stand for several host processes.
/// </summary>
public sealed class EngineNode : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private EngineNode(ServiceProvider services) => _services = services;

    public IServiceProvider Services => _services;

    public StimulusDispatcher Dispatcher => _services.GetRequiredService<StimulusDispatcher>();

    public DeadlinePump Pump => _services.GetRequiredService<DeadlinePump>();

    /// <summary>Starts a node; <paramref name="configure"/> adds services (a test's service clients, a faulty participant) after the engine's.</summary>
    public static async Task<EngineNode> StartAsync(TestDatabase database, FakeTimeProvider clock, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<TimeProvider>(clock);
        services.AddWorkflowCore();
        services.AddWorkflowDeadlines();
        services.AddDeadlineActivities();
        if (database.Kind == DatabaseKind.Sqlite)
        {
            services.AddSqliteWorkflowPersistence(database.ConnectionString);
        }
        else
        {
            services.AddPostgreSqlWorkflowPersistence(database.ConnectionString);
        }

        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WorkflowsDatabaseMigrator>().MigrateAsync(CancellationToken.None);
        }

        return new EngineNode(provider);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
