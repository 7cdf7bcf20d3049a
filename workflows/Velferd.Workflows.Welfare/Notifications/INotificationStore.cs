namespace Velferd.Workflows.Welfare.Notifications;

/// <summary>Reads notifications; they are written by the store of the change that makes them, in its transaction.</summary>
public interface INotificationStore
{
    /// <summary>
    /// The notifications for <paramref name="user"/>, newest first: those addressed to them, the coordinator alerts of
    /// <paramref name="coordinatorOfTeams"/> and the leaders' notices of <paramref name="leaderOfTeams"/>.
    /// </summary>
    Task<IReadOnlyList<Notification>> ForUserAsync(
        string user, IReadOnlyCollection<string> coordinatorOfTeams, IReadOnlyCollection<string> leaderOfTeams, CancellationToken cancellationToken);
}
