using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Persistence.TeamWork;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Persistence.Welfare;

/// <summary>Consents with signers, scope and withdrawals; each write stores its timeline events in the same <c>SaveChanges</c>.</summary>
public sealed class EfConsentStore(WorkflowsDbContext db) : IConsentStore
{
    private IQueryable<ConsentRow> Consents => db.Set<ConsentRow>().AsNoTracking().AsSplitQuery()
        .Include(c => c.Signers).Include(c => c.Scopes).Include(c => c.Withdrawals);

    /// <inheritdoc />
    public async Task AddAsync(Consent consent, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            db.Set<ConsentRow>().Add(WelfareMapping.ToRow(consent));
            db.Set<CaseEventRow>().AddRange(events.Select(WelfareMapping.ToRow));
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public async Task<Consent?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var row = await Consents.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return row is null ? null : WelfareMapping.ToModel(row);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Consent>> ListForCaseAsync(string caseId, CancellationToken cancellationToken)
    {
        var rows = await Consents.Where(c => c.CaseId == caseId).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(c => c.RecordedAt).ThenBy(c => c.Id, StringComparer.Ordinal).Select(WelfareMapping.ToModel)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Consent>> ListFollowUpsDueAsync(DateOnly today, int renewalDays, int limit, CancellationToken cancellationToken)
    {
        var renewBy = today.AddDays(renewalDays);
        var rows = await Consents
            .Where(c => (c.RenewalRequestedAt == null && c.ValidTo <= renewBy) || (c.ExpiryHandledAt == null && c.ValidTo < today))
            .OrderBy(c => c.ValidTo).ThenBy(c => c.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(WelfareMapping.ToModel)];
    }

    /// <inheritdoc />
    public async Task MarkFollowedUpAsync(Consent expected, ConsentFollowUp followUp, CancellationToken cancellationToken)
    {
        var (renewal, expiry) = (followUp.Consent.RenewalRequestedAt, followUp.Consent.ExpiryHandledAt);
        // A transaction the caller opened (a renewal signal stored with the mark, DomainCommits) is joined and committed by it.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            // The marks are the guard: the UPDATE matches only the consent as the caller read it.
            var marked = await db.Set<ConsentRow>()
                .Where(c => c.Id == expected.Id && c.RenewalRequestedAt == expected.RenewalRequestedAt && c.ExpiryHandledAt == expected.ExpiryHandledAt)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.RenewalRequestedAt, renewal).SetProperty(c => c.ExpiryHandledAt, expiry), cancellationToken);
            if (marked == 0)
            {
                throw new ConcurrencyConflictException("The consent was followed up by someone else.");
            }

            db.Set<CaseEventRow>().AddRange(followUp.Events.Select(WelfareMapping.ToRow));
            db.Set<NotificationRow>().AddRange(followUp.Notifications.Select(TeamWorkMapping.ToRow));
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public async Task AddWithdrawalAsync(string consentId, ConsentWithdrawal withdrawal, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        if (await db.Set<ConsentWithdrawalRow>().AnyAsync(w => w.Id == withdrawal.Id, cancellationToken))
        {
            return;
        }

        try
        {
            db.Set<ConsentWithdrawalRow>().Add(WelfareMapping.ToRow(consentId, withdrawal));
            db.Set<CaseEventRow>().AddRange(events.Select(WelfareMapping.ToRow));
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
