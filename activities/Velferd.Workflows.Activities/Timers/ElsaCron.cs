using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Time;
using Velferd.Workflows.Core.TimerTriggers;

namespace Velferd.Workflows.Activities.Timers;

/// <summary>
/// Elsa's <c>Elsa.Cron</c>: at the start of a published pathway with «start the workflow» ticked, starts it at every
/// instant of the schedule (<see cref="ElsaTimerTriggers"/>); inside a flow, waits for the schedule's next instant.
/// </summary>
[Activity(TypeName, Category = "Frister", DisplayName = "Cron-tidsplan",
    Description = "Starter forløpet etter en tidsplan (cron, norsk tid), eller venter til neste tidspunkt i planen.", Kind = ActivityKind.Trigger)]
public sealed class ElsaCron(IBusinessCalendar calendar) : Activity<ElsaCronInput, NoOutput>
{
    /// <summary>The type name, as Elsa writes it.</summary>
    public const string TypeName = "Elsa.Cron";

    /// <summary>The bookmark name of the wait (the type name, as stored bookmarks have it).</summary>
    public const string BookmarkName = TypeName;

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(ElsaCronInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (ScheduledStarts.StartedBy(context.WorkflowInput, context.ActivityId))
        {
            return ValueTask.FromResult(ActivityResult.Done());
        }

        var (schedule, problem) = CronSchedule.Parse(input.CronExpression);
        if (schedule?.NextAfter(context.Now) is not { } next)
        {
            return ValueTask.FromResult(ActivityResult.Fault(problem ?? $"«{input.CronExpression}» inntreffer aldri igjen."));
        }

        return ValueTask.FromResult(TimerWait.Start(calendar, context, BookmarkName, null, next, null));
    }

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ResumeAsync(ElsaCronInput input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TimerWait.Elapsed(context));
}

/// <summary>Input of <see cref="ElsaCron"/>.</summary>
public sealed record ElsaCronInput
{
    /// <summary>The schedule.</summary>
    [Input(DisplayName = "Cron-uttrykk", Description = "Tidsplanen i norsk tid: minutt time dag måned ukedag, f.eks. «0 8 * * 1-5» (hverdager kl. 08.00).",
        IsRequired = true)]
    public string? CronExpression { get; init; }
}
