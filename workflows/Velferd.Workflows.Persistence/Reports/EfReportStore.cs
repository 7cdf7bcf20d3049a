using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Persistence.Welfare;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Reports;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Persistence.Reports;

/// <summary>Meldinger in <c>welfare_reports</c>, investigations in <c>welfare_investigations</c>; each write is one <c>SaveChanges</c>.</summary>
public sealed class EfReportStore(WorkflowsDbContext db) : IReportStore
{
    /// <inheritdoc />
    public async Task RegisterAsync(
        IReadOnlyList<WelfareCase> newCases, IReadOnlyList<ConcernReport> reports, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            db.Set<WelfareCaseRow>().AddRange(newCases.Select(c => WelfareMapping.ToRow(c with { Revision = 1 })));
            db.Set<ConcernReportRow>().AddRange(reports.Select(r => ReportMapping.ToRow(r with { Revision = 1 })));
            db.Set<CaseEventRow>().AddRange(events.Select(WelfareMapping.ToRow));
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public async Task<WelfareCase?> FindOpenCaseForChildAsync(string municipality, string kind, string number, CancellationToken cancellationToken)
    {
        var open = nameof(CaseStatus.Open);
        var child = nameof(PersonRole.Child);
        var ids = await db.Set<CasePersonRow>().AsNoTracking()
            .Where(p => p.Number == number && p.Role == child)
            .Join(db.Set<WelfareCaseRow>().Where(c => c.Municipality == municipality && c.Kind == kind && c.Status == open), p => p.CaseId, c => c.Id, (p, c) => c.Id)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return null;
        }

        // Ids are time-ordered: the newest open case is the one a new melding joins.
        var newest = ids.Max(StringComparer.Ordinal)!;
        var row = await db.Set<WelfareCaseRow>().AsNoTracking().AsSplitQuery().Include(c => c.Persons).Include(c => c.Members)
            .FirstAsync(c => c.Id == newest, cancellationToken);
        return WelfareMapping.ToModel(row);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ConcernReport>> FindByMeldingAsync(string meldingId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<ConcernReportRow>().AsNoTracking().Where(r => r.MeldingId == meldingId).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.ChildIndex).Select(ReportMapping.ToModel)];
    }

    /// <inheritdoc />
    public async Task<ConcernReport?> FindAsync(string id, CancellationToken cancellationToken) =>
        await db.Set<ConcernReportRow>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is { } row ? ReportMapping.ToModel(row) : null;

    /// <inheritdoc />
    public async Task<Investigation?> FindInvestigationAsync(string id, CancellationToken cancellationToken) =>
        await db.Set<InvestigationRow>().AsNoTracking().Include(i => i.DeviationNotes).FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is { } row
            ? ReportMapping.ToModel(row)
            : null;

    /// <inheritdoc />
    public async Task<Investigation?> FindOpenInvestigationAsync(string caseId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<InvestigationRow>().AsNoTracking().Include(i => i.DeviationNotes)
            .Where(i => i.CaseId == caseId && i.ConclusionCode == null).ToListAsync(cancellationToken);
        return rows.OrderByDescending(i => i.Id, StringComparer.Ordinal).Select(ReportMapping.ToModel).FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ConcernReport>> FindAttachedAsync(Investigation investigation, CancellationToken cancellationToken)
    {
        // The case id narrows the search to the case's own meldinger (ix_welfare_reports_case).
        var attached = ReportStatuses.Attached;
        var rows = await db.Set<ConcernReportRow>().AsNoTracking()
            .Where(r => r.CaseId == investigation.CaseId && r.InvestigationId == investigation.Id && r.Status == attached)
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Id, StringComparer.Ordinal).Select(ReportMapping.ToModel)];
    }

    /// <inheritdoc />
    public async Task<ReviewDecision> SaveReviewAsync(ReviewDecision decision, long expectedRevision, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        var report = decision.Report with { Revision = expectedRevision + 1 };
        var investigation = decision.Investigation is { } opened ? opened with { Revision = 1 } : null;
        try
        {
            var row = await db.Set<ConcernReportRow>().FirstOrDefaultAsync(r => r.Id == report.Id, cancellationToken)
                ?? throw new ConcurrencyConflictException($"Report {report.Id} does not exist.");
            db.Entry(row).CurrentValues.SetValues(ReportMapping.ToRow(report));
            db.Entry(row).Property(r => r.Revision).OriginalValue = expectedRevision;
            if (investigation is not null)
            {
                db.Set<InvestigationRow>().Add(ReportMapping.ToRow(investigation));
            }

            db.Set<CaseEventRow>().AddRange(events.Select(WelfareMapping.ToRow));
            await db.SaveChangesAsync(cancellationToken);
            return new ReviewDecision(report, investigation);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException($"Report {report.Id} was changed by someone else (revision {expectedRevision}).");
        }
        catch (DbUpdateException) when (investigation is not null)
        {
            // The unique report index: another review opened the investigation first.
            throw new ConcurrencyConflictException($"Report {report.Id} already has an investigation.");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public async Task<Investigation> UpdateInvestigationAsync(Investigation changed, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        var stored = changed with { Revision = changed.Revision + 1 };
        try
        {
            var row = await db.Set<InvestigationRow>().Include(i => i.DeviationNotes).FirstOrDefaultAsync(i => i.Id == changed.Id, cancellationToken)
                ?? throw new ConcurrencyConflictException($"Investigation {changed.Id} does not exist.");
            var fresh = ReportMapping.ToRow(stored);
            db.Entry(row).CurrentValues.SetValues(fresh);
            db.Entry(row).Property(i => i.Revision).OriginalValue = changed.Revision;
            foreach (var note in fresh.DeviationNotes.Where(n => row.DeviationNotes.All(r => r.Id != n.Id)))
            {
                row.DeviationNotes.Add(note);
            }

            db.Set<CaseEventRow>().AddRange(events.Select(WelfareMapping.ToRow));
            await db.SaveChangesAsync(cancellationToken);
            return stored;
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException($"Investigation {changed.Id} was changed by someone else (revision {changed.Revision}).");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
