using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Persistence.Instances;

namespace Velferd.Workflows.Benchmarks;

/// <summary>
/// Tells the deadline benchmark when a given number of instances have finished, from inside the node's own burst
/// commits, so it waits on the event instead of polling the database.
/// </summary>
public sealed class FinishedInstances
{
    private readonly HashSet<string> _finished = new(StringComparer.Ordinal);
    private TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _expected = int.MaxValue;

    /// <summary>Starts a measurement that waits for <paramref name="count"/> finished instances.</summary>
    public Task ExpectAsync(int count)
    {
        lock (_finished)
        {
            _finished.Clear();
            _expected = count;
            _all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _all.Task;
        }
    }

    private void Finished(string instanceId)
    {
        lock (_finished)
        {
            // A set, so a burst whose commit failed and ran again counts once.
            if (_finished.Add(instanceId) && _finished.Count >= _expected)
            {
                _all.TrySetResult();
            }
        }
    }

    /// <summary>The commit participant that reports each burst that finishes an instance.</summary>
    public sealed class Participant(FinishedInstances finished) : IBurstCommitParticipant
    {
        /// <inheritdoc />
        public Task WriteAsync(IReadOnlyList<BurstCommit> commits, BurstTransaction transaction, CancellationToken cancellationToken)
        {
            foreach (var commit in commits)
            {
                if (commit.Instance is { Status: WorkflowStatus.Finished } instance)
                {
                    finished.Finished(instance.Id);
                }
            }

            return Task.CompletedTask;
        }
    }
}
