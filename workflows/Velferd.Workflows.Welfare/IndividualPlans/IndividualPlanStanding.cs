namespace Velferd.Workflows.Welfare.IndividualPlans;

/// <summary>Where an IP case stands .</summary>
/// <param name="Status"><c>VENTER_PÅ_VEDTAK</c>, <c>AVSLÅTT_VILKÅR_IKKE_OPPFYLT</c>, <c>VENTER_PÅ_ØNSKE</c>, <c>INDIVIDUELL_PLAN</c> or <c>KOORDINATOR_UTEN_IP</c>.</param>
/// <param name="Coordinator">The accepted koordinator, or null.</param>
/// <param name="CoordinatorLabel">«uten koordinator» while the right is granted and none has accepted.</param>
public sealed record IndividualPlanStanding(string Status, Coordinator? Coordinator, string? CoordinatorLabel);
