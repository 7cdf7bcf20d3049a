namespace Velferd.Workflows.Core.Activities.BuiltIn;

/// <summary>Goes to <c>True</c> or <c>False</c> by a condition (Elsa's <c>Elsa.FlowDecision</c>).</summary>
[Activity("Elsa.FlowDecision", Category = "Flyt", DisplayName = "Beslutning", Description = "Velger vei etter en betingelse.", Outcomes = ["True", "False"])]
public sealed class FlowDecision : Activity<FlowDecisionInput, NoOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(FlowDecisionInput input, ActivityContext context, CancellationToken cancellationToken) =>
        Outcome(input.Condition ? "True" : "False");
}

/// <summary>Input of <see cref="FlowDecision"/>.</summary>
public sealed record FlowDecisionInput
{
    /// <summary>The condition.</summary>
    [Input(DisplayName = "Betingelse", Description = "Et JavaScript-uttrykk som gir sann eller usann, f.eks. variables.Gitt === true; sann gir utfallet True.", DefaultSyntax = "JavaScript", IsRequired = true)]
    public bool Condition { get; init; }
}
