using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.CaseLog;

/// <summary>Stafettlogg entries; each write stores its timeline event with it.</summary>
public interface ICaseLogStore
{
    /// <summary>Stores a new entry with its events.</summary>
    Task AddAsync(CaseLogEntry entry, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken);

    /// <summary>The entries of a case, oldest first.</summary>
    Task<IReadOnlyList<CaseLogEntry>> ListForCaseAsync(string caseId, CancellationToken cancellationToken);
}
