using System.Text.Json.Nodes;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Core;
using Velferd.Workflows.Persistence.Leases;

namespace Velferd.Workflows.Persistence.Stimuli;

/// <summary>
/// The stimulus table. Claims are two portable steps: pick candidates, then update only those still claimable
/// (the re-checked condition makes two nodes never claim one row), stamping a token unique to this claim.
/// </summary>
public sealed class EfStimulusQueue(WorkflowsDbContext db) : IStimulusQueue
{
    /// <inheritdoc />
    public async Task<(Stimulus Stimulus, bool Created)> EnqueueAsync(Stimulus stimulus, CancellationToken cancellationToken)
    {
        var existing = await db.Stimuli.AsNoTracking().FirstOrDefaultAsync(s => s.IdempotencyKey == stimulus.IdempotencyKey, cancellationToken);
        if (existing is not null)
        {
            return (ToModel(existing), false);
        }

        db.Stimuli.Add(ToRow(stimulus));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (stimulus, true);
        }
        catch (DbUpdateException)
        {
            // Lost a race on the idempotency key: the other request's stimulus is the one.
            db.ChangeTracker.Clear();
            existing = await db.Stimuli.AsNoTracking().FirstOrDefaultAsync(s => s.IdempotencyKey == stimulus.IdempotencyKey, cancellationToken);
            if (existing is null)
            {
                throw;
            }

            return (ToModel(existing), false);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ClaimedStimulus>> ClaimAsync(
        string owner, int max, TimeSpan lease, DateTimeOffset now, string? stimulusId, CancellationToken cancellationToken)
    {
        var candidates = Claimable(db.Stimuli.AsNoTracking(), now);
        if (stimulusId is not null)
        {
            candidates = candidates.Where(s => s.Id == stimulusId);
        }

        var expires = now + lease;
        var (rows, token) = await LeaseClaim.ClaimAsync(
            db.Stimuli, candidates, q => Claimable(q, now), s => s.AvailableAt, max,
            (setters, token) => setters
                .SetProperty(s => s.Status, StimulusStatus.Claimed)
                .SetProperty(s => s.LeaseOwner, owner)
                .SetProperty(s => s.ClaimToken, token)
                .SetProperty(s => s.LeaseExpiresAt, expires)
                .SetProperty(s => s.Attempts, s => s.Attempts + 1),
            cancellationToken);
        return [.. rows.Select(r => new ClaimedStimulus(ToModel(r), token))];
    }

    /// <inheritdoc />
    public Task<int> RenewAsync(string claimToken, DateTimeOffset leaseExpiresAt, CancellationToken cancellationToken) =>
        db.Stimuli
            .Where(s => s.ClaimToken == claimToken && s.Status == StimulusStatus.Claimed)
            .ExecuteUpdateAsync(setters => setters.SetProperty(s => s.LeaseExpiresAt, leaseExpiresAt), cancellationToken);

    /// <inheritdoc />
    public async Task ReleaseAsync(
        ClaimedStimulus claimed, DateTimeOffset availableAt, string error, bool failed, CancellationToken cancellationToken)
    {
        var status = failed ? StimulusStatus.Failed : StimulusStatus.Pending;
        var message = error.Length > 2000 ? error[..2000] : error;
        await db.Stimuli
            .Where(s => s.Id == claimed.Stimulus.Id && s.ClaimToken == claimed.ClaimToken)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(s => s.Status, status)
                    .SetProperty(s => s.AvailableAt, availableAt)
                    .SetProperty(s => s.LastError, message)
                    .SetProperty(s => s.LeaseOwner, (string?)null)
                    .SetProperty(s => s.ClaimToken, (string?)null)
                    .SetProperty(s => s.LeaseExpiresAt, (DateTimeOffset?)null),
                cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Stimulus?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var row = await db.Stimuli.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return row is null ? null : ToModel(row);
    }

    /// <inheritdoc />
    public Task<bool> IsKeyUsedAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        db.Stimuli.AnyAsync(s => s.IdempotencyKey == idempotencyKey, cancellationToken);

    /// <inheritdoc />
    public Task<int> CountUnfinishedAsync(CancellationToken cancellationToken) =>
        db.Stimuli.CountAsync(s => s.Status == StimulusStatus.Pending || s.Status == StimulusStatus.Claimed, cancellationToken);

    private static IQueryable<StimulusRow> Claimable(IQueryable<StimulusRow> rows, DateTimeOffset now) =>
        rows.Where(s => (s.Status == StimulusStatus.Pending && s.AvailableAt <= now)
            || (s.Status == StimulusStatus.Claimed && s.LeaseExpiresAt < now));

    internal static StimulusRow ToRow(Stimulus s) => new()
    {
        Id = s.Id,
        Kind = s.Kind,
        IdempotencyKey = s.IdempotencyKey,
        WorkflowInstanceId = s.WorkflowInstanceId,
        DefinitionVersionId = s.DefinitionVersionId,
        BookmarkId = s.BookmarkId,
        EventName = s.EventName,
        CorrelationId = s.CorrelationId,
        Team = s.Team,
        TestRunBy = s.TestRunBy,
        ScopeJson = s.Scope is null ? null : JsonSerializer.Serialize(s.Scope, WorkflowJson.Options),
        PayloadJson = s.Payload?.ToJsonString(),
        Status = s.Status,
        Attempts = s.Attempts,
        AvailableAt = s.AvailableAt,
        CreatedAt = s.CreatedAt,
        LastError = s.LastError,
    };

    private static Stimulus ToModel(StimulusRow r) => new()
    {
        Id = r.Id,
        Kind = r.Kind,
        IdempotencyKey = r.IdempotencyKey,
        WorkflowInstanceId = r.WorkflowInstanceId,
        DefinitionVersionId = r.DefinitionVersionId,
        BookmarkId = r.BookmarkId,
        EventName = r.EventName,
        CorrelationId = r.CorrelationId,
        Team = r.Team,
        TestRunBy = r.TestRunBy,
        Scope = r.ScopeJson is null ? null : JsonSerializer.Deserialize<SignalScope>(r.ScopeJson, WorkflowJson.Options),
        Payload = r.PayloadJson is null ? null : JsonNode.Parse(r.PayloadJson),
        Status = r.Status,
        Attempts = r.Attempts,
        AvailableAt = r.AvailableAt,
        CreatedAt = r.CreatedAt,
        LastError = r.LastError,
    };
}
