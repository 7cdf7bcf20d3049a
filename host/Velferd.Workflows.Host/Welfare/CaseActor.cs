using System.Security.Claims;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Welfare.Access;
using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Host.Welfare;

/// <summary>
/// The signed-in user as the case API sees them: user name, teams, services and whether they are an administrator.
/// Which cases he may see is the need-to-know decision's (<see cref="CaseAccessGate"/>, R-64).
/// </summary>
/// <param name="UserName">The <c>sub</c> claim.</param>
/// <param name="Teams">The <c>team</c> claims.</param>
/// <param name="Services">The <c>service</c> claims.</param>
/// <param name="IsAdmin">True for the <c>Admin</c> role.</param>
public sealed record CaseActor(string UserName, IReadOnlySet<string> Teams, IReadOnlySet<string> Services, bool IsAdmin)
{
    /// <summary>The actor for <paramref name="user"/>.</summary>
    public static CaseActor From(ClaimsPrincipal user) => new(
        user.FindFirstValue("sub") ?? "",
        user.FindAll("team").Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
        user.FindAll("service").Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
        user.IsInRole(Roles.Admin));

    /// <summary>The user as the need-to-know decision sees him (<see cref="CaseAccessGate"/> asks it).</summary>
    public CaseUser User => new(UserName, Teams, Services, IsAdmin);

    /// <summary>
    /// Whose pathway work on <paramref name="subject"/> the user sees: the case's own team's and his own teams'; null
    /// (every team's) for an administrator. Another service's instances and deadlines on the same case stay with it.
    /// </summary>
    public IReadOnlyCollection<string>? WorkTeamsOn(WelfareCase subject) => IsAdmin ? null : [.. Teams.Append(subject.Team).Distinct(StringComparer.Ordinal)];

    /// <summary>True when the user may register a case for <paramref name="team"/>.</summary>
    public bool CanRegisterFor(string team) => IsAdmin || Teams.Contains(team);
}
