namespace Velferd.Workflows.Core.Activities.Looping;

/// <summary>
/// Runs its embedded body once and goes on at <c>Done</c> when the body has finished (Elsa's <c>Elsa.FlowNode</c>,
/// shown as «Container» in Elsa Studio): a way to group steps in a flowchart of their own.
/// </summary>
[Activity("Elsa.FlowNode", Category = "Flyt", DisplayName = "Beholder",
    Description = "Kjører et innebygd flytskjema og går videre når det er ferdig.", EmbeddedPorts = ["Body"])]
public sealed class FlowNode : Activity<NoInput, NoOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(NoInput input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.RunBody([[]]));

    /// <summary>The body has finished.</summary>
    protected override ValueTask<ActivityResult> ResumeAsync(NoInput input, ActivityContext context, CancellationToken cancellationToken) =>
        Done();
}
