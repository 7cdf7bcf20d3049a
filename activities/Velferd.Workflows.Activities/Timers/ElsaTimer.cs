using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Time;
using Velferd.Workflows.Core.TimerTriggers;

namespace Velferd.Workflows.Activities.Timers;

/// <summary>
/// Elsa's <c>Elsa.Timer</c>: at the start of a published pathway with «start the workflow» ticked, starts it every
/// interval (<see cref="ElsaTimerTriggers"/>); inside a flow, waits one interval, then goes on.
/// </summary>
[Activity(TypeName, Category = "Frister", DisplayName = "Tidsur",
    Description = "Starter forløpet med et fast intervall, eller venter ett intervall (f.eks. 00:01:00) før flyten går videre.", Kind = ActivityKind.Trigger)]
public sealed class ElsaTimer(IBusinessCalendar calendar) : Activity<ElsaTimerInput, NoOutput>
{
    /// <summary>The type name, as Elsa writes it.</summary>
    public const string TypeName = "Elsa.Timer";

    /// <summary>The bookmark name of the wait (the type name, as stored bookmarks have it).</summary>
    public const string BookmarkName = TypeName;

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(ElsaTimerInput input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ScheduledStarts.StartedBy(context.WorkflowInput, context.ActivityId)
            ? ActivityResult.Done()
            : ElsaTimeSpans.Wait(calendar, context, BookmarkName, input.Interval));

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ResumeAsync(ElsaTimerInput input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TimerWait.Elapsed(context));
}

/// <summary>Input of <see cref="ElsaTimer"/>.</summary>
public sealed record ElsaTimerInput
{
    /// <summary>The interval.</summary>
    [Input(DisplayName = "Intervall", Description = "Tidsrom som dd.tt:mm:ss, tt:mm:ss eller ISO 8601 (PT1M).", DefaultValue = "00:01:00")]
    public string? Interval { get; init; }
}
