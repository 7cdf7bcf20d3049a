using System.Security.Claims;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Host.Auth;

namespace Velferd.Workflows.Host.HumanTasks;

/// <summary>Reads the inbox user (id, teams, roles) from the signed-in principal's claims.</summary>
public static class HumanTaskActors
{
    /// <summary>The actor for <paramref name="user"/>, who never sees the tasks of <paramref name="scope"/>'s hidden cases.</summary>
    public static HumanTaskActor From(ClaimsPrincipal user, CaseScope scope)
    {
        var roles = user.FindAll("role").Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new HumanTaskActor(
            user.FindFirstValue("sub") ?? "",
            user.FindAll("team").Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            roles,
            IsSupervisor: roles.Contains(Roles.Supervisor),
            IsAdmin: roles.Contains(Roles.Admin))
        {
            HiddenCases = scope.HiddenCases,
        };
    }
}
