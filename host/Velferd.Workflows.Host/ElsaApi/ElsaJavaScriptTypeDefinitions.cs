using System.Text;
using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Expressions;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>
/// The TypeScript declarations the designer's JavaScript editor completes from: the functions every script has, and
/// the helpers generated for the definition being edited (<see cref="ScriptHelpers"/>), from its latest version.
/// </summary>
public static class ElsaJavaScriptTypeDefinitions
{
    /// <summary>The functions every script has. Kept in step with <c>JavaScriptRuntime</c> by hand: it is a few lines.</summary>
    private const string Fixed = """
        declare function getVariable(name: string): any;
        declare function setVariable(name: string, value: any): void;
        declare function getInput(name: string): any;
        declare function getWorkflowInstanceId(): string;
        declare function getCorrelationId(): string | null;
        declare function setCorrelationId(value: string | null): void;
        declare function getOutputFrom(activityIdOrName: string, outputName?: string): any;
        declare function setOutcome(outcome: string): void;
        declare function setOutcomes(outcomes: string[]): void;

        """;

    /// <summary>The declarations for <paramref name="definitionId"/> (only the fixed ones when it does not compile yet).</summary>
    public static async Task<string> ForAsync(
        string definitionId, IWorkflowDefinitionStore definitions, WorkflowBlueprintCompiler compiler, CancellationToken cancellationToken)
    {
        var text = new StringBuilder(Fixed);
        var definition = await definitions.FindAsync(definitionId, VersionOptions.Latest, cancellationToken);
        if (definition is null || compiler.Compile(definition).Blueprint is not { } blueprint)
        {
            return text.ToString();
        }

        if (blueprint.HasBodies)
        {
            Declare(text, "getCurrentValue", "(): any", "Elementet (eller tellerverdien) innholdet i en løkke kjører for nå.");
            Declare(text, "getCurrentIndex", "(): number", "Posisjonen til elementet innholdet i «For hvert element» kjører for, fra 0.");
        }

        foreach (var variable in blueprint.Variables)
        {
            Declare(text, ScriptHelpers.Getter(variable.Name), "(): any", $"Variabelen «{variable.Name}».");
            Declare(text, ScriptHelpers.Setter(variable.Name), "(value: any): void", $"Setter variabelen «{variable.Name}».");
        }

        foreach (var input in (definition.Document["inputs"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (input["name"] is JsonValue name && name.TryGetValue<string>(out var inputName))
            {
                Declare(text, ScriptHelpers.Getter(inputName), "(): any", $"Inndataen «{inputName}».");
            }
        }

        foreach (var output in blueprint.ActivityOutputs)
        {
            Declare(text, ScriptHelpers.OutputGetter(output.Output, output.Activity), "(): any", $"Utdataen «{output.Output}» fra «{output.Activity}».");
        }

        return text.ToString();
    }

    private static void Declare(StringBuilder text, string function, string signature, string description)
    {
        if (ScriptHelpers.MayGenerate(function))
        {
            text.Append("/** ").Append(description.Replace("*/", "", StringComparison.Ordinal)).Append(" */\n")
                .Append("declare function ").Append(function).Append(signature).Append(";\n");
        }
    }
}
