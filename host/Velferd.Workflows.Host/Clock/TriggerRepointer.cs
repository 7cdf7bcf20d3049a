using Microsoft.Extensions.Options;
using Quartz;
using Velferd.Workflows.Scheduling.Deadlines;
using Velferd.Workflows.Scheduling.Quartz;

namespace Velferd.Workflows.Host.Clock;

/// <summary>
/// Keeps Quartz's triggers in step with a moved clock. Quartz reads the same clock, but a trigger's next fire time was
/// computed before the move: after a move back the poll and the daily housekeeping would wait until the old time came
/// round again, and after a move forward every trigger would count as misfired. So a move pauses the triggers, and
/// afterwards each repeating trigger starts again from the new "now" and the next-due trigger points at the next due
/// deadline step.
/// </summary>
public sealed class TriggerRepointer(ISchedulerFactory schedulers, IOptions<SchedulerOptions> options, DeadlinePump pump, TimeProvider clock)
{
    /// <summary>Stops Quartz firing anything while the clock moves (a job already running finishes).</summary>
    public async Task PauseAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Enabled)
        {
            await (await schedulers.GetScheduler(cancellationToken)).PauseAll(cancellationToken);
        }
    }

    /// <summary>Points every trigger at its next fire time after the clock's "now", then lets Quartz fire again.</summary>
    public async Task RepointAndResumeAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup(), cancellationToken))
            {
                var trigger = await scheduler.GetTrigger(key, cancellationToken);
                if (key.Equals(DeadlinePumpJob.NextDueTrigger) || trigger?.NextFireTimeUtc is null)
                {
                    continue;
                }

                // Same schedule (cron, time zone, interval, misfire rule), counted from now.
                await scheduler.RescheduleJob(key, trigger.GetTriggerBuilder().StartAt(now).Build(), cancellationToken);
            }

            await DeadlinePumpJob.ScheduleNextAsync(scheduler, pump, clock, cancellationToken);
        }
        finally
        {
            await scheduler.ResumeAll(CancellationToken.None);
        }
    }
}
