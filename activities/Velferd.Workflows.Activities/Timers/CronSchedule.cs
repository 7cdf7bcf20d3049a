using System.Globalization;
using Quartz;

namespace Velferd.Workflows.Activities.Timers;

/// <summary>
/// A cron schedule as Elsa's <c>Elsa.Cron</c> takes one: the five fields of Unix cron («0 8 * * 1-5»), six with seconds
/// first, or Quartz's form with «?» (six or seven fields). Instants are read on the Oslo clock (Elsa reads UTC; a
/// municipality means 08:00 in Norway, summer and winter).
/// </summary>
public sealed class CronSchedule
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    private readonly CronExpression _expression;

    private CronSchedule(CronExpression expression) => _expression = expression;

    /// <summary>The expression in Quartz's form, as it is stored.</summary>
    public string QuartzExpression => _expression.CronExpressionString;

    /// <summary>Reads <paramref name="text"/>; null with the reason (Norwegian, for the process owner) when it is not a schedule.</summary>
    public static (CronSchedule? Schedule, string? Problem) Parse(string? text)
    {
        var fields = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is < 5 or > 7)
        {
            return (null, "Et cron-uttrykk har fem felt (minutt time dag måned ukedag), f.eks. «0 8 * * 1-5».");
        }

        string? problem = null;
        var quartz = fields.Length == 7 || fields.Contains("?") ? fields : FromUnix(fields, out problem);
        if (quartz is null)
        {
            return (null, problem);
        }

        var expression = string.Join(' ', quartz);
        return CronExpression.TryParse(expression, out _)
            ? (new CronSchedule(new CronExpression(expression, Oslo)), null)
            : (null, $"«{text}» er ikke et gyldig cron-uttrykk.");
    }

    /// <summary>The first instant after <paramref name="after"/> (UTC), or null when there is none.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after) => _expression.GetNextValidTimeAfter(after)?.ToUniversalTime();

    // Unix cron: seconds are 0, day of week counts Sunday as 0 (or 7) where Quartz counts it as 1, and one of the two
    // day fields must be «?» in Quartz (Unix cron matches either day field when both are set, which Quartz cannot say).
    private static string[]? FromUnix(string[] fields, out string? problem)
    {
        problem = null;
        var withSeconds = fields.Length == 5 ? ["0", .. fields] : fields;
        var (dayOfMonth, dayOfWeek) = (withSeconds[3], withSeconds[5]);
        if (dayOfMonth != "*" && dayOfWeek != "*")
        {
            problem = "Sett enten dag i måneden eller ukedag til *: et forløp kan ikke startes på begge.";
            return null;
        }

        var quartzWeek = dayOfWeek == "*" ? "?" : QuartzDaysOfWeek(dayOfWeek);
        if (quartzWeek is null)
        {
            problem = $"Ukedagen «{dayOfWeek}» kan ikke leses: bruk tall 0–7 (0 og 7 er søndag), navn (MON) og intervaller (1-5).";
            return null;
        }

        return [.. withSeconds[..3], dayOfWeek == "*" ? dayOfMonth : "?", withSeconds[4], quartzWeek];
    }

    // Each number or range of numbers becomes Quartz's numbers, listed (a Unix range may wrap past Saturday); names stay.
    private static string? QuartzDaysOfWeek(string field)
    {
        var days = new List<string>();
        foreach (var part in field.Split(','))
        {
            var range = part.Split('-');
            if (range.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 7) && range.Length is 1 or 2)
            {
                var (from, to) = (int.Parse(range[0], CultureInfo.InvariantCulture), int.Parse(range[^1], CultureInfo.InvariantCulture));
                if (from > to)
                {
                    return null;
                }

                days.AddRange(Enumerable.Range(from, to - from + 1).Select(d => ((d % 7) + 1).ToString(CultureInfo.InvariantCulture)));
            }
            else if (part.All(char.IsLetter) || (range.Length == 2 && range.All(p => p.All(char.IsLetter))))
            {
                days.Add(part.ToUpperInvariant());
            }
            else
            {
                return null;
            }
        }

        return string.Join(',', days.Distinct());
    }
}
