using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Testing.InMemory;

/// <summary>The stimulus table in memory, with leases and idempotency keys.</summary>
public sealed class InMemoryStimulusQueue(InMemoryDatabase db) : IStimulusQueue
{
    /// <inheritdoc />
    public Task<(Stimulus Stimulus, bool Created)> EnqueueAsync(Stimulus stimulus, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            var existing = db.Stimuli.Values.FirstOrDefault(s => s.Stimulus.IdempotencyKey == stimulus.IdempotencyKey);
            if (existing is not null)
            {
                return Task.FromResult((existing.Stimulus, false));
            }

            db.Stimuli[stimulus.Id] = new InMemoryDatabase.StoredStimulus(stimulus, null, null, null);
            return Task.FromResult((stimulus, true));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ClaimedStimulus>> ClaimAsync(
        string owner, int max, TimeSpan lease, DateTimeOffset now, string? stimulusId, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            var token = Guid.NewGuid().ToString("N");
            var claimable = db.Stimuli.Values
                .Where(s => (stimulusId is null || s.Stimulus.Id == stimulusId)
                    && ((s.Stimulus.Status == StimulusStatus.Pending && s.Stimulus.AvailableAt <= now)
                        || (s.Stimulus.Status == StimulusStatus.Claimed && s.LeaseExpiresAt < now)))
                .OrderBy(s => s.Stimulus.AvailableAt)
                .Take(max)
                .ToList();
            var claimed = new List<ClaimedStimulus>();
            foreach (var row in claimable)
            {
                var stimulus = row.Stimulus with { Status = StimulusStatus.Claimed, Attempts = row.Stimulus.Attempts + 1 };
                db.Stimuli[stimulus.Id] = new InMemoryDatabase.StoredStimulus(stimulus, owner, token, now + lease);
                claimed.Add(new ClaimedStimulus(stimulus, token));
            }

            return Task.FromResult<IReadOnlyList<ClaimedStimulus>>(claimed);
        }
    }

    /// <inheritdoc />
    public Task<int> RenewAsync(string claimToken, DateTimeOffset leaseExpiresAt, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            var held = db.Stimuli.Values.Where(s => s.ClaimToken == claimToken && s.Stimulus.Status == StimulusStatus.Claimed).ToList();
            foreach (var row in held)
            {
                db.Stimuli[row.Stimulus.Id] = row with { LeaseExpiresAt = leaseExpiresAt };
            }

            return Task.FromResult(held.Count);
        }
    }

    /// <inheritdoc />
    public Task ReleaseAsync(
        ClaimedStimulus claimed, DateTimeOffset availableAt, string error, bool failed, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            if (db.Stimuli.TryGetValue(claimed.Stimulus.Id, out var row) && row.ClaimToken == claimed.ClaimToken)
            {
                var status = failed ? StimulusStatus.Failed : StimulusStatus.Pending;
                db.Stimuli[row.Stimulus.Id] = new InMemoryDatabase.StoredStimulus(
                    row.Stimulus with { Status = status, AvailableAt = availableAt, LastError = error }, null, null, null);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<Stimulus?> FindAsync(string id, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            return Task.FromResult(db.Stimuli.TryGetValue(id, out var row) ? row.Stimulus : null);
        }
    }

    /// <inheritdoc />
    public Task<bool> IsKeyUsedAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            return Task.FromResult(db.Stimuli.Values.Any(s => s.Stimulus.IdempotencyKey == idempotencyKey));
        }
    }

    /// <inheritdoc />
    public Task<int> CountUnfinishedAsync(CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            return Task.FromResult(db.Stimuli.Values.Count(s => s.Stimulus.Status is StimulusStatus.Pending or StimulusStatus.Claimed));
        }
    }
}
