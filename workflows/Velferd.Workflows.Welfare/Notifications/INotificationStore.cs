namespace Velferd.Workflows.Welfare.Notifications;

/// <summary>Reads notifications; they are written by the store of the change that makes them, in its transaction.</summary>
public interface INotificationStore
{
    /// <summary>
    /// The notifications for <paramref name="user"/>, newest first: those addressed to them, and, when
    /// <paramref name="coordinatorOfTeams"/> is not empty, the coordinator alerts of those teams.
    /// </summary>
    Task<IReadOnlyList<Notification>> ForUserAsync(string user, IReadOnlyCollection<string> coordinatorOfTeams, CancellationToken cancellationToken);
}
