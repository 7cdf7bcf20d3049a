using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Testing.InMemory;

/// <summary>
/// The in-memory stores have no transactions: the domain write runs, then the stimuli are enqueued, so a write that
/// throws stores none of them (the order the real outbox keeps within its transaction).
/// </summary>
public sealed class InMemoryStimulusOutbox(IStimulusQueue queue) : IStimulusOutbox
{
    /// <inheritdoc />
    public async Task CommitAsync(IReadOnlyList<Stimulus> stimuli, Func<CancellationToken, Task> domainWrite, CancellationToken cancellationToken)
    {
        await domainWrite(cancellationToken);
        foreach (var stimulus in stimuli)
        {
            await queue.EnqueueAsync(stimulus, cancellationToken);
        }
    }
}
