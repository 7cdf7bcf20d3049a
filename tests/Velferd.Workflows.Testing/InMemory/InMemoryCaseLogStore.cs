using Velferd.Workflows.Welfare.CaseLog;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Testing.InMemory;

/// <summary>Stafettlogg entries in memory, beside the shared welfare tables.</summary>
public sealed class InMemoryCaseLogStore(InMemoryWelfareTables tables) : ICaseLogStore
{
    /// <inheritdoc />
    public Task AddAsync(CaseLogEntry entry, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            tables.LogEntries.Add(entry);
            tables.Events.AddRange(events);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CaseLogEntry>> ListForCaseAsync(string caseId, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            return Task.FromResult<IReadOnlyList<CaseLogEntry>>([.. tables.LogEntries.Where(e => e.CaseId == caseId)]);
        }
    }
}
