namespace Velferd.Workflows.Core.Access;

/// <summary>
/// The access decision as a filter a store applies in SQL (and <see cref="Allows"/> applies to one item the same way):
/// an instance, deadline or task is seen when its team is one of the user's (or it has no team and the user may see
/// those), or its case is one he is related to; and never when its case is hidden from him.
/// </summary>
/// <param name="Teams">The user's teams.</param>
/// <param name="WithoutTeam">True when the user also sees what belongs to no team (a process owner: designer runs, system starts).</param>
/// <param name="RelatedCases">Cases he sees through another relation (<see cref="CaseScope.RelatedCases"/>).</param>
/// <param name="HiddenCases">Cases he may never see (<see cref="CaseScope.HiddenCases"/>).</param>
public sealed record CaseVisibility(
    IReadOnlyCollection<string> Teams, bool WithoutTeam, IReadOnlyCollection<string> RelatedCases, IReadOnlyCollection<string> HiddenCases)
{
    /// <summary>
    /// True when a deadline is visible: its own team, else (when it has none) its instance's, or its case's relation.
    /// </summary>
    /// <param name="team">The deadline's team.</param>
    /// <param name="instanceTeam">Its instance's team (null also when the instance is gone).</param>
    /// <param name="caseId">Its case (correlation id).</param>
    public bool AllowsDeadline(string? team, string? instanceTeam, string? caseId) =>
        ((team is not null && Teams.Contains(team)) || (instanceTeam is not null ? Teams.Contains(instanceTeam) : team is null && WithoutTeam)
            || (caseId is not null && RelatedCases.Contains(caseId))) && !Hides(caseId);

    /// <summary>True when an item of <paramref name="team"/> on case <paramref name="caseId"/> is visible.</summary>
    public bool Allows(string? team, string? caseId) =>
        (Reaches(team) || (caseId is not null && RelatedCases.Contains(caseId))) && !Hides(caseId);

    /// <summary>True when the user's teams reach an item of <paramref name="team"/> (no team: <see cref="WithoutTeam"/>).</summary>
    public bool Reaches(string? team) => team is null ? WithoutTeam : Teams.Contains(team);

    /// <summary>True when <paramref name="caseId"/> is hidden from the user.</summary>
    public bool Hides(string? caseId) => caseId is not null && HiddenCases.Contains(caseId);
}
