using NodaTime;

namespace Velferd.Workflows.Welfare.Meetings;

/// <summary>How a meeting time is shown to people: Oslo local date and time .</summary>
public static class OsloTime
{
    private static readonly DateTimeZone Oslo = DateTimeZoneProviders.Tzdb["Europe/Oslo"];

    /// <summary><paramref name="at"/> as <c>yyyy-MM-dd HH:mm</c> in Oslo.</summary>
    public static string Format(DateTimeOffset at) =>
        Instant.FromDateTimeOffset(at).InZone(Oslo).LocalDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
