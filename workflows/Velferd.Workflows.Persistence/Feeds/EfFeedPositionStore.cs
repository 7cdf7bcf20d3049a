using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Feeds;

namespace Velferd.Workflows.Persistence.Feeds;

/// <summary>Feed positions in <c>feed_positions</c>; two nodes following one feed only ever move it forward.</summary>
public sealed class EfFeedPositionStore(WorkflowsDbContext db, TimeProvider clock) : IFeedPositionStore
{
    /// <inheritdoc />
    public async Task<long?> FindAsync(string feed, CancellationToken cancellationToken) =>
        await db.Set<FeedPositionRow>().AsNoTracking()
            .Where(p => p.Feed == feed)
            .Select(p => (long?)p.NextSequence)
            .FirstOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public async Task AdvanceAsync(string feed, long next, CancellationToken cancellationToken)
    {
        // Another node may store or move the same feed between any two of these statements, so go round until the
        // stored position is at least ours.
        while (true)
        {
            var now = clock.GetUtcNow();
            var moved = await db.Set<FeedPositionRow>()
                .Where(p => p.Feed == feed && p.NextSequence < next)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.NextSequence, next).SetProperty(p => p.UpdatedAt, now), cancellationToken);
            if (moved > 0)
            {
                return;
            }

            if (await FindAsync(feed, cancellationToken) is { } stored)
            {
                if (stored >= next)
                {
                    return;
                }

                continue;
            }

            db.Set<FeedPositionRow>().Add(new FeedPositionRow { Feed = feed, NextSequence = next, UpdatedAt = now });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException)
            {
                // Another node stored the feed's first position at the same moment: move it forward from there.
                db.ChangeTracker.Clear();
            }
        }
    }
}
