using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Welfare.Access;
using Velferd.Workflows.Welfare.Batons;
using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Host.Welfare;

/// <summary>
/// Where every endpoint that touches a case asks the need-to-know decision (<see cref="NeedToKnow"/>): reads the case,
/// decides on team and members, and only for a user with neither looks up the relations the stores hold (the baton,
/// an open task of the case, break-glass). A case the user may not see reads as missing; one he may see is the one the request's
/// audit row names.
/// </summary>
public sealed class CaseAccessGate(ICaseStore cases, IHandoverStore handovers, IHumanTaskStore tasks, IBreakGlassStore breakGlass, TimeProvider clock)
{
    /// <summary>The case, when it exists and <paramref name="actor"/> may see it; else null (answered as 404).</summary>
    public async Task<WelfareCase?> FindVisibleAsync(string caseId, CaseActor actor, CancellationToken cancellationToken)
    {
        if (await cases.FindAsync(caseId, cancellationToken) is not { } found)
        {
            return null;
        }

        return await MaySeeAsync(found, actor, cancellationToken) ? found : null;
    }

    /// <summary>True when <paramref name="actor"/> may see <paramref name="subject"/> (and the audit row names it).</summary>
    public async Task<bool> MaySeeAsync(WelfareCase subject, CaseActor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var decision = NeedToKnow.Decide(actor.User, subject, CaseRelationFacts.None, now);
        if (NeedToKnow.NeedsFacts(decision))
        {
            decision = NeedToKnow.Decide(actor.User, subject, await FactsAsync(subject, actor.UserName, cancellationToken), now);
        }

        if (!decision.Allowed)
        {
            return false;
        }

        AuditedRequest.Touched(subject.Id, subject.Child.Id, decision.ThroughBreakGlass);
        return true;
    }

    private async Task<CaseRelationFacts> FactsAsync(WelfareCase subject, string user, CancellationToken cancellationToken)
    {
        var holder = BatonRules.HolderOf(subject, await handovers.ListForCaseAsync(subject.Id, cancellationToken));
        var open = await tasks.ListAsync(
            new HumanTaskQuery { CorrelationId = subject.Id, AssignedTo = user, Statuses = HumanTaskInbox.Active }, cancellationToken);
        return new CaseRelationFacts(holder, open.Items.Count > 0, await breakGlass.LatestExpiryAsync(subject.Id, user, cancellationToken));
    }
}
