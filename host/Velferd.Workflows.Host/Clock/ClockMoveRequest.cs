using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Host.Clock;

/// <summary>
/// The body of <c>POST /api/dev/clock</c>: <c>{"now": "2027-03-01T09:00:00+01:00"}</c> (any instant, also an earlier
/// one; without an offset it is Oslo time) or <c>{"advance": "P7D"}</c> (ISO 8601 or «3 måneder», calendar arithmetic
/// in Oslo as for deadlines). Read by hand so that every mistake is a field error.
/// </summary>
public static partial class ClockMoveRequest
{
    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(2200, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    /// <summary>The instant the body asks for, or the field errors that say why there is none.</summary>
    public static (DateTimeOffset? Target, FieldErrors Errors) Parse(string body, DateTimeOffset now, IBusinessCalendar calendar)
    {
        var errors = new FieldErrors();
        JsonObject? json;
        try
        {
            json = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            json = null;
        }

        if (json is null)
        {
            errors.Add("$", "Forventet et JSON-objekt med «now» eller «advance». / Expected a JSON object with now or advance.");
            return (null, errors);
        }

        var nowText = TextOf(json, "now", errors);
        var advanceText = TextOf(json, "advance", errors);
        if (!errors.IsEmpty)
        {
            return (null, errors);
        }

        if ((nowText is null) == (advanceText is null))
        {
            errors.Add(nowText is null ? "now" : "advance", "Oppgi enten «now» (tidspunkt) eller «advance» (varighet), ikke begge. / Give either now or advance.");
            return (null, errors);
        }

        DateTimeOffset? target = null;
        if (nowText is not null)
        {
            target = ParseInstant(nowText);
            if (target is null)
            {
                errors.Add("now", "Ugyldig tidspunkt; bruk ISO 8601, f.eks. 2027-03-01T09:00:00+01:00. / Not an ISO 8601 instant.");
            }
        }
        else if (!CalendarDuration.TryParse(advanceText, out var duration))
        {
            errors.Add("advance", "Ugyldig varighet; bruk ISO 8601 (P7D, P3M, PT12H) eller «3 måneder». / Not a duration.");
        }
        else
        {
            target = SafeAdd(calendar, now, duration);
        }

        var field = nowText is not null ? "now" : "advance";
        if (errors.IsEmpty && (target is null || target < Earliest || target >= Latest))
        {
            errors.Add(field, "Tidspunktet må ligge mellom år 2000 og 2200. / The time must be between 2000 and 2200.");
        }

        return errors.IsEmpty ? (target, errors) : (null, errors);
    }

    private static string? TextOf(JsonObject json, string field, FieldErrors errors)
    {
        if (!json.TryGetPropertyValue(field, out var node) || node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text))
        {
            return text.Trim();
        }

        errors.Add(field, "Må være en tekst. / Must be a non-empty string.");
        return null;
    }

    private static DateTimeOffset? ParseInstant(string text)
    {
        if (HasOffset().IsMatch(text))
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) ? instant : null;
        }

        // Without an offset the time is Oslo's, as everywhere else users give a time.
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Oslo.GetUtcOffset(local));
    }

    private static DateTimeOffset? SafeAdd(IBusinessCalendar calendar, DateTimeOffset now, CalendarDuration duration)
    {
        try
        {
            return calendar.Add(now, duration);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"[Tt ].*([Zz]|[+-]\d{2}(:?\d{2})?)$")]
    private static partial Regex HasOffset();
}
