namespace Velferd.Workflows.Core.Activities.Looping;

/// <summary>
/// Ends the loop it is in (Elsa's <c>Elsa.Break</c>): the rest of the current round is cancelled and the innermost
/// <see cref="ForEach"/> or <see cref="While"/> around it goes on at <c>Done</c> without another round. Outside a loop it
/// completes the flowchart it is in, as Elsa's terminal activities do.
/// </summary>
[Activity("Elsa.Break", Category = "Løkker", DisplayName = "Avbryt løkken",
    Description = "Avslutter løkken rundt: resten av runden avbrytes, og løkken går videre uten flere runder.",
    Outcomes = [], IsTerminal = true)]
public sealed class Break : Activity<NoInput, NoOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(NoInput input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.Outcomes([]));
}
