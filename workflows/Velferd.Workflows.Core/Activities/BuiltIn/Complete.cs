using System.Text.Json;
using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Activities.BuiltIn;

/// <summary>Completes the whole workflow now, cancelling every other path (Elsa's <c>Elsa.Complete</c>).</summary>
[Activity("Elsa.Complete", Category = "Flyt", DisplayName = "Fullfør", Description = "Fullfører hele forløpet og avbryter andre grener.", Outcomes = [], IsTerminal = true)]
public sealed class Complete : Activity<CompleteInput, NoOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(CompleteInput input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.CompleteWorkflow(OutcomeNames(input.Outcomes)));

    /// <summary>
    /// Elsa writes the outcomes as one name, a list, or a list in JSON text (the outcome picker's Object syntax); all
    /// three mean the same.
    /// </summary>
    public static IReadOnlyList<string> OutcomeNames(JsonNode? outcomes)
    {
        if (outcomes is JsonValue value && value.TryGetValue<string>(out var text))
        {
            var trimmed = text.Trim();
            if (!trimmed.StartsWith('['))
            {
                return trimmed.Length == 0 ? [] : [trimmed];
            }

            try
            {
                outcomes = JsonNode.Parse(trimmed);
            }
            catch (JsonException)
            {
                return [trimmed];
            }
        }

        return outcomes is JsonArray list
            ? [.. list.Select(o => o is JsonValue v && v.TryGetValue<string>(out var name) ? name : o?.ToJsonString()).OfType<string>().Where(n => n.Length > 0)]
            : [];
    }
}

/// <summary>Input of <see cref="Complete"/>.</summary>
public sealed record CompleteInput
{
    /// <summary>The workflow's outcomes: one name or a list of names.</summary>
    [Input(DisplayName = "Utfall", Description = "Utfallet eller utfallene forløpet avsluttes med her (kan være tomt).", UIHint = UIHints.DynamicOutcomes)]
    public JsonNode? Outcomes { get; init; }
}
