using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Velferd.Workflows.Core.Diagnostics;

/// <summary>
/// Counts the workload every <see cref="MetricsOptions.SampleInterval"/> for the gauges, so a scrape never waits on
/// the database and many scrapers cost one count.
/// </summary>
public sealed partial class WorkloadSampler(
    IServiceScopeFactory scopes, WorkflowMetrics metrics, TimeProvider clock, IOptions<MetricsOptions> options, ILogger<WorkloadSampler> logger)
    : BackgroundService
{
    /// <summary>Counts once and hands the figures to the gauges.</summary>
    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        metrics.Observe(await scope.ServiceProvider.GetRequiredService<IWorkloadCounter>().CountAsync(clock.GetUtcNow(), cancellationToken));
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A database outage: the gauges keep their last figures until it is back.
                LogSampleFailed(e);
            }

            try
            {
                await Task.Delay(options.Value.SampleInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not count the workload for the metrics")]
    private partial void LogSampleFailed(Exception exception);
}
