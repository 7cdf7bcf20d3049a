using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Persistence.Leases;

namespace Velferd.Workflows.Persistence.Outbox;

/// <summary>
/// The outbox table. Claims work like the stimulus queue's: pick candidates, then update only those still claimable,
/// stamping a token unique to the claim, so two workers never send one message at once.
/// </summary>
public sealed class EfOutboxStore(WorkflowsDbContext db) : IOutboxStore
{
    private DbSet<OutboxRow> Messages => db.Set<OutboxRow>();

    /// <inheritdoc />
    public async Task<IReadOnlyList<ClaimedOutboxMessage>> ClaimAsync(
        string owner, int max, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expires = now + lease;
        var (rows, token) = await LeaseClaim.ClaimAsync(
            Messages, Claimable(Messages.AsNoTracking(), now), q => Claimable(q, now), m => m.AvailableAt, max,
            (setters, token) => setters
                .SetProperty(m => m.Status, OutboxStatus.Claimed)
                .SetProperty(m => m.LeaseOwner, owner)
                .SetProperty(m => m.ClaimToken, token)
                .SetProperty(m => m.LeaseExpiresAt, expires)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1),
            cancellationToken);
        return [.. rows.Select(r => new ClaimedOutboxMessage(OutboxRows.ToModel(r), token))];
    }

    /// <inheritdoc />
    public async Task<bool> MarkDeliveredAsync(ClaimedOutboxMessage claimed, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Held(claimed).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(m => m.Status, OutboxStatus.Delivered)
                .SetProperty(m => m.FinishedAt, now)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.ClaimToken, (string?)null)
                .SetProperty(m => m.LeaseExpiresAt, (DateTimeOffset?)null),
            cancellationToken) > 0;

    /// <inheritdoc />
    public async Task RescheduleAsync(
        ClaimedOutboxMessage claimed, DateTimeOffset availableAt, string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var message = Truncate(error);
        var firstFailedAt = claimed.Message.FirstFailedAt ?? now;
        await Held(claimed).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(m => m.Status, OutboxStatus.Pending)
                .SetProperty(m => m.AvailableAt, availableAt)
                .SetProperty(m => m.LastError, message)
                .SetProperty(m => m.FirstFailedAt, firstFailedAt)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.ClaimToken, (string?)null)
                .SetProperty(m => m.LeaseExpiresAt, (DateTimeOffset?)null),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task HandBackAsync(ClaimedOutboxMessage claimed, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Held(claimed).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(m => m.Status, OutboxStatus.Pending)
                .SetProperty(m => m.AvailableAt, now)
                .SetProperty(m => m.Attempts, m => m.Attempts - 1)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.ClaimToken, (string?)null)
                .SetProperty(m => m.LeaseExpiresAt, (DateTimeOffset?)null),
            cancellationToken);

    /// <inheritdoc />
    public async Task RaiseIncidentAsync(ClaimedOutboxMessage claimed, string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var message = Truncate(error);
        var firstFailedAt = claimed.Message.FirstFailedAt ?? now;
        await Held(claimed).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(m => m.Status, OutboxStatus.Incident)
                .SetProperty(m => m.IncidentAt, now)
                .SetProperty(m => m.LastError, message)
                .SetProperty(m => m.FirstFailedAt, firstFailedAt)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.ClaimToken, (string?)null)
                .SetProperty(m => m.LeaseExpiresAt, (DateTimeOffset?)null),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutboxMessage>> ListIncidentsAsync(int max, CancellationToken cancellationToken)
    {
        var rows = await Messages.AsNoTracking().Where(m => m.Status == OutboxStatus.Incident)
            .OrderBy(m => m.IncidentAt).ThenBy(m => m.Id).Take(max).ToListAsync(cancellationToken);
        return [.. rows.Select(OutboxRows.ToModel)];
    }

    /// <inheritdoc />
    public async Task<bool> RetryAsync(string id, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Messages.Where(m => m.Id == id && m.Status == OutboxStatus.Incident).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(m => m.Status, OutboxStatus.Pending)
                .SetProperty(m => m.AvailableAt, now)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.FirstFailedAt, (DateTimeOffset?)null)
                .SetProperty(m => m.IncidentAt, (DateTimeOffset?)null),
            cancellationToken) > 0;

    /// <inheritdoc />
    public async Task<OutboxMessage?> ResolveAsync(string id, string note, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await Messages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.Status == OutboxStatus.Incident, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var text = Truncate(note);
        var updated = await Messages.Where(m => m.Id == id && m.Status == OutboxStatus.Incident).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(m => m.Status, OutboxStatus.Resolved)
                .SetProperty(m => m.FinishedAt, now)
                .SetProperty(m => m.ResolutionNote, text),
            cancellationToken);
        return updated == 0 ? null : OutboxRows.ToModel(row);
    }

    /// <inheritdoc />
    public async Task<OutboxMessage?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var row = await Messages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return row is null ? null : OutboxRows.ToModel(row);
    }

    /// <inheritdoc />
    public Task<int> CountUnfinishedAsync(DateTimeOffset? now, CancellationToken cancellationToken) =>
        now is { } at
            ? Claimable(Messages, at).CountAsync(cancellationToken)
            : Messages.CountAsync(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Claimed, cancellationToken);

    private static IQueryable<OutboxRow> Claimable(IQueryable<OutboxRow> rows, DateTimeOffset now) =>
        rows.Where(m => (m.Status == OutboxStatus.Pending && m.AvailableAt <= now)
            || (m.Status == OutboxStatus.Claimed && m.LeaseExpiresAt < now));

    private IQueryable<OutboxRow> Held(ClaimedOutboxMessage claimed) =>
        Messages.Where(m => m.Id == claimed.Message.Id && m.ClaimToken == claimed.ClaimToken && m.Status == OutboxStatus.Claimed);

    private static string Truncate(string text) => text.Length > 2000 ? text[..2000] : text;
}
