using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Activities.Looping;

/// <summary>
/// Runs its body for every item at once (Elsa's <c>Elsa.ParallelForEach</c>) and goes on at <c>Done</c> when every
/// body has finished. Each body run has its own <c>CurrentValue</c> and <c>CurrentIndex</c>, its own waits and its own
/// tokens, so bodies that wait are resumed one by one, each exactly once.
/// </summary>
/// <remarks>As in Elsa, <c>Elsa.Break</c> does not stop this loop: it ends its own body run and reaches a loop around it.</remarks>
[Activity("Elsa.ParallelForEach", Category = "Løkker", DisplayName = "For hvert element samtidig",
    Description = "Kjører innholdet for alle elementene i en liste samtidig, og går videre når alle er ferdige.",
    EmbeddedPorts = ["Body"])]
public sealed class ParallelForEach : Activity<ParallelForEachInput, NoOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(ParallelForEachInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var items = LoopItems.Read(input.Items);
        if (items is null)
        {
            return ValueTask.FromResult(LoopItems.NotAList(input.Items));
        }

        return items.Count == 0
            ? Done()
            : ValueTask.FromResult(ActivityResult.RunBody([.. Enumerable.Range(0, items.Count).Select(i => LoopItems.BodyVariables(items, i))]));
    }

    /// <summary>Every body run has finished.</summary>
    protected override ValueTask<ActivityResult> ResumeAsync(ParallelForEachInput input, ActivityContext context, CancellationToken cancellationToken) =>
        Done();
}

/// <summary>Input of <see cref="ParallelForEach"/>.</summary>
public sealed record ParallelForEachInput
{
    /// <summary>The items to run the body for.</summary>
    [Input(DisplayName = "Elementer", Description = "Listen som gjennomgås: en JSON-liste, f.eks. [\"a\", \"b\"], eller et JavaScript-uttrykk som gir en liste.")]
    public JsonNode? Items { get; init; }
}
