using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Persistence.Welfare;

/// <summary>Cases in <c>welfare_cases</c> with their persons, members and timeline; each write is one <c>SaveChanges</c>.</summary>
public sealed class EfCaseStore(WorkflowsDbContext db) : ICaseStore
{
    /// <inheritdoc />
    public async Task<WelfareCase> AddAsync(WelfareCase created, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        var stored = created with { Revision = 1 };
        try
        {
            db.Set<WelfareCaseRow>().Add(WelfareMapping.ToRow(stored));
            db.Set<CaseEventRow>().AddRange(events.Select(WelfareMapping.ToRow));
            await db.SaveChangesAsync(cancellationToken);
            return stored;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public async Task<WelfareCase?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var row = await db.Set<WelfareCaseRow>().AsNoTracking().AsSplitQuery()
            .Include(c => c.Persons).Include(c => c.Members)
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return row is null ? null : WelfareMapping.ToModel(row);
    }

    /// <inheritdoc />
    /// <remarks>The case row's revision check makes a stale change store nothing, persons and events included.</remarks>
    public async Task<WelfareCase> UpdateAsync(WelfareCase changed, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        var stored = changed with { Revision = changed.Revision + 1 };
        try
        {
            var row = await db.Set<WelfareCaseRow>().Include(c => c.Persons).Include(c => c.Members)
                .FirstOrDefaultAsync(c => c.Id == changed.Id, cancellationToken)
                ?? throw new ConcurrencyConflictException($"Case {changed.Id} does not exist.");
            var fresh = WelfareMapping.ToRow(stored);
            db.Entry(row).CurrentValues.SetValues(fresh);
            db.Entry(row).Property(c => c.Revision).OriginalValue = changed.Revision;
            foreach (var person in fresh.Persons)
            {
                if (row.Persons.FirstOrDefault(p => p.Id == person.Id) is { } existing)
                {
                    db.Entry(existing).CurrentValues.SetValues(person);
                }
                else
                {
                    row.Persons.Add(person);
                }
            }

            foreach (var member in fresh.Members.Where(m => !row.Members.Any(r => r.UserName == m.UserName && r.Service == m.Service)))
            {
                row.Members.Add(member);
            }

            db.Set<CaseEventRow>().AddRange(events.Select(WelfareMapping.ToRow));
            await db.SaveChangesAsync(cancellationToken);
            return stored;
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException($"Case {changed.Id} was changed by someone else (revision {changed.Revision}).");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public async Task AppendAsync(IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            db.Set<CaseEventRow>().AddRange(events.Select(WelfareMapping.ToRow));
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseEvent>> TimelineAsync(string caseId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<CaseEventRow>().AsNoTracking().Where(e => e.CaseId == caseId).ToListAsync(cancellationToken);

        // Ordered here: SQLite stores instants as ticks, the others as timestamps; ids break ties in creation order.
        return [.. rows.OrderBy(e => e.At).ThenBy(e => e.Id, StringComparer.Ordinal).Select(WelfareMapping.ToModel)];
    }

    /// <inheritdoc />
    /// <remarks>
    /// Names are matched as typed or in lower case by the database; SQLite's <c>lower</c> folds only ASCII, so there
    /// «østby» does not find «Østby» (as typed it does).
    /// </remarks>
    public async Task<CaseListPage> ListAsync(CaseQuery query, CancellationToken cancellationToken)
    {
        var cases = db.Set<WelfareCaseRow>().AsNoTracking();
        if (query.Teams is { } teams)
        {
            var member = query.Member ?? "";
            var related = query.RelatedCases.ToList();
            cases = related.Count == 0
                ? cases.Where(c => teams.Contains(c.Team) || c.Members.Any(m => m.UserName == member))
                : cases.Where(c => teams.Contains(c.Team) || c.Members.Any(m => m.UserName == member) || related.Contains(c.Id));
        }

        if (query.HiddenKinds.Count > 0)
        {
            var hidden = query.HiddenKinds.ToList();
            cases = cases.Where(c => !hidden.Contains(c.Kind));
        }

        if (query.Status is { } status)
        {
            var text = status.ToString();
            cases = cases.Where(c => c.Status == text);
        }

        if (query.Search?.Trim() is { Length: > 0 } search)
        {
            var lower = search.ToLowerInvariant();
            cases = cases.Where(c => c.Id.Contains(search)
                || c.Persons.Any(p => p.Number == search || (p.Name != null && (p.Name.Contains(search) || p.Name.ToLower().Contains(lower)))));
        }

        var total = await cases.LongCountAsync(cancellationToken);
        var ids = await cases.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id)
            .Skip(query.Page * query.PageSize).Take(query.PageSize).Select(c => c.Id).ToListAsync(cancellationToken);
        var rows = await db.Set<WelfareCaseRow>().AsNoTracking().AsSplitQuery()
            .Include(c => c.Persons).Include(c => c.Members)
            .Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        var byId = rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
        return new CaseListPage([.. ids.Select(id => WelfareMapping.ToModel(byId[id]))], total);
    }
}
