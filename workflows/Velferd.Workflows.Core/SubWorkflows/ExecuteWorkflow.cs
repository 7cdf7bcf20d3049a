using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Definitions;

namespace Velferd.Workflows.Core.SubWorkflows;

/// <summary>
/// Runs another published definition as a child instance and, by default, waits until it ends (Elsa's
/// <c>Elsa.ExecuteWorkflow</c>). The child's outputs become <see cref="ChildWorkflowOutput.Result"/>; a child that faults
/// or is cancelled faults this step.
/// </summary>
[Activity("Elsa.ExecuteWorkflow", Category = "Sammensatt", DisplayName = "Kjør forløp", Description = "Starter et annet publisert forløp som underforløp og venter til det er ferdig.", Kind = ActivityKind.Task)]
public sealed class ExecuteWorkflow(IWorkflowDefinitionStore definitions) : ChildWorkflowActivity<ExecuteWorkflowInput>(definitions)
{
    /// <inheritdoc />
    protected override bool WaitsByDefault => true;
}

/// <summary>Input of <see cref="ExecuteWorkflow"/>.</summary>
public sealed record ExecuteWorkflowInput : ChildWorkflowInput
{
    /// <inheritdoc />
    [Input(DisplayName = "Vent til ferdig", Description = "Venter dette forløpet til underforløpet er ferdig? Uten venting går flyten videre straks.", DefaultValue = true, Order = 4)]
    public override bool? WaitForCompletion { get; init; }
}
