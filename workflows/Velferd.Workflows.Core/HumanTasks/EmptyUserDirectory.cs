namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>
/// The directory of a host that names no users: it knows no one, so every reassignment is refused until the host
/// registers its own <see cref="IUserDirectory"/>. Safer than accepting any name.
/// </summary>
public sealed class EmptyUserDirectory : IUserDirectory
{
    /// <inheritdoc />
    public Task<HumanTaskActor?> FindAsync(string userId, CancellationToken cancellationToken) => Task.FromResult<HumanTaskActor?>(null);
}
