namespace Velferd.Workflows.Core.Activities.Looping;

/// <summary>
/// Runs its body again and again while a condition holds (Elsa's <c>Elsa.While</c>): the condition is evaluated before
/// each round, and when it is false (or <c>Elsa.Break</c> ran in the body) the loop goes on at <c>Done</c>.
/// </summary>
/// <remarks>A condition that never turns false meets the burst's limit on activities run without waiting, and faults.</remarks>
[Activity("Elsa.While", Category = "Løkker", DisplayName = "Gjenta så lenge",
    Description = "Kjører innholdet om igjen så lenge betingelsen er sann, og går videre når den blir usann.",
    EmbeddedPorts = ["Body"], HandlesBreak = true)]
public sealed class While : Activity<WhileInput, NoOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(WhileInput input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(input.Condition ? ActivityResult.RunBody([[]]) : ActivityResult.Done());

    /// <summary>A round has finished: another one while the condition holds.</summary>
    protected override ValueTask<ActivityResult> ResumeAsync(WhileInput input, ActivityContext context, CancellationToken cancellationToken) =>
        context.Container!.Breaking ? Done() : ExecuteAsync(input, context, cancellationToken);
}

/// <summary>Input of <see cref="While"/>.</summary>
public sealed record WhileInput
{
    /// <summary>Whether to run another round.</summary>
    [Input(DisplayName = "Betingelse", Description = "Et JavaScript-uttrykk som gir sann eller usann; det sjekkes før hver runde, f.eks. getTeller() < 3.", DefaultSyntax = "JavaScript")]
    public bool Condition { get; init; }
}
