using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Welfare.AnonymousDiscussions;

namespace Velferd.Workflows.Persistence.TeamWork;

/// <summary>Anonymous discussions: one row each, with no case or person in it.</summary>
public sealed class EfAnonymousDiscussionStore(WorkflowsDbContext db) : IAnonymousDiscussionStore
{
    /// <inheritdoc />
    public async Task AddAsync(AnonymousDiscussion discussion, CancellationToken cancellationToken)
    {
        try
        {
            db.Set<AnonymousDiscussionRow>().Add(TeamWorkMapping.ToRow(discussion));
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public async Task<AnonymousDiscussion?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var row = await db.Set<AnonymousDiscussionRow>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return row is null ? null : TeamWorkMapping.ToModel(row);
    }
}
