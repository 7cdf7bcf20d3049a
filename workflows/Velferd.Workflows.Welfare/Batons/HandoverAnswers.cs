using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Batons;

/// <summary>
/// Stores the successor's answer to a hand-over offer. An acceptance moves the baton, and the same transaction
/// (<see cref="DomainCommits"/>) stores the resume of the pathways waiting for a new stafettholder
/// (<see cref="CaseWaits"/>), so a process that stops right after the commit leaves no pathway waiting for ever.
/// </summary>
/// <remarks>A declined offer changes no holder and resumes nothing.</remarks>
public sealed class HandoverAnswers(IHandoverStore handovers, CaseWaits waits, DomainCommits commits)
{
    /// <summary>Stores <paramref name="answer"/> to <paramref name="offer"/> (as read) with <paramref name="events"/>.</summary>
    /// <exception cref="Core.Instances.ConcurrencyConflictException">The offer was answered meanwhile.</exception>
    public Task StoreAsync(Handover offer, HandoverUpdate answer, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        IReadOnlyList<Stimulus> resumes = answer.Handover.Status == HandoverStatus.Accepted ? [waits.BatonHandedOver(offer.CaseId, offer.Id)] : [];
        return commits.CommitAsync(resumes, ct => handovers.UpdateAsync(offer, answer.Handover, events, answer.Notifications, ct), cancellationToken);
    }
}
