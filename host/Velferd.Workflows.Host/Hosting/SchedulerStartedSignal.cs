using Quartz;

namespace Velferd.Workflows.Host.Hosting;

/// <summary>
/// Completes when Quartz's scheduler has started. Quartz tells its listeners after it has logged its own
/// "Scheduler … started" line, so whatever awaits <see cref="Started"/> logs after that line.
/// </summary>
public sealed class SchedulerStartedSignal : ISchedulerListener
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the scheduler has started.</summary>
    public Task Started => _started.Task;

    /// <summary>Listens to <paramref name="scheduler"/>, or completes at once when it already runs.</summary>
    public void Observe(IScheduler scheduler)
    {
        scheduler.ListenerManager.AddSchedulerListener(this);
        if (scheduler.Status == SchedulerStatus.Running)
        {
            _started.TrySetResult();
        }
    }

    /// <inheritdoc />
    public ValueTask SchedulerStarted(IScheduler scheduler, CancellationToken cancellationToken = default)
    {
        _started.TrySetResult();
        return ValueTask.CompletedTask;
    }
}
