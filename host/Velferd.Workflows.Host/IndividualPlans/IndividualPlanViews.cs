using Velferd.Workflows.Welfare.IndividualPlans;

namespace Velferd.Workflows.Host.IndividualPlans;

/// <summary>A koordinator or barnekoordinator as the API shows it.</summary>
/// <param name="Id">Id.</param>
/// <param name="CaseId">The case.</param>
/// <param name="User">The user name.</param>
/// <param name="Kind"><c>koordinator</c> or <c>barnekoordinator</c>.</param>
/// <param name="Status"><c>TILBUDT</c>, <c>AKTIV</c> or <c>SLUTTET</c>.</param>
/// <param name="AppointedAt">When appointed.</param>
/// <param name="AcceptedAt">When accepted.</param>
/// <param name="LeftAt">When the koordinator left.</param>
public sealed record CoordinatorView(
    string Id, string CaseId, string User, string Kind, string Status, DateTimeOffset AppointedAt, DateTimeOffset? AcceptedAt, DateTimeOffset? LeftAt)
{
    /// <summary>The view of <paramref name="coordinator"/>.</summary>
    public static CoordinatorView Of(Coordinator coordinator) => new(
        coordinator.Id, coordinator.CaseId, coordinator.User, coordinator.Kind, coordinator.Status, coordinator.AppointedAt, coordinator.AcceptedAt, coordinator.LeftAt);
}

/// <summary>An IP case's request, right, wish and koordinator (<c>GET /api/cases/{id}/individual-plan</c>).</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Status">Where it stands: <c>VENTER_PÅ_VEDTAK</c>, <c>AVSLÅTT_VILKÅR_IKKE_OPPFYLT</c>, <c>VENTER_PÅ_ØNSKE</c>, <c>INDIVIDUELL_PLAN</c>, <c>KOORDINATOR_UTEN_IP</c>.</param>
/// <param name="ReceivedOn">The day the request came.</param>
/// <param name="Need">The need.</param>
/// <param name="Services">The services.</param>
/// <param name="LongTermNeeds">Long-term needs.</param>
/// <param name="RightDue">The right decided by (4 weeks, R-54).</param>
/// <param name="PreliminaryReplyDue">A preliminary reply by (a month, forvaltningsloven § 11 a) if still undecided.</param>
/// <param name="Right"><c>INNVILGET</c> or <c>AVSLÅTT</c>, null until decided.</param>
/// <param name="RightDecidedOn">The day.</param>
/// <param name="RightReason">The reasons.</param>
/// <param name="Wanted">Whether the person wants an IP.</param>
/// <param name="Coordinator">The accepted koordinator.</param>
/// <param name="CoordinatorLabel">«uten koordinator» while none has accepted .</param>
/// <param name="Coordinators">Every appointment, oldest first.</param>
public sealed record IndividualPlanView(
    string CaseId,
    string Status,
    DateOnly ReceivedOn,
    string Need,
    IReadOnlyList<string> Services,
    bool LongTermNeeds,
    DateOnly RightDue,
    DateOnly PreliminaryReplyDue,
    string? Right,
    DateOnly? RightDecidedOn,
    string? RightReason,
    bool? Wanted,
    CoordinatorView? Coordinator,
    string? CoordinatorLabel,
    IReadOnlyList<CoordinatorView> Coordinators)
{
    /// <summary>The view of <paramref name="plan"/> and its coordinators.</summary>
    public static IndividualPlanView Of(IndividualPlan plan, IReadOnlyList<Coordinator> coordinators)
    {
        var standing = IndividualPlanRules.Standing(plan, coordinators);
        return new IndividualPlanView(
            plan.CaseId,
            standing.Status,
            plan.ReceivedOn,
            plan.Need,
            plan.Services,
            plan.LongTermNeeds,
            IndividualPlanRules.RightDue(plan.ReceivedOn),
            IndividualPlanRules.PreliminaryReplyDue(plan.ReceivedOn),
            plan.Right,
            plan.RightDecidedOn,
            plan.RightReason,
            plan.Wanted,
            standing.Coordinator is { } active ? CoordinatorView.Of(active) : null,
            standing.CoordinatorLabel,
            [.. coordinators.Select(CoordinatorView.Of)]);
    }
}
