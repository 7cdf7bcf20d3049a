using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Definitions;

namespace Velferd.Workflows.Core.SubWorkflows;

/// <summary>
/// A definition marked usable as an activity (<c>options.usableAsActivity</c>), placed in another definition under its
/// own type name as Elsa writes it (<see cref="UsableAsActivity.TypeNameOf"/>). It runs the definition as a child
/// instance: its inputs are the activity's properties named after the child's inputs, its outputs go to the variables
/// the activity binds them to, and its outcomes (<c>Elsa.Complete</c>) are the activity's ports. The blueprint compiler
/// gives every such activity this type; it is not in the toolbox itself, each usable definition is.
/// </summary>
/// <remarks>
/// The version that runs: the one the activity was placed with (<c>workflowDefinitionVersionId</c>, else its
/// <c>version</c> number), or the published one when the child definition asks for that with
/// <c>options.autoUpdateConsumingWorkflows</c>, as Elsa then updates the parents to each new version.
/// </remarks>
[Activity(TypeName, Category = "Sammensatt", DisplayName = "Forløp som aktivitet", Description = "Kjører et forløp som er merket som brukbart som aktivitet, som underforløp.", Kind = ActivityKind.Task, IsBrowsable = false)]
public sealed class WorkflowDefinitionActivity(IWorkflowDefinitionStore definitions) : Activity<NoInput, ChildWorkflowOutput>
{
    /// <summary>The type the compiler gives every activity that names a definition instead of a registered type.</summary>
    public const string TypeName = "Velferd.WorkflowDefinitionActivity";

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(NoInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var json = context.ActivityJson;
        var definitionId = Text(json["workflowDefinitionId"]) ?? "";
        var version = await FindVersionAsync(definitionId, json, cancellationToken);
        if (version is null)
        {
            return ActivityResult.Fault($"The definition '{definitionId}' used by activity '{context.ActivityId}' has no version to run.");
        }

        var childInput = new JsonObject();
        foreach (var name in UsableAsActivity.InputNames(version.Document))
        {
            if (PropertyOf(json, name) is { } wrapper)
            {
                childInput[name] = Expressions.JsonValues.FromPlain(context.Evaluate<object>($"input:{name}", wrapper));
            }
        }

        return ChildWorkflows.WaitFor(ChildWorkflows.Start(context, version, childInput, correlationId: null, parentWaits: true));
    }

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ResumeAsync(NoInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var child = ChildWorkflows.Read(context.ResumePayload);
        if (child.SubStatus == Runtime.WorkflowSubStatus.Finished)
        {
            BindOutputs(child.Output, context);
        }

        var output = new ChildWorkflowOutput { Result = child.Output, InstanceId = child.InstanceId };
        return ValueTask.FromResult(ChildWorkflows.Resume(child, output, [.. context.Node.Outgoing.Keys]));
    }

    private async Task<WorkflowDefinition?> FindVersionAsync(string definitionId, JsonObject json, CancellationToken cancellationToken)
    {
        var published = await definitions.FindAsync(definitionId, VersionOptions.Published, cancellationToken);
        if (published is not null && UsableAsActivity.FollowsPublished(published.Document))
        {
            return published;
        }

        // Version ids are ours (an import gets new ones), so a pinned version id from elsewhere falls back to the number.
        if (Text(json["workflowDefinitionVersionId"]) is { } versionId
            && await definitions.FindByVersionIdAsync(versionId, cancellationToken) is { } pinned
            && pinned.DefinitionId == definitionId)
        {
            return pinned;
        }

        return json["version"] is JsonValue number && number.TryGetValue<int>(out var n) && n > 0
            ? await definitions.FindAsync(definitionId, VersionOptions.SpecificVersion(n), cancellationToken)
            : published;
    }

    private static void BindOutputs(JsonObject outputs, ActivityContext context)
    {
        foreach (var (name, value) in outputs)
        {
            var variableId = Text(PropertyOf(context.ActivityJson, name)?["memoryReference"]?["id"]);
            var variable = context.Blueprint.Variables.FirstOrDefault(v => v.Id == variableId || v.Name == variableId);
            if (variable is not null)
            {
                context.SetVariable(variable.Name, value?.DeepClone());
            }
        }
    }

    // Elsa writes a synthetic property under the input's own name; a camel-cased spelling is read too.
    private static JsonNode? PropertyOf(JsonObject json, string name) =>
        json[name] ?? json[System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name)];

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
