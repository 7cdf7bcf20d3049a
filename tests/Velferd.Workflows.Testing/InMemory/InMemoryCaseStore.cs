using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Testing.InMemory;

/// <summary>Cases in memory, with the EF store's revision check.</summary>
public sealed class InMemoryCaseStore(InMemoryWelfareTables tables) : ICaseStore
{
    /// <inheritdoc />
    public Task<WelfareCase> AddAsync(WelfareCase created, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        var stored = created with { Revision = 1 };
        lock (tables.Gate)
        {
            if (!tables.Cases.TryAdd(created.Id, stored))
            {
                throw new InvalidOperationException($"Case {created.Id} exists.");
            }

            tables.Events.AddRange(events);
        }

        return Task.FromResult(stored);
    }

    /// <inheritdoc />
    public Task<WelfareCase?> FindAsync(string id, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            return Task.FromResult(tables.Cases.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc />
    public Task<WelfareCase> UpdateAsync(WelfareCase changed, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            if (!tables.Cases.TryGetValue(changed.Id, out var current) || current.Revision != changed.Revision)
            {
                throw new ConcurrencyConflictException($"Case {changed.Id} was changed by someone else (revision {changed.Revision}).");
            }

            var stored = changed with { Revision = changed.Revision + 1 };
            tables.Cases[changed.Id] = stored;
            tables.Events.AddRange(events);
            return Task.FromResult(stored);
        }
    }

    /// <inheritdoc />
    public Task AppendAsync(IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            tables.Events.AddRange(events);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CaseEvent>> TimelineAsync(string caseId, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            IReadOnlyList<CaseEvent> timeline = [.. tables.Events.Where(e => e.CaseId == caseId).OrderBy(e => e.At).ThenBy(e => e.Id, StringComparer.Ordinal)];
            return Task.FromResult(timeline);
        }
    }

    /// <inheritdoc />
    public Task<CaseListPage> ListAsync(CaseQuery query, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            var search = query.Search?.Trim();
            var matching = tables.Cases.Values
                .Where(c => query.Teams is not { } teams || teams.Contains(c.Team) || (query.Member is { } member && c.Members.Any(m => m.User == member))
                    || query.RelatedCases.Contains(c.Id))
                .Where(c => !query.HiddenKinds.Contains(c.Kind))
                .Where(c => query.Status is not { } status || c.Status == status)
                .Where(c => string.IsNullOrEmpty(search) || c.Id.Contains(search, StringComparison.Ordinal)
                    || c.Persons.Any(p => p.Identity.Number == search || (p.Name?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false)))
                .OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(new CaseListPage([.. matching.Skip(query.Page * query.PageSize).Take(query.PageSize)], matching.Count));
        }
    }
}
