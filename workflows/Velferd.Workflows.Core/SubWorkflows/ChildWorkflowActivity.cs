using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Definitions;

namespace Velferd.Workflows.Core.SubWorkflows;

/// <summary>
/// What <see cref="ExecuteWorkflow"/> and <see cref="DispatchWorkflow"/> share: start the published version of another
/// definition as a child instance and, when asked to, wait until it ends and hand on its outputs.
/// </summary>
/// <typeparam name="TInput">The activity's input record.</typeparam>
public abstract class ChildWorkflowActivity<TInput>(IWorkflowDefinitionStore definitions) : Activity<TInput, ChildWorkflowOutput>
    where TInput : ChildWorkflowInput
{
    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(TInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.WorkflowDefinitionId))
        {
            return ActivityResult.Fault("Starting a child instance needs a definition id.");
        }

        var version = await definitions.FindAsync(input.WorkflowDefinitionId, VersionOptions.Published, cancellationToken);
        if (version is null)
        {
            return ActivityResult.Fault($"The definition '{input.WorkflowDefinitionId}' has no published version to start.");
        }

        var wait = input.WaitForCompletion ?? WaitsByDefault;
        var childId = ChildWorkflows.Start(context, version, ChildWorkflows.InputOf(input.Input), input.CorrelationId, wait);
        return wait ? ChildWorkflows.WaitFor(childId) : ActivityResult.Done(new ChildWorkflowOutput { InstanceId = childId });
    }

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ResumeAsync(TInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var child = ChildWorkflows.Read(context.ResumePayload);
        return ValueTask.FromResult(ChildWorkflows.Resume(child, new ChildWorkflowOutput { Result = child.Output, InstanceId = child.InstanceId }));
    }

    /// <summary>Whether the activity waits when its input does not say.</summary>
    protected abstract bool WaitsByDefault { get; }
}
