using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.TimeZones;
using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Scheduling.Time;

/// <summary>
/// The business calendar on NodaTime in Europe/Oslo (DOMAIN.md R-01..R-05): days on local dates at the anchor's
/// wall-clock time, months and years on the original anchor with month-end clamping, working days that skip weekends
/// and Norwegian public holidays. A wall-clock time in the spring gap moves forward by the gap; an ambiguous autumn
/// time takes the earlier instant (configurable).
/// </summary>
public sealed class OsloBusinessCalendar : IBusinessCalendar
{
    private readonly DateTimeZone _zone;
    private readonly ZoneLocalMappingResolver _resolver;
    private readonly BusinessCalendarOptions _options;
    private readonly ConcurrentDictionary<int, (IReadOnlyList<Holiday> List, HashSet<DateOnly> Dates)> _holidays = new();

    /// <summary>Creates the calendar with its options.</summary>
    public OsloBusinessCalendar(IOptions<BusinessCalendarOptions> options)
    {
        _options = options.Value;
        _zone = DateTimeZoneProviders.Tzdb[_options.TimeZone];
        _resolver = Resolvers.CreateMappingResolver(
            _options.AmbiguousTakesEarlier ? Resolvers.ReturnEarlier : Resolvers.ReturnLater,
            Resolvers.ReturnForwardShifted);
    }

    /// <summary>The calendar with default options (Oslo, 24 and 31 December closed, ambiguous = earlier).</summary>
    public static OsloBusinessCalendar Default { get; } = new(Options.Create(new BusinessCalendarOptions()));

    /// <inheritdoc />
    public DateTimeOffset Add(DateTimeOffset anchor, CalendarDuration duration) => Apply(anchor, duration, 1);

    /// <inheritdoc />
    public DateTimeOffset Subtract(DateTimeOffset anchor, CalendarDuration duration) => Apply(anchor, duration, -1);

    /// <inheritdoc />
    public DateTimeOffset AddDays(DateTimeOffset anchor, int days) => Resolve(Local(anchor).PlusDays(days));

    /// <inheritdoc />
    public DateTimeOffset AddMonths(DateTimeOffset anchor, int months) => Resolve(Local(anchor).PlusMonths(months));

    /// <inheritdoc />
    public DateTimeOffset AddYears(DateTimeOffset anchor, int years) => Resolve(Local(anchor).PlusYears(years));

    /// <inheritdoc />
    public DateTimeOffset AddWorkingDays(DateTimeOffset anchor, int workingDays)
    {
        var local = Local(anchor);
        var date = local.Date;
        var step = workingDays >= 0 ? 1 : -1;
        for (var left = Math.Abs(workingDays); left > 0;)
        {
            date = date.PlusDays(step);
            if (IsWorkingDay(date.ToDateOnly()))
            {
                left--;
            }
        }

        return Resolve(date + local.TimeOfDay);
    }

    /// <inheritdoc />
    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !HolidaysOf(date.Year).Dates.Contains(date);

    /// <inheritdoc />
    public IReadOnlyList<Holiday> HolidaysIn(int year) => HolidaysOf(year).List;

    /// <inheritdoc />
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <inheritdoc />
    public DateOnly LocalDate(DateTimeOffset instant) => Local(instant).Date.ToDateOnly();

    /// <inheritdoc />
    public DateTimeOffset ToLocal(DateTimeOffset instant) =>
        Instant.FromDateTimeOffset(instant).InZone(_zone).ToDateTimeOffset();

    // As a UTC instant, as every stored instant is: PostgreSQL's timestamptz refuses a value with the Oslo offset.
    /// <inheritdoc />
    public DateTimeOffset StartOfDay(DateOnly date) => _zone.AtStartOfDay(NodaTime.LocalDate.FromDateOnly(date)).ToInstant().ToDateTimeOffset();

    private DateTimeOffset Apply(DateTimeOffset anchor, CalendarDuration duration, int sign)
    {
        // Months and years together on the original anchor (R-03: anchor + 6 months, not (anchor + 3) + 3).
        var local = Local(anchor)
            .PlusMonths(sign * ((duration.Years * 12) + duration.Months))
            .PlusDays(sign * ((duration.Weeks * 7) + duration.Days));
        var result = Resolve(local);
        if (duration.WorkingDays != 0)
        {
            result = AddWorkingDays(result, sign * duration.WorkingDays);
        }

        // Hours and minutes are elapsed time: "24 timer" over a DST change is 24 real hours.
        return result.AddHours(sign * duration.Hours).AddMinutes(sign * duration.Minutes);
    }

    private LocalDateTime Local(DateTimeOffset instant) => Instant.FromDateTimeOffset(instant).InZone(_zone).LocalDateTime;

    // The instant as UTC: what the calendar computes is stored (deadlines, tasks), and PostgreSQL's timestamptz takes
    // only offset 0; the Oslo wall-clock view is ToLocal's job.
    private DateTimeOffset Resolve(LocalDateTime local) => _zone.ResolveLocal(local, _resolver).ToInstant().ToDateTimeOffset();

    private (IReadOnlyList<Holiday> List, HashSet<DateOnly> Dates) HolidaysOf(int year) =>
        _holidays.GetOrAdd(year, y =>
        {
            var list = NorwegianHolidays.For(y, _options.ChristmasEveClosed, _options.NewYearsEveClosed);
            return (list, [.. list.Select(h => h.Date)]);
        });
}
