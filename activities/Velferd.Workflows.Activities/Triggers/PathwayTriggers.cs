using System.Text.Json.Nodes;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Activities.Triggers;

/// <summary>
/// Starts the pathways a process owner has bound to an outside event by placing a trigger activity (such as
/// <c>Velferd.FiksIo.MottaBekymringsmelding</c>) in a published definition. Each start carries an idempotency key
/// made of the event's own id and the definition, so a replayed event starts nothing twice.
/// </summary>
public sealed class PathwayTriggers(IWorkflowDefinitionStore definitions, WorkflowEngine engine)
{
    /// <summary>
    /// The published definitions whose root flowchart holds an activity of <paramref name="triggerType"/> that
    /// <paramref name="accepts"/> (given the activity's stored JSON, with its inputs).
    /// </summary>
    public async Task<IReadOnlyList<WorkflowDefinition>> FindBoundAsync(
        string triggerType, Func<JsonObject, bool> accepts, CancellationToken cancellationToken) =>
        [.. (await FindTriggersAsync(triggerType, accepts, cancellationToken)).Select(t => t.Definition)];

    /// <summary>
    /// Starts every bound pathway with <paramref name="input"/>; returns the instance ids (the earlier ones when the
    /// event was seen before). An empty list means no pathway is bound. A trigger that names a team (its literal input
    /// <c>team</c>) starts its instance for that team, so the team sees it under need to know; otherwise the
    /// instance has no team, as before.
    /// </summary>
    public async Task<IReadOnlyList<string>> StartAsync(
        string triggerType,
        Func<JsonObject, bool> accepts,
        IReadOnlyDictionary<string, JsonNode?> input,
        string eventKey,
        CancellationToken cancellationToken)
    {
        var started = new List<string>();
        foreach (var (definition, trigger) in await FindTriggersAsync(triggerType, accepts, cancellationToken))
        {
            var result = await engine.StartAsync(
                new StartRequest(definition.DefinitionId, input, IdempotencyKey: $"{eventKey}/{definition.DefinitionId}", Team: LiteralInput(trigger, "team")),
                cancellationToken);
            if (result.InstanceId is { } id)
            {
                started.Add(id);
            }
        }

        return started;
    }

    // The published definitions with their first accepting trigger activity's stored JSON.
    private async Task<List<(WorkflowDefinition Definition, JsonObject Trigger)>> FindTriggersAsync(
        string triggerType, Func<JsonObject, bool> accepts, CancellationToken cancellationToken)
    {
        var bound = new List<(WorkflowDefinition, JsonObject)>();
        await foreach (var definition in definitions.EnumeratePublishedAsync(cancellationToken))
        {
            var flowchart = Flowchart.Read(definition.Document, new FieldErrors());
            if (flowchart?.Activities.FirstOrDefault(a => a.Type == triggerType && accepts(a.Json)) is { } trigger)
            {
                bound.Add((definition, trigger.Json));
            }
        }

        return bound;
    }

    /// <summary>The literal text of an activity's input, or null when it is unset or not a literal.</summary>
    public static string? LiteralInput(JsonObject activity, string inputName) =>
        activity[inputName] is JsonObject wrapper
        && wrapper["expression"] is JsonObject expression
        && expression["type"]?.GetValue<string>() == "Literal"
        && expression["value"] is JsonValue value
        && value.TryGetValue<string>(out var text)
            ? text
            : null;
}
