using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Testing.InMemory;

/// <summary>The in-memory counterpart of the EF deadline participant: the same <see cref="DeadlineCommitPlan"/>.</summary>
public sealed class InMemoryDeadlineCommitParticipant(InMemoryDeadlineTable table) : IInMemoryBurstCommitParticipant
{
    /// <inheritdoc />
    public void Write(BurstCommit commit, ISet<IBurstEffect> handled)
    {
        // Like the EF participant, look only when a removed bookmark may own rows.
        var removed = commit.RemovedBookmarksToCheck.ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<Deadline> onRemoved = [.. table.Rows.Values.Select(r => r.Deadline)
            .Where(d => d.BookmarkId is not null && removed.Contains(d.BookmarkId) && d.NextFireAt is not null)];
        var plan = DeadlineCommitPlan.For(commit, onRemoved);
        var now = commit.Instance?.UpdatedAt ?? DateTimeOffset.MinValue;
        foreach (var deadline in plan.Inserts)
        {
            table.Rows[deadline.Id] = new InMemoryDeadlineTable.Row(deadline, null, null);
        }

        foreach (var resolution in plan.Resolutions)
        {
            if (table.Rows.TryGetValue(resolution.DeadlineId, out var row) && row.Deadline.IsOpen)
            {
                table.Rows[resolution.DeadlineId] = resolution.Status == DeadlineStatus.Met
                    ? new(row.Deadline with { Status = DeadlineStatus.Met, NextStep = null, NextFireAt = null, ResolvedAt = now, UpdatedAt = now }, null, null)
                    : row with { Deadline = row.Deadline with { Status = resolution.Status, ResolvedAt = now, UpdatedAt = now } };
            }
        }

        foreach (var (deadlineId, bookmarkId) in plan.Repoints)
        {
            var row = table.Rows[deadlineId];
            table.Rows[deadlineId] = row with { Deadline = row.Deadline with { BookmarkId = bookmarkId } };
        }

        foreach (var id in plan.Cancellations)
        {
            var row = table.Rows[id];
            if (row.Deadline.IsOpen)
            {
                table.Rows[id] = new(row.Deadline with { Status = DeadlineStatus.Cancelled, NextStep = null, NextFireAt = null, ResolvedAt = now, UpdatedAt = now }, null, null);
            }
        }

        foreach (var id in plan.StoppedSteps)
        {
            var row = table.Rows[id];
            if (row.Deadline.Status == DeadlineStatus.Overdue)
            {
                table.Rows[id] = new(row.Deadline with { NextStep = null, NextFireAt = null, UpdatedAt = now }, null, null);
            }
        }

        foreach (var effect in plan.Handled)
        {
            handled.Add(effect);
        }
    }
}
