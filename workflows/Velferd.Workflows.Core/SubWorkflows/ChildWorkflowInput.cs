using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Core.SubWorkflows;

/// <summary>The inputs <see cref="ExecuteWorkflow"/> and <see cref="DispatchWorkflow"/> share, as Elsa names them.</summary>
public abstract record ChildWorkflowInput
{
    /// <summary>The definition to start (its published version).</summary>
    [Input(DisplayName = "Forløp", Description = "Id-en til forløpet som startes; den publiserte versjonen brukes.", IsRequired = true, Order = 1)]
    public string? WorkflowDefinitionId { get; init; }

    /// <summary>The child's correlation id; empty keeps the parent's case.</summary>
    [Input(DisplayName = "Korrelasjons-id", Description = "Saken underforløpet hører til; tomt gir samme sak som dette forløpet.", Order = 2)]
    public string? CorrelationId { get; init; }

    /// <summary>The child's start input, as an object of named values.</summary>
    [Input(DisplayName = "Inndata", Description = "Inndataene underforløpet startes med, som et objekt med navngitte verdier.", UIHint = UIHints.JsonEditor, Order = 3)]
    public JsonNode? Input { get; init; }

    /// <summary>Whether to wait until the child ends; null takes the activity's default.</summary>
    public abstract bool? WaitForCompletion { get; init; }
}

/// <summary>Output of <see cref="ExecuteWorkflow"/> and <see cref="DispatchWorkflow"/>.</summary>
public sealed record ChildWorkflowOutput
{
    /// <summary>The child's outputs once it finished (empty when not waited for).</summary>
    [Output(DisplayName = "Resultat", Description = "Utdataene fra underforløpet når det er ferdig.")]
    public JsonObject? Result { get; init; }

    /// <summary>The child instance.</summary>
    [Output(DisplayName = "Instans-id", Description = "Id-en til instansen som ble startet.")]
    public string? InstanceId { get; init; }
}
