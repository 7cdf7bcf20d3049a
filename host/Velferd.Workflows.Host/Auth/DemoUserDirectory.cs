using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.HumanTasks;

namespace Velferd.Workflows.Host.Auth;

/// <summary>The users tasks may be given to, while sign-in is the demo users' (<see cref="AuthOptions.DemoUsers"/>).</summary>
public sealed class DemoUserDirectory(IOptions<AuthOptions> options) : IUserDirectory
{
    /// <inheritdoc />
    public Task<HumanTaskActor?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        var user = options.Value.DemoUsers.FirstOrDefault(u => string.Equals(u.UserName, userId, StringComparison.Ordinal));
        return Task.FromResult(user is null
            ? null
            : new HumanTaskActor(
                user.UserName,
                user.Teams.ToHashSet(StringComparer.Ordinal),
                user.Roles.ToHashSet(StringComparer.Ordinal),
                IsSupervisor: user.Roles.Contains(Roles.Supervisor),
                IsAdmin: user.Roles.Contains(Roles.Admin)));
    }
}
