using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Welfare.Notifications;

namespace Velferd.Workflows.Persistence.TeamWork;

/// <summary>Reads notifications.</summary>
public sealed class EfNotificationStore(WorkflowsDbContext db) : INotificationStore
{
    /// <summary>The most returned at once.</summary>
    public const int Limit = 200;

    /// <inheritdoc />
    public async Task<IReadOnlyList<Notification>> ForUserAsync(
        string user, IReadOnlyCollection<string> coordinatorOfTeams, IReadOnlyCollection<string> leaderOfTeams, CancellationToken cancellationToken)
    {
        var coordinated = coordinatorOfTeams.ToList();
        var led = leaderOfTeams.ToList();
        var forLeaders = NotificationKinds.ForLeaders.ToList();
        var rows = await db.Set<NotificationRow>().AsNoTracking()
            .Where(n => n.Recipient == user || (n.Recipient == null && n.Team != null
                && (forLeaders.Contains(n.Kind) ? led.Contains(n.Team) : coordinated.Contains(n.Team))))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(n => n.At).ThenByDescending(n => n.Id, StringComparer.Ordinal).Take(Limit).Select(TeamWorkMapping.ToModel)];
    }
}
