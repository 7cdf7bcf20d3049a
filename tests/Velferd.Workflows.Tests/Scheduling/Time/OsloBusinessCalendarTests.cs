using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Time;
using Velferd.Workflows.Scheduling.Time;

namespace Velferd.Workflows.Tests.Scheduling.Time;

public sealed class OsloBusinessCalendarTests
{
    private static readonly OsloBusinessCalendar Calendar = OsloBusinessCalendar.Default;

    private static DateTimeOffset Oslo(int y, int mo, int d, int h, int mi, int offsetHours) => new(y, mo, d, h, mi, 0, TimeSpan.FromHours(offsetHours));

    [Fact]
    public void AddDays_SevenDaysAcrossSpringForward_StaysAtTenLocal()
    {
        var anchor = Oslo(2024, 3, 28, 10, 0, 1); // CET; DST starts 31 March 02:00

        var due = Calendar.AddDays(anchor, 7);

        Assert.Equal(Oslo(2024, 4, 4, 10, 0, 2), due);
        Assert.Equal(TimeSpan.FromHours(167), due - anchor);
    }

    [Fact]
    public void Add_EveryKindOfDuration_AnswersTheInstantInUtc()
    {
        // PostgreSQL's timestamptz stores only offset 0: a +01:00 answer was refused where a deadline or task kept it.
        var anchor = Oslo(2024, 11, 4, 10, 0, 1);

        DateTimeOffset[] answers =
        [
            Calendar.AddDays(anchor, 7), Calendar.AddMonths(anchor, 3), Calendar.AddYears(anchor, 1), Calendar.AddWorkingDays(anchor, 10),
            Calendar.Add(anchor, CalendarDuration.Parse("3 uker")), Calendar.StartOfDay(new DateOnly(2024, 11, 4)),
        ];

        Assert.All(answers, due => Assert.Equal(TimeSpan.Zero, due.Offset));
        Assert.Equal(Oslo(2025, 2, 4, 10, 0, 1), answers[1]);
    }

    [Fact]
    public void AddDays_SevenDaysAcrossFallBack_StaysAtTenLocal()
    {
        var anchor = Oslo(2024, 10, 24, 10, 0, 2); // CEST; DST ends 27 October 03:00

        var due = Calendar.Add(anchor, CalendarDuration.Parse("7 dager"));

        Assert.Equal(Oslo(2024, 10, 31, 10, 0, 1), due);
        Assert.Equal(TimeSpan.FromHours(169), due - anchor);
    }

    [Fact]
    public void AddDays_LandingInTheSpringGap_MovesForwardByTheGap()
    {
        var anchor = Oslo(2024, 3, 30, 2, 30, 1);

        var due = Calendar.AddDays(anchor, 1); // 31 March 02:30 does not exist

        Assert.Equal(Oslo(2024, 3, 31, 3, 30, 2), due);
    }

    [Fact]
    public void AddDays_LandingInTheAmbiguousAutumnHour_TakesTheEarlierInstant()
    {
        var anchor = Oslo(2024, 10, 26, 2, 30, 2);

        var due = Calendar.AddDays(anchor, 1); // 27 October 02:30 happens twice

        Assert.Equal(Oslo(2024, 10, 27, 2, 30, 2), due);
    }

    [Theory]
    [InlineData("2024-01-31", 1, "2024-02-29")]
    [InlineData("2023-01-31", 1, "2023-02-28")]
    [InlineData("2024-08-31", 3, "2024-11-30")]
    [InlineData("2024-05-31", 6, "2024-11-30")]
    [InlineData("2024-11-30", 3, "2025-02-28")]
    public void AddMonths_ShorterTargetMonth_ClampsToTheLastDay(string from, int months, string expected)
    {
        var anchor = Calendar.StartOfDay(DateOnly.Parse(from)).AddHours(9);

        var due = Calendar.AddMonths(anchor, months);

        Assert.Equal(DateOnly.Parse(expected), Calendar.LocalDate(due));
        Assert.Equal(9, Calendar.ToLocal(due).Hour);
    }

    [Fact]
    public void AddMonths_SixMonths_IsAddedToTheOriginalAnchorNotInSteps()
    {
        var anchor = Calendar.StartOfDay(new DateOnly(2024, 8, 31));

        var once = Calendar.Add(anchor, CalendarDuration.Parse("6 måneder"));
        var stepwise = Calendar.AddMonths(Calendar.AddMonths(anchor, 3), 3);

        Assert.Equal(new DateOnly(2025, 2, 28), Calendar.LocalDate(once));
        Assert.Equal(new DateOnly(2025, 2, 28), Calendar.LocalDate(stepwise));
    }

    [Theory]
    [InlineData("2024-02-29", 1, "2025-02-28")]
    [InlineData("2024-02-29", 4, "2028-02-29")]
    [InlineData("2008-05-10", 17, "2025-05-10")]
    public void AddYears_LeapDay_BecomesTheTwentyEighthInCommonYears(string from, int years, string expected)
    {
        var due = Calendar.AddYears(Calendar.StartOfDay(DateOnly.Parse(from)), years);

        Assert.Equal(DateOnly.Parse(expected), Calendar.LocalDate(due));
    }

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void EasterSunday_KnownYears_MatchesTheChurchCalendar(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), NorwegianHolidays.EasterSunday(year));
    }

    [Fact]
    public void HolidaysIn_2025_ListsTheEasterBasedAndFixedDays()
    {
        var holidays = Calendar.HolidaysIn(2025).ToDictionary(h => h.Name, h => h.Date);

        Assert.Equal(new DateOnly(2025, 4, 17), holidays["Skjærtorsdag"]);
        Assert.Equal(new DateOnly(2025, 4, 18), holidays["Langfredag"]);
        Assert.Equal(new DateOnly(2025, 4, 21), holidays["Andre påskedag"]);
        Assert.Equal(new DateOnly(2025, 5, 29), holidays["Kristi himmelfartsdag"]);
        Assert.Equal(new DateOnly(2025, 6, 9), holidays["Andre pinsedag"]);
        Assert.Equal(new DateOnly(2025, 5, 17), holidays["Grunnlovsdag"]);
        Assert.Equal(14, holidays.Count);
    }

    [Fact]
    public void AddWorkingDays_AcrossEasterWeek_SkipsTheHolidaysAndTheWeekend()
    {
        var anchor = Oslo(2024, 3, 26, 14, 0, 1); // Tuesday before Easter 2024

        var due = Calendar.AddWorkingDays(anchor, 3);

        // Wed 27 is a working day; Thu 28 to Mon 1 April are holidays or weekend; Tue 2 and Wed 3 follow.
        Assert.Equal(Oslo(2024, 4, 3, 14, 0, 2), due);
        Assert.Equal(3, Calendar.CountWorkingDays(new DateOnly(2024, 3, 26), new DateOnly(2024, 4, 3)));
    }

    [Fact]
    public void AddWorkingDays_FromAFridayOverChristmas_SkipsClosedDaysByConfiguration()
    {
        var closed = OsloBusinessCalendar.Default;
        var open = new OsloBusinessCalendar(Options.Create(new BusinessCalendarOptions { ChristmasEveClosed = false, NewYearsEveClosed = false }));
        var anchor = Oslo(2025, 12, 19, 12, 0, 1); // Friday

        Assert.Equal(new DateOnly(2025, 12, 29), closed.LocalDate(closed.AddWorkingDays(anchor, 3))); // Mon 22, Tue 23, (24–26 closed, weekend), Mon 29
        Assert.Equal(new DateOnly(2025, 12, 24), open.LocalDate(open.AddWorkingDays(anchor, 3)));
        Assert.Equal(new DateOnly(2026, 1, 2), closed.LocalDate(closed.Add(anchor, CalendarDuration.Parse("5 virkedager"))));
    }

    [Fact]
    public void Add_TwentyFourHoursOverSpringForward_IsElapsedTime()
    {
        var anchor = Oslo(2024, 3, 30, 12, 0, 1);

        var due = Calendar.Add(anchor, CalendarDuration.Parse("PT24H"));

        Assert.Equal(Oslo(2024, 3, 31, 13, 0, 2), due);
    }

    [Fact]
    public void Subtract_TwoDaysBeforeADeadline_IsTheSameWallClockTime()
    {
        var due = Oslo(2024, 3, 8, 16, 0, 1);

        Assert.Equal(Oslo(2024, 3, 6, 16, 0, 1), Calendar.Subtract(due, CalendarDuration.Parse("2 dager")));
    }
}
