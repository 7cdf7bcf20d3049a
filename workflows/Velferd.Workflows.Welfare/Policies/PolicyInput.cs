namespace Velferd.Workflows.Welfare.Policies;

/// <summary>A change of policy as <c>PUT /api/policy</c> sends it; a value left out keeps the current one.</summary>
/// <param name="Version">The version the change is based on; a stale one is a conflict. Null skips the check.</param>
/// <param name="ConsentPolicy"><c>begge</c> or <c>en</c>.</param>
/// <param name="ConsentValidityMonths">1–60.</param>
/// <param name="SoleConsentAge">15–18.</param>
/// <param name="OtherCategoriesNeedHolders">See <see cref="WelfarePolicy.OtherCategoriesNeedHolders"/>.</param>
/// <param name="ConsentRenewalDays">1–180.</param>
public sealed record PolicyInput(
    int? Version = null,
    string? ConsentPolicy = null,
    int? ConsentValidityMonths = null,
    int? SoleConsentAge = null,
    bool? OtherCategoriesNeedHolders = null,
    int? ConsentRenewalDays = null);
