using global::Quartz;
using Microsoft.Extensions.Logging;
using Velferd.Workflows.Core.Housekeeping;
using Velferd.Workflows.Scheduling.Deadlines;
using Velferd.Workflows.Scheduling.Quartz;

namespace Velferd.Workflows.Scheduling.Housekeeping;

/// <summary>
/// The Quartz job behind every housekeeping task: one job (and one trigger) per task type, so each task runs on its
/// own schedule. With the clustered job store the job and its trigger exist once for the cluster and
/// <c>[DisallowConcurrentExecution]</c> holds across nodes, so a task runs on one node at a time. It carries no case
/// data; the task gets a fresh service scope per run.
/// </summary>
/// <typeparam name="TTask">The task this job runs.</typeparam>
[DisallowConcurrentExecution]
public sealed partial class HousekeepingJob<TTask>(TTask task, DeadlinePump pump, TimeProvider clock, ILogger<HousekeepingJob<TTask>> logger) : IJob
    where TTask : class, IHousekeepingTask
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            var result = await task.RunAsync(cancellationToken);
            LogRun(TTask.Name, result.Examined, result.Changed, result.Deferred);
            if (result.Changed > 0)
            {
                // A task may have moved a deadline before the precise trigger's instant; point the trigger again.
                await DeadlinePumpJob.ScheduleNextAsync(context.Scheduler, pump, clock, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next scheduled run starts over; a task changes rows only with conditional writes, so a cut-short run
            // leaves nothing half done.
            LogFailed(TTask.Name, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Housekeeping {HousekeepingTask}: {Examined} examined, {Changed} changed, {Deferred} left for the next run")]
    private partial void LogRun(string housekeepingTask, int examined, int changed, int deferred);

    [LoggerMessage(Level = LogLevel.Error, Message = "Housekeeping {HousekeepingTask} failed ({ErrorType}); the next scheduled run tries again")]
    private partial void LogFailed(string housekeepingTask, string errorType);
}
