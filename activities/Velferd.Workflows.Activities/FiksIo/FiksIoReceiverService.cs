using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Activities.FiksIo;

/// <summary>
/// Polls our Fiks IO account and hands each message to <see cref="ConcernReportReceiver"/>. A message that fails
/// on the way stays unacknowledged and comes again on the next poll, so nothing is lost; a message is safe to see on
/// two nodes at once because every step is idempotent on its message id.
/// </summary>
public sealed partial class FiksIoReceiverService(
    IServiceScopeFactory scopes,
    WorkerPasses passes,
    IOptions<FiksIoOptions> options,
    TimeProvider clock,
    ILogger<FiksIoReceiverService> logger) : BackgroundService
{
    /// <summary>Reads what is waiting now and handles it; returns how many messages were seen.</summary>
    public async Task<int> ReceiveAvailableAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var messages = await scope.ServiceProvider.GetRequiredService<IFiksIoClient>().ReceiveAsync(cancellationToken);
        foreach (var message in messages)
        {
            try
            {
                await using var messageScope = scopes.CreateAsyncScope();
                await messageScope.ServiceProvider.GetRequiredService<ConcernReportReceiver>().HandleAsync(message, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // Unacknowledged, so Fiks IO delivers it again; only the type is logged (a message may hold personal data).
                LogMessageFailed(message.MessageId, e.GetType().Name);
            }
        }

        return messages.Count;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ReceiveEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ReceiveAvailableAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogPollFailed(e.GetType().Name);
            }
            finally
            {
                passes.Completed();
            }

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

    [LoggerMessage(Level = LogLevel.Error, Message = "Fiks IO message {FiksIoMessageId} could not be handled ({ErrorType}); it will come again")]
    private partial void LogMessageFailed(string fiksIoMessageId, string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling Fiks IO failed ({ErrorType}); trying again after the poll interval")]
    private partial void LogPollFailed(string errorType);
}
