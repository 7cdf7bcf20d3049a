using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.Deadlines;

/// <summary>
/// What a burst commit does to deadline rows, decided once for every store: new deadlines get the bookmark their
/// activity suspended on; resolutions are applied; a deadline whose bookmark was removed is re-pointed when the same
/// wait was re-added (a correlation change re-keys bookmarks), and otherwise cancelled (R-07: made moot by the burst).
/// </summary>
public sealed class DeadlineCommitPlan
{
    private DeadlineCommitPlan()
    {
    }

    /// <summary>Deadlines to insert.</summary>
    public List<Deadline> Inserts { get; } = [];

    /// <summary>Deadlines resolved by an activity (met, overdue, elapsed).</summary>
    public List<DeadlineResolvedEffect> Resolutions { get; } = [];

    /// <summary>Open deadlines whose bookmark was re-added under a new id.</summary>
    public List<(string DeadlineId, string BookmarkId)> Repoints { get; } = [];

    /// <summary>Open deadlines to cancel.</summary>
    public List<string> Cancellations { get; } = [];

    /// <summary>
    /// Overdue deadlines whose pending steps (an escalation) stop: the wait that owed them ended (a non-interrupting user
    /// task completed late, or its branch ended). The status stays «Overdue».
    /// </summary>
    public List<string> StoppedSteps { get; } = [];

    /// <summary>The effects the plan covers (to mark handled).</summary>
    public List<IBurstEffect> Handled { get; } = [];

    /// <summary>
    /// Builds the plan. <paramref name="openOnRemoved"/> are the stored deadlines that are still open (or overdue with an
    /// escalation pending) and whose bookmark is among <see cref="BurstCommit.RemovedBookmarkIds"/>.
    /// </summary>
    public static DeadlineCommitPlan For(BurstCommit commit, IReadOnlyList<Deadline> openOnRemoved)
    {
        var plan = new DeadlineCommitPlan();
        foreach (var effect in commit.Effects)
        {
            switch (effect)
            {
                case DeadlineEffect created:
                    var d = created.Deadline;
                    var bookmark = commit.AddedBookmarks.FirstOrDefault(b => b.ActivityId == d.ActivityId && b.Name == d.BookmarkName && b.Key == d.BookmarkKey);
                    plan.Inserts.Add(d with { BookmarkId = bookmark?.Id, CorrelationId = bookmark?.CorrelationId ?? d.CorrelationId });
                    plan.Handled.Add(effect);
                    break;
                case DeadlineResolvedEffect resolved:
                    plan.Resolutions.Add(resolved);
                    plan.Handled.Add(effect);
                    break;
            }
        }

        var resolutions = plan.Resolutions.ToDictionary(r => r.DeadlineId, r => r.Status, StringComparer.Ordinal);
        foreach (var deadline in openOnRemoved)
        {
            if (resolutions.TryGetValue(deadline.Id, out var resolution))
            {
                // Met after the due step already fired (the task stayed open past it): too late to count as met, but
                // nothing is owed any more, so the escalation still pending must not fire.
                if (resolution == DeadlineStatus.Met && deadline.Status == DeadlineStatus.Overdue)
                {
                    plan.StoppedSteps.Add(deadline.Id);
                }

                continue;
            }

            var readded = commit.AddedBookmarks.FirstOrDefault(b =>
                b.ActivityId == deadline.ActivityId && b.Name == deadline.BookmarkName && b.Key == deadline.BookmarkKey
                && DeadlineIdOf(b) is var id && (id is null || id == deadline.Id));
            if (readded is not null)
            {
                plan.Repoints.Add((deadline.Id, readded.Id));
            }
            else if (deadline.IsOpen)
            {
                plan.Cancellations.Add(deadline.Id);
            }
            else if (deadline.Status == DeadlineStatus.Overdue)
            {
                plan.StoppedSteps.Add(deadline.Id);
            }
        }

        return plan;
    }

    private static string? DeadlineIdOf(Bookmark bookmark) =>
        bookmark.Payload is System.Text.Json.Nodes.JsonObject payload && payload["fristId"] is { } id ? id.GetValue<string>() : null;
}
