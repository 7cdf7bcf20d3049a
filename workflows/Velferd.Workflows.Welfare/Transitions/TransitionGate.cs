using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Welfare.Transitions;

/// <summary>The 18 gate against the stored measures and decisions: what blocks closing a case, if anything.</summary>
public sealed class TransitionGate(ITransitionStore store)
{
    /// <summary>Why <paramref name="subject"/> may not close on <paramref name="today"/>, or null.</summary>
    public async Task<string?> BlocksClosingAsync(WelfareCase subject, DateOnly today, CancellationToken cancellationToken)
    {
        if (subject.Kind != CaseKind.Barnevern || subject.Child.BirthDate is not { } born)
        {
            return null;
        }

        var standing = new TransitionStanding(
            subject.Id,
            subject.Team,
            born,
            subject.Status == CaseStatus.Open,
            await store.ListMeasuresAsync(subject.Id, cancellationToken),
            await store.ListDecisionsAsync(subject.Id, cancellationToken));
        return TransitionRules.GateBlocks(standing, today);
    }
}
