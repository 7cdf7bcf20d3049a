namespace Velferd.Workflows.Core.Runtime;

/// <summary>
/// Announces that one of the node's background workers (the stimulus dispatcher, the outbox worker, the Fiks IO
/// receiver, the Folkeregister feed reader) finished a pass: one read of its source and the handling of what it held.
/// Whoever watches the node (tests, a health probe) awaits <see cref="Next"/> and looks again, instead of polling on a
/// timer of its own. A pass that found nothing counts too, so a watcher looks at least once per poll interval.
/// </summary>
public sealed class WorkerPasses
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>
    /// Completes when the next pass of any worker ends. Take it before looking at the state the workers change: a pass
    /// that ends between the look and the wait then still wakes the watcher.
    /// </summary>
    public Task Next => Volatile.Read(ref _next).Task;

    /// <summary>Called by a worker at the end of every pass, whether it succeeded, failed or found nothing.</summary>
    public void Completed() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
