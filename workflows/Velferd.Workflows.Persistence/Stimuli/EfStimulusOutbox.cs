using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Persistence.Stimuli;

/// <summary>
/// Stores stimuli with a domain write in one transaction on the request's context: the domain stores and this share
/// the scoped <see cref="WorkflowsDbContext"/>, so the stores' own saves run inside it. A transaction the caller
/// already opened is joined.
/// </summary>
public sealed class EfStimulusOutbox(WorkflowsDbContext db) : IStimulusOutbox
{
    /// <inheritdoc />
    public async Task CommitAsync(IReadOnlyList<Stimulus> stimuli, Func<CancellationToken, Task> domainWrite, CancellationToken cancellationToken)
    {
        if (stimuli.Count == 0 || db.Database.CurrentTransaction is not null)
        {
            await domainWrite(cancellationToken);
            await AddAsync(stimuli, cancellationToken);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await domainWrite(cancellationToken);
        await AddAsync(stimuli, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task AddAsync(IReadOnlyList<Stimulus> stimuli, CancellationToken cancellationToken)
    {
        if (stimuli.Count == 0)
        {
            return;
        }

        try
        {
            db.Stimuli.AddRange(stimuli.Select(EfStimulusQueue.ToRow));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // A key already used (the stimuli's only unique column): a concurrent request stored the same start or
            // signal with its own write first. The domain write rolls back with this one, and the caller answers as
            // for any concurrent change.
            throw new ConcurrencyConflictException($"A stimulus with one of these keys is already stored: {e.InnerException?.Message ?? e.Message}");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
