namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>
/// A user the host has seen signed in through the identity provider, as his last token described him: the directory
/// tasks may be given to outside Development (a user who never signed in cannot be given a task).
/// </summary>
/// <param name="UserId">The user claim.</param>
/// <param name="Name">The display name.</param>
/// <param name="Roles">The host's roles.</param>
/// <param name="Teams">The teams.</param>
/// <param name="Services">The services.</param>
/// <param name="LastSeenAt">When a request of his was last remembered (to the hour).</param>
public sealed record KnownUser(
    string UserId, string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Teams, IReadOnlyList<string> Services, DateTimeOffset LastSeenAt);

/// <summary>Where <see cref="KnownUser"/>s are kept.</summary>
public interface IKnownUserStore
{
    /// <summary>Stores the user as described now (adding or replacing him).</summary>
    Task RememberAsync(KnownUser user, CancellationToken cancellationToken);

    /// <summary>The user, or null when the host has never seen him.</summary>
    Task<KnownUser?> FindAsync(string userId, CancellationToken cancellationToken);
}
