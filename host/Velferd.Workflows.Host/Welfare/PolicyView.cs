using Velferd.Workflows.Welfare.Policies;

namespace Velferd.Workflows.Host.Welfare;

/// <summary>A version of the municipality's policy values (<c>GET/PUT /api/policy</c>).</summary>
/// <param name="Municipality">Kommunenummer.</param>
/// <param name="Version">0 for the shipped defaults, then 1, 2, …</param>
/// <param name="ConsentPolicy"><c>begge</c> or <c>en</c>.</param>
/// <param name="ConsentValidityMonths">Default consent validity.</param>
/// <param name="SoleConsentAge">Sole consent age.</param>
/// <param name="OtherCategoriesNeedHolders">From 16, categories other than health need the holders too.</param>
/// <param name="ConsentRenewalDays">Renewal task lead time .</param>
/// <param name="ChangedAt">When stored.</param>
/// <param name="ChangedBy">By whom.</param>
public sealed record PolicyView(
    string Municipality,
    int Version,
    string ConsentPolicy,
    int ConsentValidityMonths,
    int SoleConsentAge,
    bool OtherCategoriesNeedHolders,
    int ConsentRenewalDays,
    DateTimeOffset? ChangedAt,
    string? ChangedBy)
{
    /// <summary>The view of <paramref name="policy"/>.</summary>
    public static PolicyView Of(WelfarePolicy policy) => new(
        policy.Municipality, policy.Version, policy.ConsentPolicy, policy.ConsentValidityMonths, policy.SoleConsentAge,
        policy.OtherCategoriesNeedHolders, policy.ConsentRenewalDays, policy.ChangedAt, policy.ChangedBy);
}
