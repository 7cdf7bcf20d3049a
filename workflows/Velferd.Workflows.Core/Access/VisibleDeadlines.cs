using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Instances;

namespace Velferd.Workflows.Core.Access;

/// <summary>Reading deadlines through the access decision: one the user may not see reads as missing.</summary>
public static class VisibleDeadlines
{
    /// <summary>The deadline, or null when it does not exist or the user may not see it.</summary>
    public static async Task<Deadline?> FindVisibleAsync(
        this IDeadlineStore deadlines, IWorkflowInstanceStore instances, string id, CaseDataAccess access, CancellationToken cancellationToken)
    {
        var deadline = await deadlines.FindAsync(id, cancellationToken);
        return deadline is not null && (await VisibleAsync([deadline], instances, access, cancellationToken)).Count == 1 ? deadline : null;
    }

    /// <summary>The deadlines the user may see, in their order.</summary>
    public static async Task<IReadOnlyList<Deadline>> VisibleAsync(
        IReadOnlyList<Deadline> deadlines, IWorkflowInstanceStore instances, CaseDataAccess access, CancellationToken cancellationToken)
    {
        if (access.SeesAllTeams || deadlines.Count == 0)
        {
            return deadlines;
        }

        var owners = await instances.FindManyAsync([.. deadlines.Select(d => d.WorkflowInstanceId).Distinct(StringComparer.Ordinal)], cancellationToken);
        return [.. deadlines.Where(d => access.MaySee(d, owners.GetValueOrDefault(d.WorkflowInstanceId)))];
    }
}
