namespace Velferd.Workflows.Core.Activities.BuiltIn;

/// <summary>Splits the flow into named branches that run side by side (Elsa's <c>Elsa.FlowFork</c>).</summary>
[Activity("Elsa.FlowFork", Category = "Flyt", DisplayName = "Del opp", Description = "Deler flyten i parallelle grener.", Outcomes = [])]
public sealed class FlowFork : Activity<FlowForkInput, NoOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(FlowForkInput input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.Outcomes(input.Branches ?? []));
}

/// <summary>Input of <see cref="FlowFork"/>.</summary>
public sealed record FlowForkInput
{
    /// <summary>The branch names; each becomes a port.</summary>
    [Input(DisplayName = "Grener", Description = "Navnene på grenene som kjøres samtidig; hver blir et utfall å koble videre fra.", UIHint = UIHints.DynamicOutcomes)]
    public string[]? Branches { get; init; }
}
