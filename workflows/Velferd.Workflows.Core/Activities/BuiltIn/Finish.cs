namespace Velferd.Workflows.Core.Activities.BuiltIn;

/// <summary>
/// Marks the whole workflow as finished at once (Elsa's <c>Elsa.Finish</c>): whatever else is scheduled or waits is
/// cancelled, as with <see cref="Complete"/> without outcomes.
/// </summary>
[Activity("Elsa.Finish", Category = "Flyt", DisplayName = "Avslutt forløpet", Description = "Markerer hele forløpet som ferdig og avbryter det som ellers venter.", Outcomes = [], IsTerminal = true)]
public sealed class Finish : Activity<NoInput, NoOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(NoInput input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.CompleteWorkflow([]));
}
