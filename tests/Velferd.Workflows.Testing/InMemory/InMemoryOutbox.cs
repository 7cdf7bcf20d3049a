using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Testing.InMemory;

/// <summary>
/// The outbox in memory, with the EF store's rules: the burst commit writes messages (as a commit participant, so
/// atomically with the burst) and cancels those whose bookmark it removed; workers claim under a lease.
/// </summary>
public sealed class InMemoryOutbox : IOutboxStore, IInMemoryBurstCommitParticipant
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Row> _rows = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public void Write(BurstCommit commit, ISet<IBurstEffect> handled)
    {
        lock (_gate)
        {
            foreach (var row in _rows.Values.Where(r => r.Message.BookmarkId is { } b && commit.RemovedBookmarksToCheck.Contains(b)
                && r.Message.Status is OutboxStatus.Pending or OutboxStatus.Incident).ToList())
            {
                Set(row with { Message = row.Message with { Status = OutboxStatus.Cancelled, FinishedAt = commit.Instance?.UpdatedAt } });
            }

            foreach (var request in commit.Effects.OfType<OutboxRequest>())
            {
                handled.Add(request);
                string? bookmarkId = null;
                if (request.WaitsForReply)
                {
                    bookmarkId = commit.AddedBookmarks.FirstOrDefault(b => b.Name == OutboxCalls.ReplyBookmarkName && b.Key == request.Id)?.Id;
                    if (bookmarkId is null)
                    {
                        continue;
                    }
                }

                if (_rows.Values.Any(r => r.Message.IdempotencyKey == request.IdempotencyKey))
                {
                    throw new ConcurrencyConflictException($"Outbox key {request.IdempotencyKey} is already stored.");
                }

                Set(new Row(
                    new OutboxMessage
                    {
                        Id = request.Id,
                        WorkflowInstanceId = request.WorkflowInstanceId,
                        ActivityId = request.ActivityId,
                        BookmarkId = bookmarkId,
                        Service = request.Service,
                        Operation = request.Operation,
                        Payload = request.Payload?.DeepClone(),
                        IdempotencyKey = request.IdempotencyKey,
                        AvailableAt = request.CreatedAt,
                        CreatedAt = request.CreatedAt,
                    },
                    null,
                    null));
            }
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ClaimedOutboxMessage>> ClaimAsync(
        string owner, int max, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var token = Guid.NewGuid().ToString("N");
            var claimed = new List<ClaimedOutboxMessage>();
            foreach (var row in _rows.Values.Where(r => IsClaimable(r, now)).OrderBy(r => r.Message.AvailableAt).Take(max).ToList())
            {
                var message = row.Message with { Status = OutboxStatus.Claimed, Attempts = row.Message.Attempts + 1 };
                Set(new Row(message, token, now + lease));
                claimed.Add(new ClaimedOutboxMessage(Copy(message), token));
            }

            return Task.FromResult<IReadOnlyList<ClaimedOutboxMessage>>(claimed);
        }
    }

    /// <inheritdoc />
    public Task<bool> MarkDeliveredAsync(ClaimedOutboxMessage claimed, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(UpdateHeld(claimed, m => m with { Status = OutboxStatus.Delivered, FinishedAt = now }));

    /// <inheritdoc />
    public Task RescheduleAsync(
        ClaimedOutboxMessage claimed, DateTimeOffset availableAt, string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        UpdateHeld(claimed, m => m with { Status = OutboxStatus.Pending, AvailableAt = availableAt, LastError = error, FirstFailedAt = m.FirstFailedAt ?? now });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task HandBackAsync(ClaimedOutboxMessage claimed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        UpdateHeld(claimed, m => m with { Status = OutboxStatus.Pending, AvailableAt = now, Attempts = m.Attempts - 1 });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RaiseIncidentAsync(ClaimedOutboxMessage claimed, string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        UpdateHeld(claimed, m => m with { Status = OutboxStatus.Incident, IncidentAt = now, LastError = error, FirstFailedAt = m.FirstFailedAt ?? now });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> ListIncidentsAsync(int max, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<OutboxMessage>>(
                [.. _rows.Values.Select(r => r.Message).Where(m => m.Status == OutboxStatus.Incident)
                    .OrderBy(m => m.IncidentAt).ThenBy(m => m.Id, StringComparer.Ordinal).Take(max).Select(Copy)]);
        }
    }

    /// <inheritdoc />
    public Task<bool> RetryAsync(string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_rows.TryGetValue(id, out var row) || row.Message.Status != OutboxStatus.Incident)
            {
                return Task.FromResult(false);
            }

            Set(row with { Message = row.Message with { Status = OutboxStatus.Pending, AvailableAt = now, Attempts = 0, FirstFailedAt = null, IncidentAt = null } });
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<OutboxMessage?> ResolveAsync(string id, string note, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_rows.TryGetValue(id, out var row) || row.Message.Status != OutboxStatus.Incident)
            {
                return Task.FromResult<OutboxMessage?>(null);
            }

            Set(row with { Message = row.Message with { Status = OutboxStatus.Resolved, FinishedAt = now, ResolutionNote = note } });
            return Task.FromResult<OutboxMessage?>(Copy(row.Message));
        }
    }

    /// <inheritdoc />
    public Task<OutboxMessage?> FindAsync(string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_rows.TryGetValue(id, out var row) ? Copy(row.Message) : null);
        }
    }

    /// <inheritdoc />
    public Task<int> CountUnfinishedAsync(DateTimeOffset? now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(now is { } at
                ? _rows.Values.Count(r => IsClaimable(r, at))
                : _rows.Values.Count(r => r.Message.Status is OutboxStatus.Pending or OutboxStatus.Claimed));
        }
    }

    /// <summary>Every message, in creation order (for assertions).</summary>
    public IReadOnlyList<OutboxMessage> All()
    {
        lock (_gate)
        {
            return [.. _rows.Values.Select(r => Copy(r.Message)).OrderBy(m => m.Id, StringComparer.Ordinal)];
        }
    }

    private static bool IsClaimable(Row row, DateTimeOffset now) =>
        (row.Message.Status == OutboxStatus.Pending && row.Message.AvailableAt <= now)
        || (row.Message.Status == OutboxStatus.Claimed && row.LeaseExpiresAt < now);

    private static OutboxMessage Copy(OutboxMessage message) => message with { Payload = message.Payload?.DeepClone() };

    private bool UpdateHeld(ClaimedOutboxMessage claimed, Func<OutboxMessage, OutboxMessage> change)
    {
        lock (_gate)
        {
            if (!_rows.TryGetValue(claimed.Message.Id, out var row) || row.ClaimToken != claimed.ClaimToken || row.Message.Status != OutboxStatus.Claimed)
            {
                return false;
            }

            Set(new Row(change(row.Message), null, null));
            return true;
        }
    }

    private void Set(Row row) => _rows[row.Message.Id] = row;

    private sealed record Row(OutboxMessage Message, string? ClaimToken, DateTimeOffset? LeaseExpiresAt);
}
