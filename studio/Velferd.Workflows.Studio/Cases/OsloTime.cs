using System.Globalization;

namespace Velferd.Workflows.Studio.Cases;

/// <summary>A time typed as «dd.mm.åååå tt:mm» in Oslo, as the host takes it: an instant with Oslo's offset then.</summary>
public static class OsloTime
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>The instant of <paramref name="typed"/> (ISO 8601 with offset), or null when it is not a time.</summary>
    public static string? Read(string typed) =>
        DateTime.TryParseExact(typed.Trim(), ["dd.MM.yyyy HH:mm", "d.M.yyyy H:mm", "dd.MM.yyyy H:mm"], Norwegian, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, Oslo.GetUtcOffset(local)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)
            : null;
}
