namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>
/// The users the inbox may give tasks to, with their teams and roles (the demo users in Development; the identity
/// provider's directory in production). A reassignment names a user this directory knows, in the task's team.
/// </summary>
public interface IUserDirectory
{
    /// <summary>The user with this id as an inbox actor, or null when there is no such user.</summary>
    Task<HumanTaskActor?> FindAsync(string userId, CancellationToken cancellationToken);
}
