using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>
/// Turns a user task's "due" setting into an instant, on the Europe/Oslo calendar: an ISO-8601 period from now
/// (<c>P7D</c>, <c>P1M</c>: local date arithmetic that keeps the wall-clock time across DST; <c>PT4H</c>: elapsed
/// time), a date (<c>2024-05-17</c>: due that whole day, overdue from 00:00 the next, DOMAIN.md R-04), or an instant
/// with an offset (<c>2024-05-17T12:00:00+02:00</c>).
/// </summary>
/// <remarks>Working days and legal deadline kinds belong to the deadlines feature and its business calendar.</remarks>
public static class TaskDue
{
    private static readonly DateTimeZone Oslo = DateTimeZoneProviders.Tzdb["Europe/Oslo"];

    /// <summary>Resolves <paramref name="due"/> at <paramref name="now"/>; null when empty; an error text when unreadable.</summary>
    public static (DateTimeOffset? DueAt, string? Error) Resolve(string? due, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(due))
        {
            return (null, null);
        }

        due = due.Trim();
        if (ParsePeriod(due) is { } period)
        {
            var start = Instant.FromDateTimeOffset(now);
            if (!period.HasDateComponent)
            {
                return (start.Plus(period.ToDuration()).ToDateTimeOffset(), null);
            }

            var local = start.InZone(Oslo).LocalDateTime.Plus(period);
            return (local.InZoneLeniently(Oslo).ToInstant().ToDateTimeOffset(), null);
        }

        if (DateOnly.TryParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var nextMidnight = new LocalDate(date.Year, date.Month, date.Day).PlusDays(1).AtStartOfDayInZone(Oslo);
            return (nextMidnight.ToInstant().ToDateTimeOffset(), null);
        }

        if (DateTimeOffset.TryParse(due, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) && due.Contains('T', StringComparison.Ordinal))
        {
            return (instant.ToUniversalTime(), null);
        }

        return (null, $"The due value '{due}' is neither an ISO-8601 period (P7D, PT4H), a date (yyyy-MM-dd) nor an instant with an offset.");
    }

    /// <summary>True when <paramref name="offset"/> is empty or an ISO-8601 period (reminder and escalation offsets).</summary>
    public static bool IsValidOffset(string? offset) => string.IsNullOrWhiteSpace(offset) || ParsePeriod(offset.Trim()) is not null;

    private static Period? ParsePeriod(string text)
    {
        var result = PeriodPattern.NormalizingIso.Parse(text);
        return result.Success ? result.Value : null;
    }
}
