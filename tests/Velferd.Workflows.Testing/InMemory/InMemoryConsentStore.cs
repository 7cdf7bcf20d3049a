using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Testing.InMemory;

/// <summary>Consents in memory.</summary>
public sealed class InMemoryConsentStore(InMemoryWelfareTables tables) : IConsentStore
{
    /// <inheritdoc />
    public Task AddAsync(Consent consent, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            if (!tables.Cases.ContainsKey(consent.CaseId))
            {
                throw new InvalidOperationException($"Case {consent.CaseId} does not exist.");
            }

            tables.Consents.Add(consent.Id, consent);
            tables.Events.AddRange(events);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<Consent?> FindAsync(string id, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            return Task.FromResult(tables.Consents.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Consent>> ListForCaseAsync(string caseId, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            IReadOnlyList<Consent> consents = [.. tables.Consents.Values.Where(c => c.CaseId == caseId).OrderBy(c => c.RecordedAt).ThenBy(c => c.Id, StringComparer.Ordinal)];
            return Task.FromResult(consents);
        }
    }

    /// <inheritdoc />
    public Task AddWithdrawalAsync(string consentId, ConsentWithdrawal withdrawal, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            var consent = tables.Consents[consentId];
            if (consent.Withdrawals.All(w => w.Id != withdrawal.Id))
            {
                tables.Consents[consentId] = consent with { Withdrawals = [.. consent.Withdrawals, withdrawal] };
                tables.Events.AddRange(events);
            }
        }

        return Task.CompletedTask;
    }
}
