using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Persistence.Welfare;
using Velferd.Workflows.Welfare.IndividualPlans;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Persistence.IndividualPlans;

/// <summary>Requests in <c>welfare_individual_plans</c>, coordinators in <c>welfare_coordinators</c>; each write is one <c>SaveChanges</c>.</summary>
public sealed class EfIndividualPlanStore(WorkflowsDbContext db) : IIndividualPlanStore
{
    /// <inheritdoc />
    public async Task SaveAsync(IndividualPlanChange change, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            if (change.Plan is { } plan)
            {
                await StageAsync(db.Set<IndividualPlanRow>(), plan.Id, plan.Revision, IndividualPlanMapping.ToRow(plan), cancellationToken);
            }

            if (change.Coordinator is { } coordinator)
            {
                await StageAsync(db.Set<CoordinatorRow>(), coordinator.Id, coordinator.Revision, IndividualPlanMapping.ToRow(coordinator), cancellationToken);
            }

            db.Set<CaseEventRow>().AddRange(events.Select(WelfareMapping.ToRow));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("The individual plan or koordinator was changed by someone else.");
        }
        catch (DbUpdateException) when (change.Plan is { Revision: 1 })
        {
            // The unique case index: another request for the case was stored first.
            throw new ConcurrencyConflictException("The case already has an individual plan request.");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public async Task<IndividualPlan?> FindForCaseAsync(string caseId, CancellationToken cancellationToken) =>
        await db.Set<IndividualPlanRow>().AsNoTracking().FirstOrDefaultAsync(p => p.CaseId == caseId, cancellationToken) is { } row
            ? IndividualPlanMapping.ToModel(row)
            : null;

    /// <inheritdoc />
    public async Task<Coordinator?> FindCoordinatorAsync(string id, CancellationToken cancellationToken) =>
        await db.Set<CoordinatorRow>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is { } row
            ? IndividualPlanMapping.ToModel(row)
            : null;

    /// <inheritdoc />
    public async Task<IReadOnlyList<Coordinator>> ListCoordinatorsAsync(string caseId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<CoordinatorRow>().AsNoTracking().Where(c => c.CaseId == caseId).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(c => c.Id, StringComparer.Ordinal).Select(IndividualPlanMapping.ToModel)];
    }

    // Revision 1 is new; a later revision updates the stored row read at revision − 1.
    private async Task StageAsync<TRow>(DbSet<TRow> set, string id, long revision, TRow row, CancellationToken cancellationToken)
        where TRow : class
    {
        if (revision == 1)
        {
            set.Add(row);
            return;
        }

        var stored = await set.FindAsync([id], cancellationToken) ?? throw new ConcurrencyConflictException($"{typeof(TRow).Name} {id} does not exist.");
        db.Entry(stored).CurrentValues.SetValues(row);
        db.Entry(stored).Property("Revision").OriginalValue = revision - 1;
    }
}
