using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Letters;

/// <summary>The case's letters; each write stores its timeline events with it.</summary>
public interface ILetterStore
{
    /// <summary>Stores new letters (in the caller's transaction, when it has one).</summary>
    Task AddAsync(IReadOnlyList<Letter> letters, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken);

    /// <summary>Reads a letter, or null.</summary>
    Task<Letter?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The letters of a case, oldest first.</summary>
    Task<IReadOnlyList<Letter>> ListForCaseAsync(string caseId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a queued letter's outcome with its events; false when it was no longer queued (a repeated reply), in
    /// which case nothing is written.
    /// </summary>
    Task<bool> FinishAsync(Letter finished, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken);
}
