using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Core.Instances;

/// <summary>
/// Everything one burst writes, committed in one transaction: the instance (checked against its revision),
/// bookmark changes (removals before additions), execution-log entries, new stimuli, and the completion of the
/// stimulus that caused it (checked against its claim).
/// </summary>
public sealed record BurstCommit
{
    /// <summary>The stimulus that caused the burst; marked done only if this claim still holds it.</summary>
    public ClaimedStimulus? Stimulus { get; init; }

    /// <summary>The instance to save, or null when the commit only completes the stimulus.</summary>
    public WorkflowInstance? Instance { get; init; }

    /// <summary>True when <see cref="Instance"/> is inserted rather than updated.</summary>
    public bool IsNewInstance { get; init; }

    /// <summary>Bookmark ids to delete.</summary>
    public IReadOnlyList<string> RemovedBookmarkIds { get; init; } = [];

    /// <summary>
    /// False when the burst knows that no removed bookmark had a task, deadline or outbox message stored with it, so
    /// the commit participants need not look for any (a resumed event wait, the common burst, costs no lookups).
    /// </summary>
    public bool RemovedBookmarksMayOwnRows { get; init; } = true;

    /// <summary>
    /// The removed bookmarks a task, deadline or outbox message may hang on: <see cref="RemovedBookmarkIds"/>, or none
    /// when <see cref="RemovedBookmarksMayOwnRows"/> says so. What the commit participants look up.
    /// </summary>
    public IReadOnlyList<string> RemovedBookmarksToCheck => RemovedBookmarksMayOwnRows ? RemovedBookmarkIds : [];

    /// <summary>Bookmarks to insert.</summary>
    public IReadOnlyList<Bookmark> AddedBookmarks { get; init; } = [];

    /// <summary>Execution-log entries to append.</summary>
    public IReadOnlyList<ActivityExecutionRecord> ExecutionLog { get; init; } = [];

    /// <summary>What activities asked to store with the burst; written by the store's commit participants.</summary>
    public IReadOnlyList<IBurstEffect> Effects { get; init; } = [];

    /// <summary>Stimuli to enqueue (duplicates by idempotency key are skipped).</summary>
    public IReadOnlyList<Stimulus> NewStimuli { get; init; } = [];

    /// <summary>What a burst's result writes, completing <paramref name="stimulus"/> when one caused it.</summary>
    public static BurstCommit Of(BurstResult result, ClaimedStimulus? stimulus = null, bool isNewInstance = false) => new()
    {
        Stimulus = stimulus,
        Instance = result.Instance,
        IsNewInstance = isNewInstance,
        AddedBookmarks = result.AddedBookmarks,
        RemovedBookmarkIds = result.RemovedBookmarkIds,
        RemovedBookmarksMayOwnRows = result.RemovedBookmarksMayOwnRows,
        ExecutionLog = result.ExecutionLog,
        Effects = result.Effects,
        NewStimuli = result.NewStimuli,
    };
}
