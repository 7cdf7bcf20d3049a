using System.Globalization;
using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.Cases;

/// <summary>
/// The caseworker's request to extend the investigation deadline: the new last day as typed and the written
/// reason, and the body of <c>POST /api/deadlines/{id}/extension</c>. The deadline is a date, due at 00:00 Oslo
/// after its last day, so the new last day is sent as that instant. Only a date the studio cannot read stops the request
/// here; the reason, the 6-month cap and a deadline already passed are the host's to judge, with its field errors.
/// </summary>
public sealed class ExtensionDraft
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    /// <summary>The new last day, as typed («dd.mm.åååå»).</summary>
    public string? NewDate { get; set; }

    /// <summary>Why more time is needed.</summary>
    public string? Reason { get; set; }

    /// <summary>The request body, or the field errors (keyed as the host keys them) that stop it being sent.</summary>
    public (object? Body, IReadOnlyDictionary<string, string[]> Errors) ToRequest()
    {
        string? newDueAt = null;
        if (!string.IsNullOrWhiteSpace(NewDate))
        {
            if (CaseWork.ApiDate(NewDate) is not { } date)
            {
                return (null, new Dictionary<string, string[]>(StringComparer.Ordinal) { ["newDueAt"] = [Texts.CaseExtensionBadDate] });
            }

            newDueAt = DueAfter(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        }

        return (new { newDueAt, reason = Reason }, new Dictionary<string, string[]>());
    }

    /// <summary>The instant a date deadline whose last day is <paramref name="lastDay"/> falls due: 00:00 Oslo the day after.</summary>
    public static DateTimeOffset DueAfter(DateOnly lastDay)
    {
        var midnight = lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Oslo.GetUtcOffset(midnight));
    }

    /// <summary>The last day of a date deadline due at <paramref name="dueAt"/> (the Oslo day before its 00:00).</summary>
    public static DateOnly LastDay(DateTimeOffset dueAt) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(dueAt.AddTicks(-1), Oslo).DateTime);
}
