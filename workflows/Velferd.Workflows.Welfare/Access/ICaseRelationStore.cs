using Velferd.Workflows.Core.Access;

namespace Velferd.Workflows.Welfare.Access;

/// <summary>
/// The relations <see cref="NeedToKnow"/> counts beyond a user's teams, looked up for all cases at once so lists of
/// instances, deadlines and tasks filter by them in SQL (one decision, the same as <see cref="NeedToKnow.Decide"/> per case).
/// </summary>
public interface ICaseRelationStore
{
    /// <summary>
    /// The cases outside <paramref name="user"/>'s teams he is related to at <paramref name="now"/> (member by name, the
    /// baton, an open task he holds, break-glass not yet expired), and the cases his teams or those relations reach that
    /// are another service's own material (<see cref="NeedToKnow.KindsHiddenFrom"/>). Empty for an administrator.
    /// </summary>
    Task<CaseScope> ScopeAsync(CaseUser user, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// The scope a list of <paramref name="user"/>'s own or his teams' tasks needs, without a query: only the kinds of
    /// case hidden from him (<see cref="CaseScope.HiddenKinds"/>), which the list's SQL leaves out by the case's kind.
    /// Such a list already reaches only tasks he holds or his teams are offered, so no relation needs looking up.
    /// </summary>
    CaseScope ListScope(CaseUser user);
}
