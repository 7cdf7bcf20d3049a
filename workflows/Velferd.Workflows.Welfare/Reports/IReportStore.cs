using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Reports;

/// <summary>Meldinger and investigations. Every write stores its records, new cases and timeline events together.</summary>
public interface IReportStore
{
    /// <summary>Stores one melding's records with the cases opened for it and their events, all or nothing.</summary>
    Task RegisterAsync(
        IReadOnlyList<WelfareCase> newCases, IReadOnlyList<ConcernReport> reports, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken);

    /// <summary>The open case of <paramref name="kind"/> whose child has <paramref name="number"/>, or null (newest first).</summary>
    Task<WelfareCase?> FindOpenCaseForChildAsync(string municipality, string kind, string number, CancellationToken cancellationToken);

    /// <summary>The records registered from one melding (by its melding id), in child order; empty when none.</summary>
    Task<IReadOnlyList<ConcernReport>> FindByMeldingAsync(string meldingId, CancellationToken cancellationToken);

    /// <summary>A melding, or null.</summary>
    Task<ConcernReport?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>An investigation, or null.</summary>
    Task<Investigation?> FindInvestigationAsync(string id, CancellationToken cancellationToken);

    /// <summary>The case's investigation that is not concluded, or null.</summary>
    Task<Investigation?> FindOpenInvestigationAsync(string caseId, CancellationToken cancellationToken);

    /// <summary>The meldinger attached to <paramref name="investigation"/> (R-19), oldest first; empty when none.</summary>
    Task<IReadOnlyList<ConcernReport>> FindAttachedAsync(Investigation investigation, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a reviewed melding (and the investigation it opened) with its events; a stale revision throws
    /// <see cref="Core.Instances.ConcurrencyConflictException"/> and stores nothing.
    /// </summary>
    Task<ReviewDecision> SaveReviewAsync(ReviewDecision decision, long expectedRevision, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken);

    /// <summary>Stores a changed investigation (conclusion, new deviation notes) with its events; stale → conflict.</summary>
    Task<Investigation> UpdateInvestigationAsync(Investigation changed, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken);
}
