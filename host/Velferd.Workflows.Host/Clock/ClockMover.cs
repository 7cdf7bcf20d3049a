using System.Diagnostics;
using Microsoft.Extensions.Options;
using Quartz;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Scheduling.Deadlines;
using Velferd.Workflows.Scheduling.Housekeeping;

namespace Velferd.Workflows.Host.Clock;

/// <summary>
/// Moves the Development clock and releases, as if that time had passed, what fell due on the way: deadline steps
/// (reminders, due, escalations, timers, age milestones) in the order of their instants, each fired once by the pump's
/// row claim, and each housekeeping task at every scheduled instant the move passed (a nightly task once per night). It
/// walks from one due instant to
/// the next, letting the engine apply what each released before going on, so work that a resumed step plans within
/// the move (a timer after a reminder) fires too, at its own instant. Moving back only sets the time: what already
/// happened stays done, and nothing fires again.
/// </summary>
/// <remarks>
/// The answer comes when the engine has applied what the move released (a process owner sees the effect on the next
/// page load), or after <see cref="ClockOptions.SettleTimeout"/> with <see cref="ClockMove.Settled"/> false; the rest
/// is then still applied in the background. One move at a time.
/// </remarks>
public sealed partial class ClockMover(
    ControllableClock clock,
    DeadlinePump pump,
    TriggerRepointer triggers,
    IEnumerable<HousekeepingTaskRegistration> housekeeping,
    IOptions<HousekeepingOptions> housekeepingOptions,
    IOptions<ClockOptions> options,
    IServiceScopeFactory scopes,
    ILogger<ClockMover> logger) : IDisposable
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(20);
    private readonly SemaphoreSlim _oneMove = new(1, 1);

    /// <summary>Makes it <paramref name="target"/> for the whole host, firing what falls due on the way forward.</summary>
    public async Task<ClockMove> MoveToAsync(DateTimeOffset target, CancellationToken cancellationToken)
    {
        await _oneMove.WaitAsync(cancellationToken);
        try
        {
            var from = clock.GetUtcNow();
            var settling = Stopwatch.StartNew();
            var released = new Released();
            await triggers.PauseAsync(cancellationToken);
            try
            {
                if (target > from)
                {
                    await CatchUpAsync(from, target, released, settling, cancellationToken);
                }

                clock.SetUtcNow(target);
                if (target > from)
                {
                    released.FiredSteps += await pump.FireDueAsync(cancellationToken);
                    released.Settled &= await SettleAsync(settling, cancellationToken);
                }
            }
            finally
            {
                await triggers.RepointAndResumeAsync(CancellationToken.None);
            }

            LogMoved(from, target, released.FiredSteps, released.HousekeepingRuns.Count, released.Settled);
            return new ClockMove(from, clock.GetUtcNow(), clock.Offset, released.FiredSteps, released.HousekeepingRuns, released.Settled);
        }
        finally
        {
            _oneMove.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _oneMove.Dispose();

    private async Task CatchUpAsync(DateTimeOffset from, DateTimeOffset target, Released released, Stopwatch settling, CancellationToken cancellationToken)
    {
        var tasksDue = HousekeepingPassedOver(from, target);
        var idleRounds = 0;
        while (true)
        {
            var nextStep = await NextDeadlineStepAsync(cancellationToken);
            var nextTask = tasksDue.Count > 0 ? tasksDue.Min(t => t.At) : (DateTimeOffset?)null;
            var next = new[] { nextStep, nextTask }.Min();
            if (next is null || next > target)
            {
                return;
            }

            if (next > clock.GetUtcNow())
            {
                clock.SetUtcNow(next.Value);
            }

            var ran = 0;
            foreach (var task in tasksDue.Where(t => t.At <= clock.GetUtcNow()).ToList())
            {
                await RunHousekeepingAsync(task.Registration, cancellationToken);
                released.HousekeepingRuns.Add(task.Registration.Name);
                tasksDue.Remove(task);
                if (task.Schedule.GetNextValidTimeAfter(task.At) is { } again && again <= target)
                {
                    tasksDue.Add(task with { At = again });
                }

                ran++;
            }

            var fired = await pump.FireDueAsync(cancellationToken);
            released.FiredSteps += fired;
            released.Settled &= await SettleAsync(settling, cancellationToken);

            // A due step this pump cannot claim (a claim another pump still holds) must not keep the walk going round;
            // that pump fires it.
            idleRounds = fired == 0 && ran == 0 ? idleRounds + 1 : 0;
            if (idleRounds >= 3)
            {
                return;
            }
        }
    }

    private Task<DateTimeOffset?> NextDeadlineStepAsync(CancellationToken cancellationToken) => pump.NextDueAsync(cancellationToken);

    /// <summary>Each task whose schedule has an instant in (from, target], with its first such instant; the walk adds the later ones.</summary>
    private List<(HousekeepingTaskRegistration Registration, CronExpression Schedule, DateTimeOffset At)> HousekeepingPassedOver(DateTimeOffset from, DateTimeOffset target)
    {
        var settings = housekeepingOptions.Value;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        var due = new List<(HousekeepingTaskRegistration, CronExpression, DateTimeOffset)>();
        foreach (var registration in housekeeping)
        {
            var schedule = new CronExpression(settings.ScheduleOf(registration.Name), zone);
            if (schedule.GetNextValidTimeAfter(from) is { } at && at <= target)
            {
                due.Add((registration, schedule, at));
            }
        }

        return due;
    }

    private async Task RunHousekeepingAsync(HousekeepingTaskRegistration registration, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            var result = await registration.RunAsync(scope.ServiceProvider, cancellationToken);
            LogHousekeeping(registration.Name, result.Examined, result.Changed, result.Deferred);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // As with a scheduled run: the next run starts over, and the move goes on.
            LogHousekeepingFailed(registration.Name, e.GetType().Name);
        }
    }

    /// <summary>Waits until the engine has applied every stimulus, while the move's settle time lasts.</summary>
    private async Task<bool> SettleAsync(Stopwatch settling, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                if (await scope.ServiceProvider.GetRequiredService<IStimulusQueue>().CountUnfinishedAsync(cancellationToken) == 0)
                {
                    return true;
                }
            }

            if (settling.Elapsed > options.Value.SettleTimeout)
            {
                return false;
            }

            // The dispatcher runs in the background and may be on another node; the database is where its progress shows.
            await Task.Delay(IdlePoll, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Development clock moved from {From} to {To}: {FiredSteps} deadline steps fired, {HousekeepingRuns} housekeeping runs, settled {Settled}")]
    private partial void LogMoved(DateTimeOffset from, DateTimeOffset to, int firedSteps, int housekeepingRuns, bool settled);

    [LoggerMessage(Level = LogLevel.Information, Message = "Development clock ran housekeeping {HousekeepingTask}: {Examined} examined, {Changed} changed, {Deferred} left for the next run")]
    private partial void LogHousekeeping(string housekeepingTask, int examined, int changed, int deferred);

    [LoggerMessage(Level = LogLevel.Error, Message = "Development clock: housekeeping {HousekeepingTask} failed ({ErrorType}); its next scheduled run tries again")]
    private partial void LogHousekeepingFailed(string housekeepingTask, string errorType);

    private sealed class Released
    {
        public int FiredSteps { get; set; }

        public List<string> HousekeepingRuns { get; } = [];

        public bool Settled { get; set; } = true;
    }
}
