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
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
