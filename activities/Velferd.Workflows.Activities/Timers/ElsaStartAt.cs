using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Time;
using Velferd.Workflows.Core.TimerTriggers;

namespace Velferd.Workflows.Activities.Timers;

/// <summary>
/// Elsa's <c>Elsa.StartAt</c>: at the start of a published pathway with «start the workflow» ticked, starts it once at
/// the instant (<see cref="ElsaTimerTriggers"/>); inside a flow, waits until the instant (goes straight on when it has passed).
/// </summary>
[Activity(TypeName, Category = "Frister", DisplayName = "Start ved tidspunkt",
    Description = "Starter forløpet én gang ved et tidspunkt, eller venter til tidspunktet før flyten går videre.", Kind = ActivityKind.Trigger)]
public sealed class ElsaStartAt(IBusinessCalendar calendar) : Activity<ElsaStartAtInput, NoOutput>
{
    /// <summary>The type name, as Elsa writes it.</summary>
    public const string TypeName = "Elsa.StartAt";

    /// <summary>The bookmark name of the wait (the type name, as stored bookmarks have it).</summary>
    public const string BookmarkName = TypeName;

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(ElsaStartAtInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (ScheduledStarts.StartedBy(context.WorkflowInput, context.ActivityId))
        {
            return ValueTask.FromResult(ActivityResult.Done());
        }

        if (input.DateTime is not { } at)
        {
            return ValueTask.FromResult(ActivityResult.Fault("Input 'DateTime': oppgi tidspunktet / give the instant."));
        }

        return ValueTask.FromResult(at <= context.Now
            ? ActivityResult.Done()
            : TimerWait.Start(calendar, context, BookmarkName, null, at, null));
    }

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ResumeAsync(ElsaStartAtInput input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TimerWait.Elapsed(context));
}

/// <summary>Input of <see cref="ElsaStartAt"/>.</summary>
public sealed record ElsaStartAtInput
{
    /// <summary>When to go on.</summary>
    [Input(DisplayName = "Tidspunkt", Description = "Tidspunktet flyten går videre.", UIHint = UIHints.DateTimePicker, IsRequired = true)]
    public DateTimeOffset? DateTime { get; init; }
}
