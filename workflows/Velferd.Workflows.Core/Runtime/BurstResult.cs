namespace Velferd.Workflows.Core.Runtime;

/// <summary>Everything a burst changed, to be committed in one transaction.</summary>
public sealed class BurstResult
{
    /// <summary>The instance after the burst.</summary>
    public required WorkflowInstance Instance { get; init; }

    /// <summary>False when the stimulus no longer applied (the bookmark was gone, the instance finished).</summary>
    public required bool Changed { get; init; }

    /// <summary>New execution-log entries.</summary>
    public IReadOnlyList<ActivityExecutionRecord> ExecutionLog { get; init; } = [];

    /// <summary>Bookmarks created in the burst.</summary>
    public IReadOnlyList<Bookmark> AddedBookmarks { get; init; } = [];

    /// <summary>Ids of bookmarks removed in the burst (resumed, cancelled or abandoned).</summary>
    public IReadOnlyList<string> RemovedBookmarkIds { get; init; } = [];

    /// <summary>False when none of the removed bookmarks had rows stored with it (see <see cref="Bookmark.OwnsRows"/>).</summary>
    public bool RemovedBookmarksMayOwnRows { get; init; }

    /// <summary>Stimuli stored with the burst: a child's start, a finished child's report to its parent.</summary>
    public IReadOnlyList<Stimuli.Stimulus> NewStimuli { get; init; } = [];

    /// <summary>What activities asked to store with the burst (tasks, deadlines, outbox messages).</summary>
    public IReadOnlyList<IBurstEffect> Effects { get; init; } = [];
}
