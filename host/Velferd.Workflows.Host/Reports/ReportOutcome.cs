using Microsoft.Extensions.Options;
using Velferd.Workflows.Activities.Cases;
using Velferd.Workflows.Activities.Deadlines;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Welfare;

namespace Velferd.Workflows.Host.Reports;

/// <summary>
/// How a melding's P3 pathway ended (DOMAIN.md §6 P3): its end code («Utfall») and whether every deadline was met
/// («FristerOverholdt», <c>frister_overholdt</c>), as the finished instance keeps them.
/// </summary>
/// <param name="EndCode">The end code, e.g. <c>HENLAGT_ETTER_GJENNOMGANG</c>.</param>
/// <param name="DeadlinesMet">True when no deadline of the melding passed before it was met.</param>
public sealed record ReportOutcome(string? EndCode, bool? DeadlinesMet)
{
    /// <summary>The outcome of the melding <paramref name="reportId"/>'s finished P3 instance; null while it runs.</summary>
    public static async Task<ReportOutcome?> FindAsync(
        string reportId, IWorkflowInstanceStore instances, IOptions<WelfareOptions> options, CancellationToken cancellationToken)
    {
        var finished = await instances.ListAsync(
            new InstanceQuery { CorrelationId = reportId, DefinitionId = options.Value.ReportPathway, Status = WorkflowStatus.Finished, PageSize = 1 }, cancellationToken);
        if (finished.Items.Count == 0 || await instances.FindAsync(finished.Items[0].Id, cancellationToken) is not { } instance)
        {
            return null;
        }

        var output = instance.State.Output;
        return new ReportOutcome(
            output.GetValueOrDefault(CloseCase.OutcomeOutput)?.GetValue<string>(),
            output.GetValueOrDefault(DeadlinesKept.Output)?.GetValue<bool>());
    }
}
