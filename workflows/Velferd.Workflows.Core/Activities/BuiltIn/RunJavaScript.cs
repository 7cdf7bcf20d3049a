using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Expressions;

namespace Velferd.Workflows.Core.Activities.BuiltIn;

/// <summary>
/// Runs a script (Elsa's <c>Elsa.RunJavaScript</c>). The script's last value is the output; it may pick ports with
/// <c>setOutcome('Navn')</c>, else it completes on <c>Done</c>.
/// </summary>
[Activity("Elsa.RunJavaScript", Category = "Skript", DisplayName = "Kjør JavaScript", Description = "Kjører et skript med tids- og minnegrenser.")]
public sealed class RunJavaScript : Activity<RunJavaScriptInput, RunJavaScriptOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(RunJavaScriptInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.Script))
        {
            return Done();
        }

        var wrapper = new JsonObject { ["expression"] = new JsonObject { ["type"] = ExpressionSyntax.JavaScript, ["value"] = input.Script } };
        context.JavaScript.ClearRequestedOutcomes();
        var result = context.Evaluate<object>($"script:{input.Script}", wrapper);
        var output = new RunJavaScriptOutput { Result = JsonValues.FromPlain(result) };
        var outcomes = context.JavaScript.RequestedOutcomes;
        return outcomes.Count == 0
            ? Done(output)
            : ValueTask.FromResult(ActivityResult.Outcomes([.. outcomes], output));
    }
}

/// <summary>Input of <see cref="RunJavaScript"/>.</summary>
public sealed record RunJavaScriptInput
{
    /// <summary>The script.</summary>
    [Input(DisplayName = "Skript", Description = "JavaScript som kjøres; setOutcome(\"navn\") velger utfall, og siste verdi blir resultatet.", UIHint = UIHints.CodeEditor, IsRequired = true)]
    public string? Script { get; init; }

    /// <summary>The ports the script may choose with <c>setOutcome</c>.</summary>
    [Input(DisplayName = "Mulige utfall", Description = "Utfallene skriptet kan velge med setOutcome; hvert blir et utfall å koble videre fra.", UIHint = UIHints.DynamicOutcomes)]
    public string[]? PossibleOutcomes { get; init; }
}

/// <summary>Output of <see cref="RunJavaScript"/>.</summary>
public sealed record RunJavaScriptOutput
{
    /// <summary>The script's last value.</summary>
    [Output(DisplayName = "Resultat")]
    public JsonNode? Result { get; init; }
}
