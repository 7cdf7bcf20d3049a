using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Core.Deadlines;

/// <summary>
/// When an age milestone takes effect (DOMAIN.md ): age N on birth date + N years on the Oslo
/// calendar (29 February → 28 February), minus the lead time, at 00:00 Oslo time on that date. One function for the
/// <c>Velferd.AgeMilestone</c> activity that plans the milestone and the housekeeping scan that re-plans it when the
/// birth date changes, so both always agree.
/// </summary>
public static class AgeMilestonePlan
{
    /// <summary>The milestone's date: birth date + age − lead time, counted on local dates.</summary>
    public static DateOnly DateOf(IBusinessCalendar calendar, DateOnly birthDate, CalendarDuration age, CalendarDuration leadTime) =>
        calendar.LocalDate(calendar.Subtract(calendar.Add(calendar.StartOfDay(birthDate), age), leadTime));

    /// <summary>The instant the milestone takes effect: 00:00 Oslo time on <see cref="DateOf"/>.</summary>
    public static DateTimeOffset TakesEffectAt(IBusinessCalendar calendar, DateOnly birthDate, CalendarDuration age, CalendarDuration leadTime) =>
        calendar.StartOfDay(DateOf(calendar, birthDate, age, leadTime));

    /// <summary>The birth date a milestone row was planned from (its anchor is 00:00 Oslo time on that date).</summary>
    public static DateOnly PlannedBirthDate(IBusinessCalendar calendar, Deadline milestone) => calendar.LocalDate(milestone.AnchorAt);

    /// <summary>
    /// The milestone moved to the date <paramref name="birthDate"/> gives, its due step next (a date already passed
    /// fires at the next pump: late rather than never, R-07); null when the row does not hold a readable age.
    /// </summary>
    public static Deadline? Replan(IBusinessCalendar calendar, Deadline milestone, DateOnly birthDate, DateTimeOffset now)
    {
        if (!CalendarDuration.TryParse(milestone.MilestoneAge, out var age))
        {
            return null;
        }

        var lead = CalendarDuration.Zero;
        if (!string.IsNullOrWhiteSpace(milestone.MilestoneLeadTime) && !CalendarDuration.TryParse(milestone.MilestoneLeadTime, out lead))
        {
            return null;
        }

        var at = TakesEffectAt(calendar, birthDate, age, lead);
        return milestone with
        {
            AnchorAt = calendar.StartOfDay(birthDate),
            DueAt = at,
            DueLocal = DeadlineFactory.FormatLocal(calendar, at),
            NextStep = DeadlineStep.Due,
            NextFireAt = at,
            UpdatedAt = now,
        };
    }
}
