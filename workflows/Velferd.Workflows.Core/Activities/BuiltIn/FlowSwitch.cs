using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Activities.BuiltIn;

/// <summary>
/// Goes to the port of the first matching case, or of every matching case, else to <c>Default</c>
/// (Elsa's <c>Elsa.FlowSwitch</c>). Each case is <c>{label, condition}</c> with an expression as condition.
/// </summary>
[Activity("Elsa.FlowSwitch", Category = "Flyt", DisplayName = "Forgrening", Description = "Velger vei etter den første (eller alle) betingelser som er oppfylt.", Outcomes = ["Default"])]
public sealed class FlowSwitch : Activity<FlowSwitchInput, NoOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(FlowSwitchInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var matches = new List<string>();
        var cases = input.Cases ?? [];
        for (var i = 0; i < cases.Count; i++)
        {
            if (cases[i] is not JsonObject @case || @case["label"]?.GetValue<string>() is not { } label)
            {
                continue;
            }

            var condition = new JsonObject { ["expression"] = @case["condition"]?.DeepClone() };
            if (context.Evaluate<bool>($"cases[{i}].condition", condition))
            {
                matches.Add(label);
                if (input.Mode == SwitchMode.MatchFirst)
                {
                    break;
                }
            }
        }

        return ValueTask.FromResult(ActivityResult.Outcomes(matches.Count > 0 ? matches : ["Default"]));
    }
}

/// <summary>Whether a switch follows the first matching case or all of them.</summary>
public enum SwitchMode
{
    /// <summary>Only the first case that matches.</summary>
    [Display(Name = "Første treff")]
    MatchFirst,

    /// <summary>Every case that matches.</summary>
    [Display(Name = "Alle treff")]
    MatchAny,
}

/// <summary>Input of <see cref="FlowSwitch"/>.</summary>
public sealed record FlowSwitchInput
{
    /// <summary>The cases, each <c>{label, condition}</c>.</summary>
    [Input(DisplayName = "Tilfeller", Description = "Hvert tilfelle har et navn (utfallet) og en betingelse. Ingen treff gir utfallet Default.", UIHint = UIHints.FlowSwitchEditor, IsWrapped = false)]
    public JsonArray? Cases { get; init; }

    /// <summary>First match or every match.</summary>
    [Input(DisplayName = "Modus", Description = "Følg bare det første tilfellet som passer, eller alle som passer.", DefaultValue = "MatchFirst")]
    public SwitchMode Mode { get; init; }
}
