namespace Velferd.Workflows.Core.Identity;

/// <summary>Which identity numbers are accepted.</summary>
public sealed class IdentityNumberOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Identity";

    /// <summary>
    /// Accept synthetic test numbers (month + 80). Non-production only (DOMAIN.md R-57): Development and the simulator
    /// use them, so no real person's number is ever needed there.
    /// </summary>
    public bool AllowSyntheticNumbers { get; set; }
}
