using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Expressions;

/// <summary>What an expression can see and change while a burst runs.</summary>
public interface IExpressionScope
{
    /// <summary>The workflow instance being run.</summary>
    string WorkflowInstanceId { get; }

    /// <summary>The instance's correlation id (the case id for pathways); setting it re-keys the instance's bookmarks.</summary>
    string? CorrelationId { get; set; }

    /// <summary>The compiled definition the instance runs (its variables and activities).</summary>
    Runtime.WorkflowBlueprint Blueprint { get; }

    /// <summary>The input the instance was started with.</summary>
    IReadOnlyDictionary<string, JsonNode?> WorkflowInput { get; }

    /// <summary>Reads a variable by name; null when unset.</summary>
    JsonNode? GetVariable(string name);

    /// <summary>Writes a variable by name.</summary>
    void SetVariable(string name, JsonNode? value);

    /// <summary>
    /// The last output of an activity (by id or name) in this instance, or one value of it; null when the activity has
    /// not run, or when the definition's scripts read no outputs (<see cref="Runtime.WorkflowBlueprint.RecordsActivityOutputs"/>).
    /// </summary>
    JsonNode? GetActivityOutput(string activityIdOrName, string? outputName);

    /// <summary>The JavaScript engine of this burst, created on first use.</summary>
    JavaScriptRuntime JavaScript { get; }
}
