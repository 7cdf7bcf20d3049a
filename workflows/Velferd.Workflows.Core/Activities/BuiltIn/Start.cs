namespace Velferd.Workflows.Core.Activities.BuiltIn;

/// <summary>Where a flowchart begins (Elsa's <c>Elsa.Start</c>).</summary>
[Activity("Elsa.Start", Category = "Flyt", DisplayName = "Start", Description = "Her starter forløpet.", IsStart = true)]
public sealed class Start : Activity<NoInput, NoOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(NoInput input, ActivityContext context, CancellationToken cancellationToken) =>
        Done();
}
