namespace Velferd.Workflows.Core.Activities.BuiltIn;

/// <summary>
/// Ends the path it is on (Elsa's <c>Elsa.End</c>). Other paths go on; the instance finishes when no path is left.
/// Use <see cref="Complete"/> to end the whole workflow at once.
/// </summary>
[Activity("Elsa.End", Category = "Flyt", DisplayName = "Slutt", Description = "Avslutter hele forløpet: det som ellers venter, avbrytes.", Outcomes = [], IsTerminal = true)]
public sealed class End : Activity<NoInput, NoOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(NoInput input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.Outcomes([]));
}
