using Microsoft.Extensions.Logging;

namespace Velferd.Workflows.Welfare.Cases;

/// <summary>
/// What a Folkeregisteret birth event does to the cases of an expected child (R-52, <see cref="BirthRules"/>): every
/// team's open case of the unborn child that this newborn is (a parent is a guardian on it, the birth fits the due
/// date) is linked to the child's number.
/// </summary>
/// <remarks>
/// <para>
/// One birth is one child. A family expecting twins has a case per unborn child in a team (same parents, same due
/// date), and nothing in the register says which unborn child a newborn was: each birth links one of them per team and
/// case kind, the one registered first, so the first-born takes the first case and the second-born the next. Linking
/// every matching case would give both twins' cases the first-born's number.
/// </para>
/// <para>
/// An event read twice finds this newborn's number on a case of the team and kind already and changes nothing more
/// there (reading it again must not take the twin's case). A concurrent change of a case is an exception, so the feed
/// reads the event again. Logs carry ids only.
/// </para>
/// </remarks>
public sealed partial class ExpectedChildBirths(ICaseStore cases, TimeProvider clock, ILogger<ExpectedChildBirths> logger)
{
    /// <summary>
    /// Links the expected child's cases to the newborn <paramref name="number"/> born to <paramref name="parents"/>, as
    /// Folkeregisteret answered (<paramref name="born"/>) for its event <paramref name="eventId"/>; returns the cases linked.
    /// </summary>
    public async Task<IReadOnlyList<string>> LinkAsync(
        string number, RegistryAnswer.Found born, IReadOnlyCollection<string> parents, string eventId, CancellationToken cancellationToken)
    {
        var linked = new List<string>();
        if (born.BirthDate is not { } birthDate)
        {
            return linked;
        }

        var family = new Dictionary<string, WelfareCase>(StringComparer.Ordinal);
        foreach (var parent in parents)
        {
            foreach (var open in await cases.OpenCasesWithPersonAsync(parent, cancellationToken))
            {
                family.TryAdd(open.Id, open);
            }
        }

        foreach (var sameTeamAndKind in family.Values.GroupBy(c => (c.Team, c.Kind)))
        {
            if (sameTeamAndKind.Any(c => c.Child.Identity.Number == number))
            {
                continue;
            }

            var expecting = sameTeamAndKind
                .Where(c => BirthRules.IsBirthOf(c, birthDate, parents))
                .OrderBy(c => c.CreatedAt)
                .ThenBy(c => c.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            if (expecting is null)
            {
                continue;
            }

            var change = BirthRules.Link(expecting, number, born, eventId, clock.GetUtcNow());
            await cases.UpdateAsync(change.Value, change.Events, cancellationToken);
            linked.Add(expecting.Id);
        }

        LogLinked(eventId, linked.Count);
        return linked;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Folkeregister event {EventId} (birth): {Cases} expected child's case(s) linked")]
    private partial void LogLinked(string eventId, int cases);
}
