using NodaTime;

namespace Velferd.Workflows.Welfare.Persons;

/// <summary>
/// The date in Europe/Oslo (DOMAIN.md R-01): ages, consent validity and every date a rule defines are Oslo dates,
/// never the server's zone.
/// </summary>
public static class OsloDate
{
    private static readonly DateTimeZone Oslo = DateTimeZoneProviders.Tzdb["Europe/Oslo"];

    /// <summary>The Oslo date at <paramref name="instant"/>.</summary>
    public static DateOnly Of(DateTimeOffset instant) =>
        Instant.FromDateTimeOffset(instant).InZone(Oslo).Date.ToDateOnly();

    /// <summary>Today in Oslo by <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock) => Of(clock.GetUtcNow());
}
