using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.Cases;

/// <summary>
/// A case's timeline as the case page shows it: the case's own events and the steps its pathways' tasks took (a
/// completed task, its outcome and who completed it), oldest first, each once.
/// </summary>
public static class CaseTimeline
{
    /// <summary>The entries of <paramref name="events"/> and of the completed ones among <paramref name="tasks"/>.</summary>
    public static IReadOnlyList<TimelineEntryAnswer> Build(IReadOnlyList<TimelineEntryAnswer> events, IEnumerable<TaskAnswer> tasks)
    {
        var steps = tasks
            .Where(t => t.Status == "Completed" && t.ClosedAt is not null)
            .DistinctBy(t => t.Id)
            .Select(t => new TimelineEntryAnswer(
                t.Id, t.ClosedAt!.Value, Texts.CaseTimelineTaskCompleted, t.CompletedBy ?? t.AssignedTo ?? "",
                t.Outcome is { Length: > 0 } outcome ? $"{t.Title}: {outcome}" : t.Title));
        return [.. events.Concat(steps).OrderBy(e => e.At).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }
}
