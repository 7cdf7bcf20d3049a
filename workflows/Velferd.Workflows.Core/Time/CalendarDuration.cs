using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Velferd.Workflows.Core.Time;

/// <summary>
/// A deadline's length as the designer states it: calendar years, months, weeks and days, working days, and
/// elapsed hours and minutes. Parsed from ISO 8601 (<c>P7D</c>, <c>P3M</c>, <c>PT24H</c>) or Norwegian text
/// («7 dager», «3 måneder», «10 virkedager», «2 uker», «1 år», «24 timer»); never negative.
/// </summary>
public sealed partial record CalendarDuration
{
    /// <summary>The message shown for input that is not a duration (bokmål, then English).</summary>
    public const string InvalidMessage =
        "Ugyldig varighet: skriv ISO 8601 (P7D, P3M, PT24H) eller tekst som «7 dager», «3 måneder», «10 virkedager», «2 uker», «1 år», «24 timer». "
        + "/ Invalid duration: use ISO 8601 (P7D, P3M, PT24H) or text such as «7 dager», «3 måneder», «10 virkedager».";

    /// <summary>Calendar years (R-03).</summary>
    public int Years { get; init; }

    /// <summary>Calendar months (R-03).</summary>
    public int Months { get; init; }

    /// <summary>Weeks, counted as 7 local days (R-02).</summary>
    public int Weeks { get; init; }

    /// <summary>Local days (R-02).</summary>
    public int Days { get; init; }

    /// <summary>Working days (R-05).</summary>
    public int WorkingDays { get; init; }

    /// <summary>Elapsed hours (not calendar: 24 hours over a DST change is 24 real hours).</summary>
    public int Hours { get; init; }

    /// <summary>Elapsed minutes.</summary>
    public int Minutes { get; init; }

    /// <summary>True when every part is zero.</summary>
    public bool IsZero => Years == 0 && Months == 0 && Weeks == 0 && Days == 0 && WorkingDays == 0 && Hours == 0 && Minutes == 0;

    /// <summary>Zero.</summary>
    public static CalendarDuration Zero { get; } = new();

    /// <summary>Parses a duration; throws <see cref="FormatException"/> with <see cref="InvalidMessage"/> when it is not one.</summary>
    public static CalendarDuration Parse(string text) =>
        TryParse(text, out var duration) ? duration : throw new FormatException(InvalidMessage);

    /// <summary>Parses ISO 8601 or Norwegian text; false (and null) when the text is not a duration.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CalendarDuration? duration)
    {
        duration = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 100)
        {
            return false;
        }

        var trimmed = text.Trim();
        duration = trimmed.StartsWith('P') || trimmed.StartsWith('p') ? ParseIso(trimmed) : ParseText(trimmed);
        return duration is not null;
    }

    /// <summary>The ISO 8601 form (working days, which ISO cannot express, as Norwegian text).</summary>
    public override string ToString()
    {
        if (WorkingDays != 0)
        {
            return $"{WorkingDays} virkedager";
        }

        var builder = new StringBuilder("P");
        Append(builder, Years, 'Y');
        Append(builder, Months, 'M');
        Append(builder, Weeks, 'W');
        Append(builder, Days, 'D');
        if (Hours != 0 || Minutes != 0)
        {
            builder.Append('T');
            Append(builder, Hours, 'H');
            Append(builder, Minutes, 'M');
        }

        return builder.Length == 1 ? "P0D" : builder.ToString();
    }

    private static void Append(StringBuilder builder, int value, char unit)
    {
        if (value != 0)
        {
            builder.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }

    private static CalendarDuration? ParseIso(string text)
    {
        var match = IsoPattern().Match(text.ToUpperInvariant());
        if (!match.Success || text.Length == 1 || text.EndsWith('T') || text.EndsWith('t'))
        {
            return null;
        }

        int Group(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var duration = new CalendarDuration
        {
            Years = Group("y"),
            Months = Group("mo"),
            Weeks = Group("w"),
            Days = Group("d"),
            Hours = Group("h"),
            Minutes = Group("mi"),
        };
        return duration.IsZero ? null : duration;
    }

    private static CalendarDuration? ParseText(string text)
    {
        var parts = TextPartPattern().Matches(text);
        if (parts.Count == 0 || !string.IsNullOrWhiteSpace(TextPartPattern().Replace(text, "").Replace(",", "").Replace(" og ", " ")))
        {
            return null;
        }

        var duration = new CalendarDuration();
        foreach (Match part in parts)
        {
            var amount = int.Parse(part.Groups["n"].Value, CultureInfo.InvariantCulture);
            duration = part.Groups["unit"].Value.ToLowerInvariant() switch
            {
                "år" => duration with { Years = duration.Years + amount },
                "måned" or "måneder" or "mnd" => duration with { Months = duration.Months + amount },
                "uke" or "uker" => duration with { Weeks = duration.Weeks + amount },
                "dag" or "dager" or "døgn" => duration with { Days = duration.Days + amount },
                "virkedag" or "virkedager" or "arbeidsdag" or "arbeidsdager" => duration with { WorkingDays = duration.WorkingDays + amount },
                "time" or "timer" => duration with { Hours = duration.Hours + amount },
                "minutt" or "minutter" => duration with { Minutes = duration.Minutes + amount },
                _ => null,
            };
            if (duration is null)
            {
                return null;
            }
        }

        return duration.IsZero ? null : duration;
    }

    [GeneratedRegex(@"^P(?:(?<y>\d{1,4})Y)?(?:(?<mo>\d{1,5})M)?(?:(?<w>\d{1,5})W)?(?:(?<d>\d{1,6})D)?(?:T(?:(?<h>\d{1,6})H)?(?:(?<mi>\d{1,7})M)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"(?<n>\d{1,6})\s*(?<unit>år|måneder|måned|mnd|uker|uke|dager|dag|døgn|virkedager|virkedag|arbeidsdager|arbeidsdag|timer|time|minutter|minutt)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TextPartPattern();
}
