using Velferd.Workflows.Persistence;

namespace Velferd.Workflows.Host.Hosting;

/// <summary>
/// Migrates the database and seeds the pathways before anything else starts (it is registered before the
/// dispatcher, and hosted services start in order).
/// </summary>
public sealed partial class DatabaseInitializer(IServiceScopeFactory scopes, ILogger<DatabaseInitializer> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowsDatabaseMigrator>().MigrateAsync(cancellationToken);
        var seeded = await scope.ServiceProvider.GetRequiredService<PathwaySeeder>().SeedAsync(cancellationToken);
        LogReady(seeded);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready; {SeededCount} pathway(s) seeded")]
    private partial void LogReady(int seededCount);
}
