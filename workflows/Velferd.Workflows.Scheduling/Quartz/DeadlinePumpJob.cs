using global::Quartz;
using Microsoft.Extensions.Logging;
using Velferd.Workflows.Scheduling.Deadlines;

namespace Velferd.Workflows.Scheduling.Quartz;

/// <summary>
/// The one Quartz job: runs the deadline pump, then moves the precise trigger to the next due instant. Both the
/// poll trigger and the precise trigger fire this job; it carries no case data (no job data map).
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class DeadlinePumpJob(DeadlinePump pump, TimeProvider clock, ILogger<DeadlinePumpJob> logger) : IJob
{
    /// <summary>The job's key.</summary>
    public static readonly JobKey Key = new("deadline-pump", "velferd");

    /// <summary>The recurring safety-net trigger.</summary>
    public static readonly TriggerKey PollTrigger = new("deadline-poll", "velferd");

    /// <summary>The one-shot trigger at the next due instant.</summary>
    public static readonly TriggerKey NextDueTrigger = new("deadline-next-due", "velferd");

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await pump.FireDueAsync(cancellationToken);
            await ScheduleNextAsync(context.Scheduler, pump, clock, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The poll trigger runs the job again; nothing is lost (unfired rows stay due, claims expire).
            LogPumpFailed(e);
        }
    }

    /// <summary>Points the precise trigger at the next due instant (replacing it; removes it when nothing is due).</summary>
    public static async Task ScheduleNextAsync(IScheduler scheduler, DeadlinePump pump, TimeProvider clock, CancellationToken cancellationToken)
    {
        var next = await pump.NextDueAsync(cancellationToken);
        if (next is null)
        {
            return;
        }

        var at = next.Value < clock.GetUtcNow() ? clock.GetUtcNow() : next.Value;
        var existing = await scheduler.GetTrigger(NextDueTrigger, cancellationToken);
        if (existing?.NextFireTimeUtc is { } current && current == at)
        {
            return;
        }

        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(NextDueTrigger)
            .ForJob(Key)
            .StartAt(at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        if (existing is null)
        {
            await scheduler.ScheduleJob(trigger, cancellationToken: cancellationToken);
        }
        else
        {
            await scheduler.RescheduleJob(NextDueTrigger, trigger, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The deadline pump failed; the poll trigger retries")]
    private partial void LogPumpFailed(Exception exception);
}
