using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Activities.Timers;

/// <summary>Elsa's <c>Elsa.StartAt</c> inside a flow: waits until an instant (goes straight on when it has passed).</summary>
[Activity("Elsa.StartAt", Category = "Frister", DisplayName = "Start ved tidspunkt", Description = "Venter til et bestemt tidspunkt før flyten går videre.")]
public sealed class ElsaStartAt(IBusinessCalendar calendar) : Activity<ElsaStartAtInput, NoOutput>
{
    /// <summary>The bookmark name of the wait.</summary>
    public const string BookmarkName = "Elsa.StartAt";

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(ElsaStartAtInput input, ActivityContext context, CancellationToken cancellationToken)
    {
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
