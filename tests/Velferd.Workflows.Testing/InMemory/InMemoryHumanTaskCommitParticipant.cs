using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Testing.InMemory;

/// <summary>The in-memory counterpart of the EF task participant: stores new tasks, cancels those whose branch ended.</summary>
public sealed class InMemoryHumanTaskCommitParticipant(InMemoryDatabase db) : IInMemoryBurstCommitParticipant
{
    /// <inheritdoc />
    public void Write(BurstCommit commit, ISet<IBurstEffect> handled)
    {
        // Work everything out before writing, so a defect throws before anything changed.
        var created = commit.Effects.OfType<HumanTaskCreated>().Select(e => (Effect: e, Linked: HumanTaskBurstChanges.Link(e.Task, commit))).ToList();
        var ended = HumanTaskBurstChanges.EndedBookmarks(commit).ToHashSet(StringComparer.Ordinal);
        var cancelled = db.HumanTasks.Values
            .Where(t => t.IsActive && ended.Contains(t.BookmarkId))
            .Select(t => HumanTaskRules.Cancel(t, HumanTaskBurstChanges.CancelReason(commit, t.BookmarkId), commit.Instance?.UpdatedAt ?? t.UpdatedAt))
            .OfType<HumanTaskDecision.Change>()
            .ToList();

        foreach (var (effect, (task, entry)) in created)
        {
            db.HumanTasks[task.Id] = task;
            db.HumanTaskHistory.Add(entry);
            handled.Add(effect);
        }

        foreach (var change in cancelled.Where(c => c.Entry is not null))
        {
            db.HumanTasks[change.Task.Id] = change.Task;
            db.HumanTaskHistory.Add(change.Entry!);
        }
    }
}
