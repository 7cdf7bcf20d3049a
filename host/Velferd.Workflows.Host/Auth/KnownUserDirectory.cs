using Velferd.Workflows.Core.HumanTasks;

namespace Velferd.Workflows.Host.Auth;

/// <summary>
/// The users tasks may be given to under production sign-in: those the host has seen (<see cref="KnownUsers"/>), with
/// the teams and roles their last token gave them.
/// </summary>
public sealed class KnownUserDirectory(IKnownUserStore store) : IUserDirectory
{
    /// <inheritdoc />
    public async Task<HumanTaskActor?> FindAsync(string userId, CancellationToken cancellationToken) =>
        await store.FindAsync(userId, cancellationToken) is { } user
            ? new HumanTaskActor(
                user.UserId,
                user.Teams.ToHashSet(StringComparer.Ordinal),
                user.Roles.ToHashSet(StringComparer.Ordinal),
                IsSupervisor: user.Roles.Contains(Roles.Supervisor),
                IsAdmin: user.Roles.Contains(Roles.Admin))
            : null;
}
