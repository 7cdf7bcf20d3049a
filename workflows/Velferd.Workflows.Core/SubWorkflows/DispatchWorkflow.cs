using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Definitions;

namespace Velferd.Workflows.Core.SubWorkflows;

/// <summary>
/// Starts another published definition as a separate instance and goes on at once (Elsa's <c>Elsa.DispatchWorkflow</c>);
/// with <see cref="ChildWorkflowInput.WaitForCompletion"/> it waits for the child as <see cref="ExecuteWorkflow"/> does.
/// </summary>
[Activity("Elsa.DispatchWorkflow", Category = "Sammensatt", DisplayName = "Send forløp", Description = "Starter et annet publisert forløp som egen instans; venter bare om det er valgt.", Kind = ActivityKind.Task)]
public sealed class DispatchWorkflow(IWorkflowDefinitionStore definitions) : ChildWorkflowActivity<DispatchWorkflowInput>(definitions)
{
    /// <inheritdoc />
    protected override bool WaitsByDefault => false;
}

/// <summary>Input of <see cref="DispatchWorkflow"/>.</summary>
public sealed record DispatchWorkflowInput : ChildWorkflowInput
{
    /// <inheritdoc />
    [Input(DisplayName = "Vent til ferdig", Description = "Venter dette forløpet til den startede instansen er ferdig? Standard er å gå videre straks.", DefaultValue = false, Order = 4)]
    public override bool? WaitForCompletion { get; init; }
}
