using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Expressions;

/// <summary>What an expression can see and change while a burst runs.</summary>
public interface IExpressionScope
{
    /// <summary>The workflow instance being run.</summary>
    string WorkflowInstanceId { get; }

    /// <summary>The instance's correlation id (the case id for pathways).</summary>
    string? CorrelationId { get; }

    /// <summary>The input the instance was started with.</summary>
    IReadOnlyDictionary<string, JsonNode?> WorkflowInput { get; }

    /// <summary>Reads a variable by name; null when unset.</summary>
    JsonNode? GetVariable(string name);

    /// <summary>Writes a variable by name.</summary>
    void SetVariable(string name, JsonNode? value);

    /// <summary>The JavaScript engine of this burst, created on first use.</summary>
    JavaScriptRuntime JavaScript { get; }
}
