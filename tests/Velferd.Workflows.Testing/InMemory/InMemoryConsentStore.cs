using Velferd.Workflows.Core.Instances;
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
    public Task<IReadOnlyList<Consent>> ListFollowUpsDueAsync(DateOnly today, int renewalDays, int limit, CancellationToken cancellationToken)
    {
        var renewBy = today.AddDays(renewalDays);
        lock (tables.Gate)
        {
            IReadOnlyList<Consent> due = [.. tables.Consents.Values
                .Where(c => (c.RenewalRequestedAt is null && c.ValidTo <= renewBy) || (c.ExpiryHandledAt is null && c.ValidTo < today))
                .OrderBy(c => c.ValidTo).ThenBy(c => c.Id, StringComparer.Ordinal)
                .Take(limit)];
            return Task.FromResult(due);
        }
    }

    /// <inheritdoc />
    public Task MarkFollowedUpAsync(Consent expected, ConsentFollowUp followUp, CancellationToken cancellationToken)
    {
        lock (tables.Gate)
        {
            var stored = tables.Consents[expected.Id];
            if (stored.RenewalRequestedAt != expected.RenewalRequestedAt || stored.ExpiryHandledAt != expected.ExpiryHandledAt)
            {
                return Task.FromException(new ConcurrencyConflictException("The consent was followed up by someone else."));
            }

            tables.Consents[expected.Id] = stored with { RenewalRequestedAt = followUp.Consent.RenewalRequestedAt, ExpiryHandledAt = followUp.Consent.ExpiryHandledAt };
            tables.Events.AddRange(followUp.Events);
            tables.Notifications.AddRange(followUp.Notifications);
        }

        return Task.CompletedTask;
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
