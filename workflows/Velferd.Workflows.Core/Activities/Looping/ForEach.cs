using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Activities.Looping;

/// <summary>
/// Runs its body once per item, one item after the other (Elsa's <c>Elsa.ForEach</c>): the body's scripts read the item
/// with <c>getCurrentValue()</c> and its position with <c>getCurrentIndex()</c>, and <c>CurrentValue</c> can also be
/// bound to a workflow variable. A body that waits (a task, a timer) holds the loop until it is resumed, also across a
/// restart; <c>Elsa.Break</c> in the body ends the loop, which then goes on at <c>Done</c>.
/// </summary>
/// <remarks>The items are read once, when the loop starts, and kept with the instance until it ends.</remarks>
[Activity("Elsa.ForEach", Category = "Løkker", DisplayName = "For hvert element",
    Description = "Kjører innholdet én gang for hvert element i en liste, ett etter ett, og går videre når alle er behandlet.",
    EmbeddedPorts = ["Body"], HandlesBreak = true)]
public sealed class ForEach : Activity<ForEachInput, ForEachOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(ForEachInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var items = LoopItems.Read(input.Items);
        if (items is null)
        {
            return ValueTask.FromResult(LoopItems.NotAList(input.Items));
        }

        return ValueTask.FromResult(Iterate(new JsonObject { ["items"] = items.DeepClone(), ["next"] = 0 }));
    }

    /// <summary>The body of the last item has finished: the next item, or done.</summary>
    protected override ValueTask<ActivityResult> ResumeAsync(ForEachInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var run = context.Container!;
        return run.Breaking || run.State is not JsonObject state ? Done() : ValueTask.FromResult(Iterate(state));
    }

    // The loop's position lives in the run's state ({items, next}), stored with the instance after every round.
    private static ActivityResult Iterate(JsonObject state)
    {
        var items = state["items"]!.AsArray();
        var index = state["next"]!.GetValue<int>();
        if (index >= items.Count)
        {
            return ActivityResult.Done();
        }

        state["next"] = index + 1;
        return ActivityResult.RunBody([LoopItems.BodyVariables(items, index)], state, new ForEachOutput { CurrentValue = items[index]?.DeepClone() });
    }
}

/// <summary>Input of <see cref="ForEach"/>.</summary>
public sealed record ForEachInput
{
    /// <summary>The items to go through.</summary>
    [Input(DisplayName = "Elementer", Description = "Listen som gjennomgås: en JSON-liste, f.eks. [\"a\", \"b\"], eller et JavaScript-uttrykk som gir en liste.")]
    public JsonNode? Items { get; init; }
}

/// <summary>Output of <see cref="ForEach"/>.</summary>
public sealed record ForEachOutput
{
    /// <summary>The item the body runs for.</summary>
    [Output(DisplayName = "Gjeldende element", Description = "Elementet innholdet kjører for nå.")]
    public JsonNode? CurrentValue { get; init; }
}
