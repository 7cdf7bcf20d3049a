using Microsoft.Extensions.Logging;

namespace Velferd.Workflows.Welfare.Cases;

/// <summary>
/// What a Folkeregisteret birth event does to the cases of an expected child (R-52, <see cref="BirthRules"/>): every
/// open case of every team whose unborn child is this newborn (a parent is a guardian on it, the birth fits the due
/// date) is linked to the child's number.
/// </summary>
/// <remarks>
/// An event read twice finds no unborn child left on a linked case and changes nothing more. A concurrent change of a
/// case is an exception, so the feed reads the event again. Logs carry ids only.
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

        foreach (var parent in parents)
        {
            foreach (var expecting in await cases.OpenCasesWithPersonAsync(parent, cancellationToken))
            {
                if (linked.Contains(expecting.Id) || !BirthRules.IsBirthOf(expecting, birthDate, parents))
                {
                    continue;
                }

                var change = BirthRules.Link(expecting, number, born, eventId, clock.GetUtcNow());
                await cases.UpdateAsync(change.Value, change.Events, cancellationToken);
                linked.Add(expecting.Id);
            }
        }

        LogLinked(eventId, linked.Count);
        return linked;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Folkeregister event {EventId} (birth): {Cases} expected child's case(s) linked")]
    private partial void LogLinked(string eventId, int cases);
}
