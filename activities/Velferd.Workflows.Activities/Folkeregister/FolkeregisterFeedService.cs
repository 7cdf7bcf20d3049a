using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Feeds;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>
/// Follows Folkeregisteret's change feed: reads from its stored position, hands each event to
/// <see cref="FolkeregisterEventReceiver"/>, and moves the position past what was handled. An event that fails stops
/// the page there and is read again next time (the starts are idempotent, so re-reading is harmless). The position
/// lives in the database, so a restart continues where the feed was left.
/// </summary>
public sealed partial class FolkeregisterFeedService(
    IServiceScopeFactory scopes,
    WorkerPasses passes,
    IOptions<FolkeregisterFeedOptions> options,
    TimeProvider clock,
    ILogger<FolkeregisterFeedService> logger) : BackgroundService
{
    /// <summary>The feed's name in <see cref="IFeedPositionStore"/>.</summary>
    public const string FeedName = "folkeregister-hendelser";

    private long _next = options.Value.StartSequence;

    /// <summary>Reads and handles one page; returns how many events it held.</summary>
    public async Task<int> ReadOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var positions = scope.ServiceProvider.GetRequiredService<IFeedPositionStore>();
        _next = Math.Max(_next, await positions.FindAsync(FeedName, cancellationToken) ?? options.Value.StartSequence);
        var events = await scope.ServiceProvider.GetRequiredService<IFolkeregisterClient>().ReadEventsAsync(_next, cancellationToken);
        var receiver = scope.ServiceProvider.GetRequiredService<FolkeregisterEventReceiver>();
        foreach (var e in events.OrderBy(e => e.Sequence))
        {
            await receiver.HandleAsync(e, cancellationToken);
            _next = Math.Max(_next, e.Sequence + 1);
            await positions.AdvanceAsync(FeedName, _next, cancellationToken);
        }

        return events.Count;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var read = 0;
            try
            {
                read = await ReadOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogReadFailed(_next, e.GetType().Name);
            }
            finally
            {
                passes.Completed();
            }

            if (read == 0)
            {
                try
                {
                    await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the Folkeregister feed from {Sequence} failed ({ErrorType}); trying again")]
    private partial void LogReadFailed(long sequence, string errorType);
}
