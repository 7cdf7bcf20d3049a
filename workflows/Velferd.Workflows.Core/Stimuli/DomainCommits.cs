using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.Stimuli;

/// <summary>
/// A domain write together with the pathway starts and signals it causes: both commit in one transaction
/// (<see cref="IStimulusOutbox"/>), then the stimuli are applied at once on this node so the caller sees their effect.
/// If the process stops between the commit and that, the stored stimuli wait for the next dispatcher pass.
/// </summary>
public sealed class DomainCommits(IStimulusOutbox outbox, WorkflowEngine engine, StimulusWakeUp wakeUp)
{
    /// <summary>Commits <paramref name="domainWrite"/> with <paramref name="stimuli"/>, then applies them.</summary>
    public async Task CommitAsync(IReadOnlyList<Stimulus> stimuli, Func<CancellationToken, Task> domainWrite, CancellationToken cancellationToken)
    {
        await outbox.CommitAsync(stimuli, domainWrite, cancellationToken);
        await engine.ApplyCommittedAsync(stimuli, cancellationToken);
    }

    /// <summary>
    /// Commits <paramref name="domainWrite"/> with <paramref name="stimuli"/> and leaves them to the dispatcher: for an
    /// activity inside a burst, which must not apply other stimuli on its own thread.
    /// </summary>
    public async Task CommitForDispatcherAsync(IReadOnlyList<Stimulus> stimuli, Func<CancellationToken, Task> domainWrite, CancellationToken cancellationToken)
    {
        await outbox.CommitAsync(stimuli, domainWrite, cancellationToken);
        if (stimuli.Count > 0)
        {
            wakeUp.Notify();
        }
    }
}
