using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Core.TimerTriggers;

namespace Velferd.Workflows.Scheduling.Deadlines;

/// <summary>
/// Fires due deadlines: claims due steps in batches under a lease, and turns each into a durable stimulus stored in
/// the same transaction that completes the step (the due step resumes the waiting bookmark; reminder and escalation
/// raise «{navn}:påminnelse» / «{navn}:eskalering» for the case). Claiming the row is what fires it, so two nodes
/// never fire a step twice; a node that dies mid-pump leaves its claims to expire, and another fires them. Deadlines
/// that fell due while every node was down fire on the first pump after start (late rather than never, R-07).
/// </summary>
public sealed partial class DeadlinePump(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    StimulusWakeUp wakeUp,
    IOptions<DeadlinePumpOptions> options,
    ILogger<DeadlinePump> logger)
{
    private bool _scheduledStartsRefreshed;

    /// <summary>This pump's identity in claims.</summary>
    public string Owner { get; } = NodeIdentity.New();

    /// <summary>
    /// Fires every step that is due now, batch by batch; returns how many fired. When the node is stopping
    /// (<paramref name="cancellationToken"/>), a batch already claimed is still fired (one short transaction), so its
    /// steps need not wait out the claim's lease on another node; no further batch is claimed.
    /// </summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var total = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<IDeadlineStore>();
            var claimed = await store.ClaimDueAsync(Owner, settings.BatchSize, settings.ClaimLease, now, cancellationToken);
            if (claimed.Count == 0)
            {
                break;
            }

            var fired = claimed.Select(c => new FiredStep(c, ToStimulus(c, now))).ToList();
            var completed = await store.CompleteStepsAsync(fired, now, CancellationToken.None);
            total += completed;
            LogFired(completed, claimed.Count);

            // Wake the dispatcher after every batch, so instances resume while later batches are still firing.
            if (completed > 0)
            {
                wakeUp.Notify();
            }

            if (claimed.Count < settings.BatchSize)
            {
                break;
            }
        }

        return total + await StartScheduledAsync(cancellationToken);
    }

    /// <summary>The earliest instant a deadline step or a pathway's timer start falls due, or null when none will.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var deadline = await scope.ServiceProvider.GetRequiredService<IDeadlineStore>().NextFireAtAsync(cancellationToken);
        var start = scope.ServiceProvider.GetService<ITimerTriggerStore>() is { } starts ? await starts.NextFireAtAsync(cancellationToken) : null;
        return new[] { deadline, start }.Min();
    }

    // Pathways that start on a timer (Elsa.Timer, Elsa.Cron, Elsa.StartAt as triggers) fire on the same pump, so the
    // Quartz trigger at the next due instant and the Development clock's walk serve them too. The first run on a node
    // brings the rows in step with the published versions (a refresh lost to a crash).
    private async Task<int> StartScheduledAsync(CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<ITimerTriggerStore>() is null)
        {
            return 0;
        }

        var starts = scope.ServiceProvider.GetRequiredService<ScheduledStarts>();
        if (!_scheduledStartsRefreshed)
        {
            await starts.RefreshAllAsync(cancellationToken);
            _scheduledStartsRefreshed = true;
        }

        var started = await starts.FireDueAsync(clock.GetUtcNow(), cancellationToken);
        if (started > 0)
        {
            LogStarted(started);
            wakeUp.Notify();
        }

        return started;
    }

    /// <summary>The stimulus a fired step causes; its idempotency key is unique per deadline, step and extension.</summary>
    public static Stimulus? ToStimulus(ClaimedDeadline claimed, DateTimeOffset now)
    {
        var (deadline, step) = (claimed.Deadline, claimed.Step);
        var key = $"deadline/{deadline.Id}/{step}/{deadline.ExtensionCount}";
        if (step == DeadlineStep.Due && deadline.ResumesOnDue)
        {
            return deadline.BookmarkId is null ? null : new Stimulus
            {
                Id = Ids.New(now),
                Kind = StimulusKind.Resume,
                IdempotencyKey = key,
                WorkflowInstanceId = deadline.WorkflowInstanceId,
                BookmarkId = deadline.BookmarkId,
                Payload = DeadlinePayload.Fired(deadline, step),
                CreatedAt = now,
                AvailableAt = now,
            };
        }

        // Reminders, escalations and non-interrupting due steps are events for the case; without a case id nobody
        // could be told.
        if (deadline.CorrelationId is null)
        {
            return null;
        }

        var payload = DeadlinePayload.Fired(deadline, step);
        payload["mottakere"] = step switch
        {
            DeadlineStep.Reminder => deadline.ReminderTargets,
            DeadlineStep.Escalation => deadline.EscalationTargets,
            _ => null,
        };
        return new Stimulus
        {
            Id = Ids.New(now),
            Kind = StimulusKind.Signal,
            IdempotencyKey = key,
            EventName = step switch
            {
                DeadlineStep.Reminder => DeadlineSignals.Reminder(deadline.Name),
                DeadlineStep.Escalation => DeadlineSignals.Escalation(deadline.Name),
                _ => DeadlineSignals.Due(deadline.Name),
            },
            CorrelationId = deadline.CorrelationId,
            Payload = payload,
            CreatedAt = now,
            AvailableAt = now,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer triggers started {Started} pathway instance(s)")]
    private partial void LogStarted(int started);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deadline pump fired {Completed} of {Claimed} claimed steps")]
    private partial void LogFired(int completed, int claimed);
}
