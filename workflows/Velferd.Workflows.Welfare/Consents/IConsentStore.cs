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

    /// <summary>Stores a withdrawal of a consent with its events; a withdrawal already stored (same id) is not stored again.</summary>
    Task AddWithdrawalAsync(string consentId, ConsentWithdrawal withdrawal, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken);
}
