namespace Velferd.Workflows.Scheduling.Time;

/// <summary>The configurable parts of the business calendar (DOMAIN.md R-02, R-05 [cfg]).</summary>
public sealed class BusinessCalendarOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Workflows:Calendar";

    /// <summary>The municipality's zone (IANA id).</summary>
    public string TimeZone { get; set; } = "Europe/Oslo";

    /// <summary>Treat 24 December (julaften) as closed.</summary>
    public bool ChristmasEveClosed { get; set; } = true;

    /// <summary>Treat 31 December (nyttårsaften) as closed.</summary>
    public bool NewYearsEveClosed { get; set; } = true;

    /// <summary>
    /// An ambiguous autumn wall-clock time (02:00–03:00 on the last Sunday of October) takes the earlier instant;
    /// false takes the later one.
    /// </summary>
    public bool AmbiguousTakesEarlier { get; set; } = true;
}
