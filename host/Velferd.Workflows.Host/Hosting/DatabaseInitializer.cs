using Microsoft.Extensions.Options;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Persistence;

namespace Velferd.Workflows.Host.Hosting;

/// <summary>
/// Migrates the database and seeds the pathways before anything else starts (it is registered before the
/// dispatcher, and hosted services start in order), saying what it does: the first start creates the database and
/// takes a few seconds, and a newcomer should see progress rather than silence.
/// </summary>
public sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes, IConfiguration configuration, IOptions<AuthOptions> auth, ILogger<DatabaseInitializer> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        LogMigrating(configuration["Workflows:Database"] ?? "configured");
        await scope.ServiceProvider.GetRequiredService<WorkflowsDatabaseMigrator>().MigrateAsync(cancellationToken);
        LogSeeding();
        var seeded = await scope.ServiceProvider.GetRequiredService<PathwaySeeder>().SeedAsync(cancellationToken);
        LogReady(seeded);
        if (auth.Value.DemoUsers.Count > 0)
        {
            LogDemoUsers(auth.Value.DemoUsers.Count);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrating the {Database} database (the first start creates it)")]
    private partial void LogMigrating(string database);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeding the shipped pathways")]
    private partial void LogSeeding();

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready; {SeededCount} pathway(s) seeded")]
    private partial void LogReady(int seededCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "{DemoUserCount} demo users can sign in (from configuration)")]
    private partial void LogDemoUsers(int demoUserCount);
}
