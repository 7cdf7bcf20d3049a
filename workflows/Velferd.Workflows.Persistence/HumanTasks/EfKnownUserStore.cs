using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.HumanTasks;

namespace Velferd.Workflows.Persistence.HumanTasks;

/// <summary>The users the host has seen, in <c>known_users</c>.</summary>
public sealed class EfKnownUserStore(WorkflowsDbContext db) : IKnownUserStore
{
    /// <inheritdoc />
    public async Task RememberAsync(KnownUser user, CancellationToken cancellationToken)
    {
        try
        {
            var row = await db.Set<KnownUserRow>().FindAsync([user.UserId], cancellationToken);
            if (row is null)
            {
                row = new KnownUserRow { UserId = user.UserId };
                db.Set<KnownUserRow>().Add(row);
            }

            row.Name = user.Name;
            row.Roles = string.Join(',', user.Roles);
            row.Teams = string.Join(',', user.Teams);
            row.Services = string.Join(',', user.Services);
            row.LastSeenAt = user.LastSeenAt;
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same user's first two requests at once: the other one stored him.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public async Task<KnownUser?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        var row = await db.Set<KnownUserRow>().AsNoTracking().FirstOrDefaultAsync(u => u.UserId == userId, cancellationToken);
        return row is null ? null : new KnownUser(row.UserId, row.Name, Split(row.Roles), Split(row.Teams), Split(row.Services), row.LastSeenAt);
    }

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
