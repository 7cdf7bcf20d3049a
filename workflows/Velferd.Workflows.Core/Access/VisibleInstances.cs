using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.Access;

/// <summary>Reading instances through the access decision: one the user may not see reads as missing.</summary>
public static class VisibleInstances
{
    /// <summary>The instance, or null when it does not exist or the user may not see it.</summary>
    /// <remarks>The instance's case is the one the request's audit row names .</remarks>
    public static async Task<WorkflowInstance?> FindVisibleAsync(
        this IWorkflowInstanceStore store, string id, CaseDataAccess access, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } instance || !access.MaySee(instance))
        {
            return null;
        }

        AuditedRequest.Touched(instance.CorrelationId);
        return instance;
    }

    /// <summary>The instance's execution log, or null when the instance does not exist or the user may not see it.</summary>
    public static async Task<IReadOnlyList<ActivityExecutionRecord>?> GetVisibleExecutionLogAsync(
        this IWorkflowInstanceStore store, string id, CaseDataAccess access, CancellationToken cancellationToken) =>
        await store.FindVisibleAsync(id, access, cancellationToken) is null ? null : await store.GetExecutionLogAsync(id, cancellationToken);
}
