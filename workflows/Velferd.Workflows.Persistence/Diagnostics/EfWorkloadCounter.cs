using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Diagnostics;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Persistence.HumanTasks;

namespace Velferd.Workflows.Persistence.Diagnostics;

/// <summary>The workload as counts over the tables (each count uses the status index the workers claim by).</summary>
public sealed class EfWorkloadCounter(WorkflowsDbContext db) : IWorkloadCounter
{
    /// <inheritdoc />
    public async Task<Workload> CountAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tasks = db.Set<HumanTaskRow>().AsNoTracking();
        return new Workload(
            StimuliWaiting: await db.Stimuli.LongCountAsync(s => s.Status == StimulusStatus.Pending || s.Status == StimulusStatus.Claimed, cancellationToken),
            DeadlineStepsDue: await db.Deadlines.LongCountAsync(d => d.NextFireAt != null && d.NextFireAt <= now, cancellationToken),
            DeadlinesOverdue: await db.Deadlines.LongCountAsync(d => d.Status == DeadlineStatus.Overdue, cancellationToken),
            OutboxIncidents: await db.OutboxMessages.LongCountAsync(m => m.Status == OutboxStatus.Incident, cancellationToken),
            TasksOpen: await tasks.LongCountAsync(t => t.Status == HumanTaskStatus.Open, cancellationToken),
            TasksClaimed: await tasks.LongCountAsync(t => t.Status == HumanTaskStatus.Claimed, cancellationToken));
    }
}
