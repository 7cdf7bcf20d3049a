using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Core.Access;

/// <summary>
/// The one access decision for case data (DOMAIN.md R-64, first step: by team). An instance belongs to the team that
/// started it (<see cref="WorkflowInstance.Team"/>); a caseworker or supervisor sees and acts on the instances, their
/// variables, journal, execution log and deadlines of his own teams only, and anything else answers as if it did not
/// exist. Process owners and administrators see every team's instances, as the designer needs. The case-based
/// need-to-know decision (relations to the case, consent, a service's own material) extends this class.
/// </summary>
/// <param name="UserId">The signed-in user.</param>
/// <param name="Teams">The teams the user belongs to.</param>
/// <param name="SeesAllTeams">True for roles that see every team's instances (process owner, administrator).</param>
public sealed record CaseDataAccess(string UserId, IReadOnlySet<string> Teams, bool SeesAllTeams)
{
    /// <summary>The teams a list of instances is limited to; null when the user sees every team's.</summary>
    public IReadOnlyList<string>? TeamFilter => SeesAllTeams ? null : [.. Teams.Order(StringComparer.Ordinal)];

    /// <summary>Whom a signal this user sends may resume.</summary>
    public SignalScope SignalScope => new(TeamFilter);

    /// <summary>True when the user may see (and, with the role for it, act on) the instance.</summary>
    public bool MaySee(WorkflowInstance instance) => SeesAllTeams || (instance.Team is not null && Teams.Contains(instance.Team));

    /// <summary>
    /// The team a new instance this user starts will belong to: the one he names, which must be one of his own (any
    /// team for those who see all teams), or else his only team. A user of several teams must name one; a user who
    /// sees all teams and has no single team may start an instance no team owns.
    /// </summary>
    public TeamChoice ChooseTeam(string? requested)
    {
        if (!string.IsNullOrWhiteSpace(requested))
        {
            requested = requested.Trim();
            return SeesAllTeams || Teams.Contains(requested)
                ? new TeamChoice(requested, null)
                : new TeamChoice(null, "Du kan bare starte forløp for dine egne team.");
        }

        if (Teams.Count == 1)
        {
            return new TeamChoice(Teams.First(), null);
        }

        return SeesAllTeams
            ? new TeamChoice(null, null)
            : new TeamChoice(null, Teams.Count == 0 ? "Du er ikke med i noe team og kan ikke starte forløp." : "Velg hvilket av teamene dine forløpet hører til (team).");
    }
}

/// <summary>The team a new instance gets, or why the user may not start it so.</summary>
/// <param name="Team">The owning team (null: no team owns it).</param>
/// <param name="Error">Why the request is refused (a field error on <c>team</c>); null when it is accepted.</param>
public sealed record TeamChoice(string? Team, string? Error);
