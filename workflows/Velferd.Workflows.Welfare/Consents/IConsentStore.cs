using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Consents;

/// <summary>Consents with their signers, scope and withdrawals; each write stores its timeline events with it.</summary>
public interface IConsentStore
{
    /// <summary>Stores a new consent with its events.</summary>
    Task AddAsync(Consent consent, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken);

    /// <summary>Reads a consent, or null.</summary>
    Task<Consent?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The consents of a case, oldest first (withdrawn and expired ones included).</summary>
    Task<IReadOnlyList<Consent>> ListForCaseAsync(string caseId, CancellationToken cancellationToken);

    /// <summary>
    /// Consents whose R-32 step may be due on <paramref name="today"/>: renewal not yet asked for and the last day at
    /// most <paramref name="renewalDays"/> away, or expiry not yet handled and the last day before today; earliest last
    /// day first, at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<Consent>> ListFollowUpsDueAsync(DateOnly today, int renewalDays, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the renewal and expiry marks of <paramref name="followUp"/> with its events and notifications, only when
    /// the stored marks are still those of <paramref name="expected"/>; otherwise throws
    /// <see cref="Velferd.Workflows.Core.Instances.ConcurrencyConflictException"/> and stores nothing.
    /// </summary>
    Task MarkFollowedUpAsync(Consent expected, ConsentFollowUp followUp, CancellationToken cancellationToken);

    /// <summary>Stores a withdrawal of a consent with its events; a withdrawal already stored (same id) is not stored again.</summary>
    Task AddWithdrawalAsync(string consentId, ConsentWithdrawal withdrawal, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken);
}
