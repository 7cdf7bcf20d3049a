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
    /// The actor for the inbox, its lists and single tasks alike: what need to know hides is left out by the case's kind
    /// in each query's own SQL (<see cref="ICaseRelationStore.ListScope"/>), so no request looks up his cases first. The
    /// inbox only reaches tasks he holds or completed, tasks offered to his teams and, as a leader, his teams' tasks,
    /// so no relation to a case needs looking up either.
    /// </summary>
    public static HumanTaskActor Of(ClaimsPrincipal user, ICaseRelationStore relations) => From(user, relations.ListScope(CaseActor.From(user).User));

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
