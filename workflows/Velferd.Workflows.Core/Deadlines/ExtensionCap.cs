using System.Globalization;
using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Core.Deadlines;

/// <summary>
/// How far a deadline may be extended, in the words of the rule that caps it: an investigation may run at most
/// 6 months from its start date (barnevernsloven § 2-2, DOMAIN.md R-16), so a refusal says «maks 6 måneder fra
/// startdato» and names the last allowed day.
/// </summary>
public static class ExtensionCap
{
    /// <summary>The longest cap, in months, that is described as such (beyond it only the date is named).</summary>
    public const int MaxDescribedMonths = 120;

    /// <summary>
    /// The whole number of months from the deadline's anchor to <paramref name="max"/> (R-03: added to the original
    /// anchor, clamped at month end; a date deadline's cap is the end of that day), or null when the cap is not one.
    /// </summary>
    public static int? MonthsFromAnchor(IBusinessCalendar calendar, Deadline deadline, DateTimeOffset max)
    {
        var wholeDay = IsDate(deadline);
        for (var months = 1; months <= MaxDescribedMonths; months++)
        {
            var candidate = calendar.AddMonths(deadline.AnchorAt, months);
            if (wholeDay)
            {
                candidate = calendar.StartOfDay(calendar.LocalDate(candidate).AddDays(1));
            }

            if (candidate == max)
            {
                return months;
            }

            if (candidate > max)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The field error for a new due date beyond <paramref name="max"/>.</summary>
    public static string Describe(IBusinessCalendar calendar, Deadline deadline, DateTimeOffset max)
    {
        // A date deadline's cap is 00:00 the day after its last allowed day; name the day itself.
        var lastDay = IsDate(deadline) ? calendar.LocalDate(max.AddTicks(-1)) : calendar.LocalDate(max);
        var day = lastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return MonthsFromAnchor(calendar, deadline, max) is { } months
            ? $"Ny frist kan ikke være senere enn {day}: maks {months} måneder fra startdato. / The new due date is beyond the cap of {months} months from the start date."
            : $"Ny frist kan ikke være senere enn lovens maksimum ({day}). / The new due date is beyond the legal maximum.";
    }

    // A date deadline keeps its last day as yyyy-MM-dd; an instant deadline keeps a full local time.
    private static bool IsDate(Deadline deadline) => deadline.DueLocal.Length == 10;
}
