using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Activities.Timers;

/// <summary>
/// Waits until an instant, or for a duration from now on the business calendar («3 virkedager», «P1M»). The wait is
/// a timer row written with the burst, fired by the deadline pump, so it survives restarts and fires late rather
/// than never (DOMAIN.md R-07).
/// </summary>
[Activity("Velferd.Timer", Category = "Frister", DisplayName = "Vent", Description = "Venter til et tidspunkt eller i en varighet (kalenderdager, virkedager, måneder).", Kind = ActivityKind.Trigger)]
public sealed class TimerActivity(IBusinessCalendar calendar) : Activity<TimerInput, NoOutput>
{
    /// <summary>The timer's bookmark name.</summary>
    public const string BookmarkName = "Velferd.Timer";

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(TimerInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (input.Until is null && string.IsNullOrWhiteSpace(input.Duration))
        {
            return ValueTask.FromResult(ActivityResult.Fault("Input 'Duration': oppgi et tidspunkt eller en varighet / give an instant or a duration."));
        }

        if (input.Until is { } until && until <= context.Now)
        {
            return Done();
        }

        return ValueTask.FromResult(TimerWait.Start(calendar, context, BookmarkName, input.Label, input.Until, input.Until is null ? input.Duration : null));
    }

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ResumeAsync(TimerInput input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TimerWait.Elapsed(context));
}

/// <summary>Input of <see cref="TimerActivity"/>.</summary>
public sealed record TimerInput
{
    /// <summary>A name for the timer (shown in the deadline list).</summary>
    [Input(DisplayName = "Navn", Description = "Hva forløpet venter på, vist i instansvisningen.", Order = 0)]
    public string? Label { get; init; }

    /// <summary>Wait until this instant.</summary>
    [Input(DisplayName = "Til tidspunkt", Description = "Vent til dette tidspunktet. Fyll ut dette eller «Varighet».", UIHint = UIHints.DateTimePicker, Order = 1)]
    public DateTimeOffset? Until { get; init; }

    /// <summary>Or wait this long.</summary>
    [Input(DisplayName = "Varighet", Description = "ISO 8601 (P7D, PT24H) eller tekst: «7 dager», «3 virkedager», «1 måned».", Order = 2)]
    public string? Duration { get; init; }
}
