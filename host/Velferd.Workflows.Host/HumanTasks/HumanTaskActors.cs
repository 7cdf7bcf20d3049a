using System.Security.Claims;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Host.Welfare;
using Velferd.Workflows.Welfare.Access;

namespace Velferd.Workflows.Host.HumanTasks;

/// <summary>Reads the inbox user (id, teams, roles) from the signed-in principal's claims.</summary>
public static class HumanTaskActors
{
    /// <summary>
    /// The actor for a list of the user's own or his teams' tasks: what need to know hides is left out by the case's
    /// kind in the list's SQL (<see cref="ICaseRelationStore.ListScope"/>), so the list needs no look-up of his cases.
    /// </summary>
    public static HumanTaskActor ForLists(ClaimsPrincipal user, ICaseRelationStore relations) => From(user, relations.ListScope(CaseActor.From(user).User));

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
            HiddenCaseKinds = scope.HiddenKinds,
        };
    }
}
