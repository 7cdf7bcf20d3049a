using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Welfare.Access;

/// <summary>
/// The one need-to-know decision on case data (DOMAIN.md R-64): a user sees a case only through a relation to it
/// (team, member, stafettholder, an open task of it, break-glass; administrators always), and a service's own case
/// material stays with that service whatever the relation: a barnevern case (melding, investigation) is seen only by
/// users of barnevern, so a PPT member of a child's TIT case who is also put on the same child's barnevern case still
/// cannot open it. Another service's information inside a case the user sees needs a consent that covers it now; that
/// part is decided where the information is read (<see cref="CaseLog.CaseLogRules.MayRead"/> for the stafettlogg,
/// <see cref="Meetings.ConsentCoverage"/> for meetings). Refusals answer as if the case did not exist.
/// </summary>
public static class NeedToKnow
{
    // Case kinds that are one service's own material, by the service that owns it.
    private static readonly Dictionary<string, string> OwnMaterial = new(StringComparer.Ordinal)
    {
        [CaseKind.Barnevern] = "barnevern",
    };

    /// <summary>
    /// The decision for <paramref name="user"/> on <paramref name="subject"/> at <paramref name="now"/>, given what the
    /// stores know (<see cref="CaseRelationFacts.None"/> to decide on team and members alone).
    /// </summary>
    public static CaseAccessDecision Decide(CaseUser user, WelfareCase subject, CaseRelationFacts facts, DateTimeOffset now)
    {
        var relation = RelationOf(user, subject, facts, now);
        if (relation == CaseRelation.None)
        {
            return new CaseAccessDecision(CaseRelation.None, false);
        }

        var ownersOnly = relation != CaseRelation.Administrator && OwnMaterial.TryGetValue(subject.Kind, out var owner) && !user.Services.Contains(owner);
        return new CaseAccessDecision(relation, !ownersOnly);
    }

    /// <summary>
    /// The case kinds <paramref name="user"/> may never see, whatever his relation: the other services' own material
    /// (empty for an administrator). Lists filter them out in SQL with <see cref="ICaseRelationStore"/>.
    /// </summary>
    public static IReadOnlyList<string> KindsHiddenFrom(CaseUser user) => user.IsAdmin
        ? []
        : [.. OwnMaterial.Where(owned => !user.Services.Contains(owned.Value)).Select(owned => owned.Key).Order(StringComparer.Ordinal)];

    /// <summary>True when only the stores can still relate the user to the case (team and members did not).</summary>
    public static bool NeedsFacts(CaseAccessDecision decision) => decision.Relation == CaseRelation.None;

    private static CaseRelation RelationOf(CaseUser user, WelfareCase subject, CaseRelationFacts facts, DateTimeOffset now)
    {
        if (user.IsAdmin)
        {
            return CaseRelation.Administrator;
        }

        if (user.Teams.Contains(subject.Team))
        {
            return CaseRelation.Team;
        }

        if (subject.HasMember(user.UserName))
        {
            return CaseRelation.Member;
        }

        if (facts.Stafettholder is { } holder && string.Equals(holder, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            return CaseRelation.Stafettholder;
        }

        if (facts.HoldsOpenTask)
        {
            return CaseRelation.Assignee;
        }

        return facts.BreakGlassUntil is { } until && now < until ? CaseRelation.BreakGlass : CaseRelation.None;
    }
}
