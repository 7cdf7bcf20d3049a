namespace Velferd.Workflows.Persistence.Welfare;

/// <summary>A <c>welfare_policies</c> row: one version of a municipality's policy values.</summary>
public sealed class PolicyRow
{
    public required string Municipality { get; set; }

    public int Version { get; set; }

    public required string ConsentPolicy { get; set; }

    public int ConsentValidityMonths { get; set; }

    public int SoleConsentAge { get; set; }

    public bool OtherCategoriesNeedHolders { get; set; }

    public int ConsentRenewalDays { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public required string ChangedBy { get; set; }
}
