using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>
/// What a burst commit means for tasks, shared by every store's commit participant: which new task belongs to which
/// new bookmark, and which bookmarks ended (removed and not re-added under a new correlation id).
/// </summary>
public static class HumanTaskBurstChanges
{
    /// <summary>The task linked to its bookmark and the instance's current case id, with its "created" history row.</summary>
    /// <exception cref="InvalidOperationException">The burst has no bookmark for the task (a defect in the activity).</exception>
    public static (HumanTask Task, HumanTaskHistoryEntry Entry) Link(HumanTask task, BurstCommit commit)
    {
        var bookmark = commit.AddedBookmarks.FirstOrDefault(b => b.Name == HumanTaskBookmark.Name && b.Key == task.Id)
            ?? throw new InvalidOperationException($"Task {task.Id} has no bookmark in its burst.");
        var linked = task with { BookmarkId = bookmark.Id, CorrelationId = commit.Instance?.CorrelationId ?? task.CorrelationId };
        var detail = linked.AssignedTo is null ? $"team {linked.CandidateTeam}" : $"tildelt {linked.AssignedTo}";
        return (linked, new HumanTaskHistoryEntry(Ids.New(task.CreatedAt), task.Id, task.CreatedAt, HumanTaskHistoryEntry.System, HumanTaskAction.Created, detail, task.Version));
    }

    /// <summary>Bookmarks the burst removed for good.</summary>
    public static IReadOnlyList<string> EndedBookmarks(BurstCommit commit)
    {
        if (commit.RemovedBookmarksToCheck.Count == 0)
        {
            return [];
        }

        var readded = commit.AddedBookmarks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        return [.. commit.RemovedBookmarksToCheck.Where(id => !readded.Contains(id))];
    }

    /// <summary>
    /// Why the active task on <paramref name="bookmarkId"/> is cancelled: its interrupting deadline passed when the burst
    /// was the deadline's own resume of that bookmark; otherwise as <see cref="CancelReason(BurstCommit)"/>.
    /// </summary>
    public static string CancelReason(BurstCommit commit, string? bookmarkId) =>
        commit.Stimulus?.Stimulus is { Kind: StimulusKind.Resume } resume && resume.BookmarkId == bookmarkId
            && resume.Payload?[DeadlinePayload.FiredProperty] is not null
            ? HumanTaskBookmark.DeadlinePassedReason
            : CancelReason(commit);

    /// <summary>Why the active tasks of ended bookmarks are cancelled, for their history.</summary>
    public static string CancelReason(BurstCommit commit) => commit.Instance?.SubStatus switch
    {
        WorkflowSubStatus.Cancelled => HumanTaskBookmark.InstanceCancelledReason,
        WorkflowSubStatus.Faulted => HumanTaskBookmark.InstanceFaultedReason,
        _ => HumanTaskBookmark.BranchEndedReason,
    };
}
