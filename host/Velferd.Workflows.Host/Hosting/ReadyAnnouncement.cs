using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Quartz;

namespace Velferd.Workflows.Host.Hosting;

/// <summary>
/// Logs the address to open as the last start-up line: once the server listens and every hosted service has
/// started. Quartz starts its scheduler only after the application has started, so waiting for
/// <see cref="IHostApplicationLifetime.ApplicationStarted"/> alone let Quartz's lines bury the address.
/// </summary>
public sealed partial class ReadyAnnouncement(
    IServiceProvider services, IHostApplicationLifetime lifetime, IServer server, IConfiguration configuration, ILogger<ReadyAnnouncement> logger)
    : IHostedService
{
    private readonly SchedulerStartedSignal _scheduler = new();

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Resolved here, not in the constructor: this service is one of the hosted services itself.
        var quartzRuns = services.GetServices<IHostedService>().Any(s => s is QuartzHostedService);
        var schedulerStarted = Task.CompletedTask;
        if (quartzRuns)
        {
            _scheduler.Observe(await services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken));
            schedulerStarted = _scheduler.Started;
        }

        lifetime.ApplicationStarted.Register(() => _ = AnnounceWhenStartedAsync(schedulerStarted, lifetime.ApplicationStopping));
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The address a person opens: a wildcard listening address (<c>http://[::]:5080</c>) becomes localhost.</summary>
    public static string BrowsableAddress(string? listeningAddress)
    {
        if (listeningAddress is null || !Uri.TryCreate(listeningAddress.Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return "/";
        }

        var host = uri.Host is "[::]" or "0.0.0.0" ? "localhost" : uri.Host;
        return new UriBuilder(uri) { Host = host }.Uri.GetLeftPart(UriPartial.Authority) + "/";
    }

    private async Task AnnounceWhenStartedAsync(Task schedulerStarted, CancellationToken stopping)
    {
        try
        {
            await schedulerStarted.WaitAsync(stopping);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        var address = BrowsableAddress(server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault());
        var apiReference = address + "scalar";
        LogReady(configuration["Workflows:Database"] ?? "the configured database", apiReference, address);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Velferd.Workflows is running on {Database}. API reference: {ApiUrl}. Open {StudioUrl} for the studio and the designer (demo users, password demo)")]
    private partial void LogReady(string database, string apiUrl, string studioUrl);
}
