namespace Velferd.Workflows.Core.Outbox;

/// <summary>
/// Wakes this node's idle outbox worker when a burst here commits outbox messages, so a call leaves at once instead
/// of at the next poll. The poll stays as the safety net (messages written on other nodes, retries falling due).
/// </summary>
public sealed class OutboxWakeUp : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Wakes the worker (at most one pending wake-up is kept).</summary>
    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // A wake-up is already pending; one is enough.
        }
    }

    /// <summary>Waits for a wake-up or until <paramref name="timeout"/> has passed on <paramref name="clock"/>; true when woken.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var poll = new CancellationTokenSource(timeout, clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(poll.Token, cancellationToken);
        try
        {
            await _signal.WaitAsync(either.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _signal.Dispose();
}
