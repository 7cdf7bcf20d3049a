using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Activities.Looping;

/// <summary>
/// Counts from <c>Start</c> to <c>End</c> by <c>Step</c> and runs its body for each value (Elsa's <c>Elsa.For</c>): the
/// body reads the value with <c>getCurrentValue()</c>, and the <c>CurrentValue</c> output can be bound to a variable.
/// <c>Elsa.Break</c> in the body ends the loop. The bounds are read once, when the loop starts.
/// </summary>
[Activity("Elsa.For", Category = "Løkker", DisplayName = "Tell fra–til",
    Description = "Teller fra en startverdi til en sluttverdi og kjører innholdet for hver verdi.",
    EmbeddedPorts = ["Body"], HandlesBreak = true)]
public sealed class For : Activity<ForInput, ForOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(ForInput input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Iterate(new JsonObject
        {
            ["next"] = input.Start, ["end"] = input.End, ["step"] = input.Step, ["inclusive"] = input.OuterBoundInclusive,
        }));

    /// <summary>A round has finished: the next value, or done.</summary>
    protected override ValueTask<ActivityResult> ResumeAsync(ForInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var run = context.Container!;
        return run.Breaking || run.State is not JsonObject state ? Done() : ValueTask.FromResult(Iterate(state));
    }

    private static ActivityResult Iterate(JsonObject state)
    {
        var value = state["next"]!.GetValue<int>();
        var end = state["end"]!.GetValue<int>();
        var step = state["step"]!.GetValue<int>();
        var inclusive = state["inclusive"]!.GetValue<bool>();
        var goesOn = step >= 0
            ? (inclusive ? value <= end : value < end)
            : (inclusive ? value >= end : value > end);
        if (!goesOn)
        {
            return ActivityResult.Done();
        }

        state["next"] = value + step;
        return ActivityResult.RunBody([new JsonObject { [LoopItems.CurrentValue] = value }], state, new ForOutput { CurrentValue = value });
    }
}

/// <summary>Input of <see cref="For"/>.</summary>
public sealed record ForInput
{
    /// <summary>The first value.</summary>
    [Input(DisplayName = "Fra", Description = "Verdien den første runden får.")]
    public int Start { get; init; }

    /// <summary>The last value (or the bound, see <see cref="OuterBoundInclusive"/>).</summary>
    [Input(DisplayName = "Til", Description = "Verdien tellingen stopper ved.")]
    public int End { get; init; }

    /// <summary>How much each round adds; negative counts down.</summary>
    [Input(DisplayName = "Steg", Description = "Hvor mye verdien øker for hver runde; et negativt tall teller nedover.", DefaultValue = 1)]
    public int Step { get; init; } = 1;

    /// <summary>Whether the end value itself gets a round.</summary>
    [Input(DisplayName = "Ta med sluttverdien", Description = "Om sluttverdien selv får en runde (ja som standard).", DefaultValue = true)]
    public bool OuterBoundInclusive { get; init; } = true;
}

/// <summary>Output of <see cref="For"/>.</summary>
public sealed record ForOutput
{
    /// <summary>The value the body runs for.</summary>
    [Output(DisplayName = "Gjeldende verdi", Description = "Verdien innholdet kjører for nå.")]
    public int CurrentValue { get; init; }
}
