using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Activities.Timers;

/// <summary>Elsa's <c>Elsa.Delay</c>: waits for a time span («00:10:00», «1.00:00:00» or ISO 8601 «PT10M») on the timer rows.</summary>
[Activity("Elsa.Delay", Category = "Frister", DisplayName = "Forsinkelse", Description = "Venter en bestemt tid (f.eks. 00:10:00 for ti minutter) før flyten går videre.")]
public sealed class ElsaDelay(IBusinessCalendar calendar) : Activity<ElsaDelayInput, NoOutput>
{
    /// <summary>The bookmark name of the wait.</summary>
    public const string BookmarkName = "Elsa.Delay";

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(ElsaDelayInput input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ElsaTimeSpans.Wait(calendar, context, BookmarkName, input.TimeSpan));

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ResumeAsync(ElsaDelayInput input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TimerWait.Elapsed(context));
}

/// <summary>Input of <see cref="ElsaDelay"/>.</summary>
public sealed record ElsaDelayInput
{
    /// <summary>How long to wait.</summary>
    [Input(DisplayName = "Varighet", Description = "Tidsrom som dd.tt:mm:ss, tt:mm:ss eller ISO 8601 (PT10M).", IsRequired = true)]
    public string? TimeSpan { get; init; }
}
