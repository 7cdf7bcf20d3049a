namespace Velferd.Workflows.Core.Time;

/// <summary>
/// Calendar arithmetic for legal and local deadlines in the municipality's zone (Europe/Oslo), DOMAIN.md R-01..R-05.
/// Instants go in and out as UTC-comparable <see cref="DateTimeOffset"/>s; the arithmetic happens on local dates.
/// </summary>
/// <remarks>Never add <c>TimeSpan.FromDays(7)</c> to an instant for a deadline: "within a week" is a date.</remarks>
public interface IBusinessCalendar
{
    /// <summary>
    /// Adds a duration to an anchor: years and months first, on the original anchor with
    /// month-end clamping; then days and weeks on the local date at the anchor's wall-clock time; then working days;
    /// then hours and minutes as elapsed time.
    /// </summary>
    DateTimeOffset Add(DateTimeOffset anchor, CalendarDuration duration);

    /// <summary>The same arithmetic backwards (a reminder "2 days before" a deadline).</summary>
    DateTimeOffset Subtract(DateTimeOffset anchor, CalendarDuration duration);

    /// <summary>Local date + <paramref name="days"/> at the anchor's local wall-clock time .</summary>
    DateTimeOffset AddDays(DateTimeOffset anchor, int days);

    /// <summary>Same day of month <paramref name="months"/> later, clamped to the month's last day .</summary>
    DateTimeOffset AddMonths(DateTimeOffset anchor, int months);

    /// <summary>Same date <paramref name="years"/> later; 29 February becomes 28 February .</summary>
    DateTimeOffset AddYears(DateTimeOffset anchor, int years);

    /// <summary>The <paramref name="workingDays"/>-th working day after the anchor's date, at the anchor's time .</summary>
    DateTimeOffset AddWorkingDays(DateTimeOffset anchor, int workingDays);

    /// <summary>Monday to Friday and not a public holiday (or a configured closed day).</summary>
    bool IsWorkingDay(DateOnly date);

    /// <summary>Public holidays (and configured closed days) in a year, with their Norwegian names.</summary>
    IReadOnlyList<Holiday> HolidaysIn(int year);

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    int CountWorkingDays(DateOnly from, DateOnly to);

    /// <summary>The local date of an instant.</summary>
    DateOnly LocalDate(DateTimeOffset instant);

    /// <summary>An instant shown with the local offset in force at that instant.</summary>
    DateTimeOffset ToLocal(DateTimeOffset instant);

    /// <summary>00:00 local time on a date (or the first instant of that day if midnight falls in a DST gap).</summary>
    DateTimeOffset StartOfDay(DateOnly date);
}

/// <summary>A day the service is closed.</summary>
/// <param name="Date">The date.</param>
/// <param name="Name">Its Norwegian name (e.g. «Langfredag»).</param>
public sealed record Holiday(DateOnly Date, string Name);
