using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Core.Access;

/// <summary>
/// The access decision for an instance's data (DOMAIN.md R-64), the need-to-know decision on cases carried over to
/// instances and deadlines. An instance belongs to the team that started it (<see cref="WorkflowInstance.Team"/>; a
/// case's pathways start with the case's team); a user sees an instance, its variables, journal, execution log and
/// deadlines when it belongs to one of his teams, or its case is one he is related to otherwise (<see cref="Scope"/>:
/// added by name, the baton, an open task, break-glass), and never when its case is another service's own material.
/// Anything else answers as if it did not exist. Administrators see everything; a process owner also sees what belongs
/// to no team (his designer runs, system starts), but another team's case only through a relation, like anyone else.
/// </summary>
/// <param name="UserId">The signed-in user.</param>
/// <param name="Teams">The teams the user belongs to.</param>
/// <param name="SeesAllTeams">True for roles that may start and signal for any team (process owner, administrator).</param>
public sealed record CaseDataAccess(string UserId, IReadOnlySet<string> Teams, bool SeesAllTeams)
{
    /// <summary>True for an administrator, who sees every instance (no filter).</summary>
    public bool SeesEveryCase { get; init; }

    /// <summary>What need to know adds and hides beyond the user's teams (empty until the host looked it up).</summary>
    public CaseScope Scope { get; init; } = CaseScope.Empty;

    /// <summary>The teams a signal is limited to; null when the user may signal every team's instances.</summary>
    public IReadOnlyList<string>? TeamFilter => SeesAllTeams ? null : [.. Teams.Order(StringComparer.Ordinal)];

    /// <summary>The filter lists of instances and deadlines apply; null when the user sees everything.</summary>
    public CaseVisibility? Visibility => SeesEveryCase
        ? null
        : new CaseVisibility([.. Teams.Order(StringComparer.Ordinal)], SeesAllTeams, Scope.RelatedCases, Scope.HiddenCases);

    /// <summary>Whom a signal this user sends may resume: the instances he may see (<see cref="Visibility"/>).</summary>
    public SignalScope SignalScope => new(TeamFilter) { Visibility = Visibility };

    /// <summary>True when the user may see (and, with the role for it, act on) the instance: the list filter's rule.</summary>
    public bool MaySee(WorkflowInstance instance) => Visibility?.Allows(instance.Team, instance.CorrelationId) ?? true;

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
