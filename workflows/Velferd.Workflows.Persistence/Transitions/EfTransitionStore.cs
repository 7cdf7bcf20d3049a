using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Persistence.Welfare;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Timeline;
using Velferd.Workflows.Welfare.Transitions;

namespace Velferd.Workflows.Persistence.Transitions;

/// <summary>Measures in <c>welfare_measures</c>, decisions in <c>welfare_transition_decisions</c>; each write is one <c>SaveChanges</c>.</summary>
public sealed class EfTransitionStore(WorkflowsDbContext db) : ITransitionStore
{
    /// <inheritdoc />
    public async Task SaveAsync(TransitionChange change, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            if (change.Added is { } added)
            {
                db.Set<MeasureRow>().Add(TransitionMapping.ToRow(added));
            }

            foreach (var ended in change.Ended)
            {
                var row = await db.Set<MeasureRow>().FirstOrDefaultAsync(m => m.Id == ended.Id, cancellationToken)
                    ?? throw new ConcurrencyConflictException($"Measure {ended.Id} does not exist.");
                db.Entry(row).CurrentValues.SetValues(TransitionMapping.ToRow(ended));
                db.Entry(row).Property(m => m.Revision).OriginalValue = ended.Revision - 1;
            }

            if (change.Decision is { } decision)
            {
                db.Set<TransitionDecisionRow>().Add(TransitionMapping.ToRow(decision));
            }

            db.Set<CaseEventRow>().AddRange(events.Select(WelfareMapping.ToRow));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("A measure was changed by someone else.");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public async Task<Measure?> FindMeasureAsync(string id, CancellationToken cancellationToken) =>
        await db.Set<MeasureRow>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is { } row ? TransitionMapping.ToModel(row) : null;

    /// <inheritdoc />
    public async Task<IReadOnlyList<Measure>> ListMeasuresAsync(string caseId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<MeasureRow>().AsNoTracking().Where(m => m.CaseId == caseId).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(m => m.Id, StringComparer.Ordinal).Select(TransitionMapping.ToModel)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TransitionDecision>> ListDecisionsAsync(string caseId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<TransitionDecisionRow>().AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(d => d.Id, StringComparer.Ordinal).Select(TransitionMapping.ToModel)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TransitionStanding>> ListStandingsAsync(
        DateOnly bornFrom, DateOnly bornTo, IReadOnlyCollection<string>? teams, CancellationToken cancellationToken)
    {
        var child = nameof(PersonRole.Child);
        var cases = db.Set<WelfareCaseRow>().AsNoTracking().Where(c => c.Kind == CaseKind.Barnevern);
        if (teams is not null)
        {
            cases = cases.Where(c => teams.Contains(c.Team));
        }

        var found = await cases
            .Join(
                db.Set<CasePersonRow>().Where(p => p.Role == child && p.BirthDate != null && p.BirthDate >= bornFrom && p.BirthDate <= bornTo),
                c => c.Id,
                p => p.CaseId,
                (c, p) => new { c.Id, c.Team, c.Status, BirthDate = p.BirthDate!.Value })
            .Where(c => db.Set<MeasureRow>().Any(m => m.CaseId == c.Id))
            .ToListAsync(cancellationToken);
        if (found.Count == 0)
        {
            return [];
        }

        var ids = found.Select(c => c.Id).ToList();
        var measures = (await db.Set<MeasureRow>().AsNoTracking().Where(m => ids.Contains(m.CaseId)).ToListAsync(cancellationToken)).ToLookup(m => m.CaseId);
        var decisions = (await db.Set<TransitionDecisionRow>().AsNoTracking().Where(d => ids.Contains(d.CaseId)).ToListAsync(cancellationToken)).ToLookup(d => d.CaseId);
        var open = nameof(CaseStatus.Open);
        return
        [
            .. found.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => new TransitionStanding(
                c.Id,
                c.Team,
                c.BirthDate,
                c.Status == open,
                [.. measures[c.Id].OrderBy(m => m.Id, StringComparer.Ordinal).Select(TransitionMapping.ToModel)],
                [.. decisions[c.Id].OrderBy(d => d.Id, StringComparer.Ordinal).Select(TransitionMapping.ToModel)])),
        ];
    }
}
