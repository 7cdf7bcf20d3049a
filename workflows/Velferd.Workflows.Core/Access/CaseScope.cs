namespace Velferd.Workflows.Core.Access;

/// <summary>
/// What the need-to-know decision adds to a user's teams when he reads instances, deadlines and tasks: the cases
/// he is related to beyond his teams (added to one by name, the baton, an open task he holds, break-glass), and the
/// cases it refuses him although a team or relation reaches them (another service's own material, such as a barnevern
/// case for a PPT adviser). Worked out once per request from the welfare stores, so lists filter by it in SQL.
/// </summary>
/// <param name="RelatedCases">Cases the user sees through a relation other than his teams.</param>
/// <param name="HiddenCases">Cases the user may not see whatever the relation; they win over everything else.</param>
public sealed record CaseScope(IReadOnlySet<string> RelatedCases, IReadOnlySet<string> HiddenCases)
{
    /// <summary>
    /// The kinds of case the user may never see whatever the relation (another service's own material). A list of
    /// tasks leaves their items out in its own SQL, by the case's kind, so it needs no look-up of cases first.
    /// </summary>
    public IReadOnlyCollection<string> HiddenKinds { get; init; } = [];

    /// <summary>Nothing beyond the user's teams, nothing hidden.</summary>
    public static CaseScope Empty { get; } = new(new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
}
