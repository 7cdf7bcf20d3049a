using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Cases;

/// <summary>Cases, their persons and team, and their timeline. Every write stores the case and its events together.</summary>
public interface ICaseStore
{
    /// <summary>Stores a new case (revision 1) with its first events.</summary>
    Task<WelfareCase> AddAsync(WelfareCase created, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken);

    /// <summary>Reads a case, or null.</summary>
    Task<WelfareCase?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a changed case with the events that record the change; the case's <see cref="WelfareCase.Revision"/> must
    /// be the stored one, else <see cref="Core.Instances.ConcurrencyConflictException"/> and nothing is stored.
    /// </summary>
    /// <returns>The case as stored, with its new revision.</returns>
    Task<WelfareCase> UpdateAsync(WelfareCase changed, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken);

    /// <summary>Adds events to a case's timeline on their own (e.g. a change stored by another store).</summary>
    Task AppendAsync(IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken);

    /// <summary>The cases <paramref name="query"/> asks for, newest first (ties by id).</summary>
    Task<CaseListPage> ListAsync(CaseQuery query, CancellationToken cancellationToken);

    /// <summary>The case's timeline, oldest first.</summary>
    Task<IReadOnlyList<CaseEvent>> TimelineAsync(string caseId, CancellationToken cancellationToken);
}
