namespace Velferd.Workflows.Welfare.Policies;

/// <summary>
/// A municipality's policy values, the [cfg] items of DOMAIN.md that the rules read. Versioned: a process owner's change
/// is a new version (<c>PUT /api/policy</c>), and the earlier versions stay readable. Version 0 is the shipped default,
/// in force until a first change is stored.
/// </summary>
public sealed record WelfarePolicy
{
    /// <summary>The kommunenummer.</summary>
    public required string Municipality { get; init; }

    /// <summary>1, 2, … for stored versions; 0 for the shipped defaults.</summary>
    public int Version { get; init; }

    /// <summary><c>begge</c> or <c>en</c> (R-28).</summary>
    public string ConsentPolicy { get; init; } = Policies.ConsentPolicy.Both;

    /// <summary>Default validity of a consent when <c>validTo</c> is not given, in months (R-26: 12).</summary>
    public int ConsentValidityMonths { get; init; } = 12;

    /// <summary>
    /// The age from which the young person's own consent alone suffices for the team work and stafettlogg, for every
    /// category, when <see cref="OtherCategoriesNeedHolders"/> is off (R-28: 16, some use 15).
    /// </summary>
    public int SoleConsentAge { get; init; } = 16;

    /// <summary>
    /// From 16 to 18, categories other than health need the young person and the holder(s) (R-28's default); off, the
    /// young person's consent alone suffices from <see cref="SoleConsentAge"/>.
    /// </summary>
    public bool OtherCategoriesNeedHolders { get; init; } = true;

    /// <summary>Days before <c>validTo</c> that a renewal task is due (R-32: 30).</summary>
    public int ConsentRenewalDays { get; init; } = 30;

    /// <summary>When this version was stored (null for the defaults).</summary>
    public DateTimeOffset? ChangedAt { get; init; }

    /// <summary>Who stored it.</summary>
    public string? ChangedBy { get; init; }

    /// <summary>The shipped defaults for <paramref name="municipality"/>.</summary>
    public static WelfarePolicy Defaults(string municipality) => new() { Municipality = municipality };
}
