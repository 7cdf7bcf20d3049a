using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Scheduling.Time;

/// <summary>Norway's public holidays (helligdager) for any Gregorian year, DOMAIN.md R-05.</summary>
public static class NorwegianHolidays
{
    /// <summary>Easter Sunday in the Gregorian calendar (the Meeus/Jones/Butcher computus).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var golden = year % 19;
        var century = year / 100;
        var yearOfCentury = year % 100;
        var leapCenturies = century / 4;
        var centuryRest = century % 4;
        var lunarCorrection = (century + 8) / 25;
        var solarCorrection = (century - lunarCorrection + 1) / 3;
        var epact = ((19 * golden) + century - leapCenturies - solarCorrection + 15) % 30;
        var quarters = yearOfCentury / 4;
        var quarterRest = yearOfCentury % 4;
        var weekday = (32 + (2 * centuryRest) + (2 * quarters) - epact - quarterRest) % 7;
        var correction = (golden + (11 * epact) + (22 * weekday)) / 451;
        var monthAndDay = epact + weekday - (7 * correction) + 114;
        return new DateOnly(year, monthAndDay / 31, (monthAndDay % 31) + 1);
    }

    /// <summary>The public holidays of a year, in date order, plus 24 and 31 December when configured as closed.</summary>
    public static IReadOnlyList<Holiday> For(int year, bool christmasEveClosed, bool newYearsEveClosed)
    {
        var easter = EasterSunday(year);
        var days = new List<Holiday>
        {
            new(new DateOnly(year, 1, 1), "Første nyttårsdag"),
            new(easter.AddDays(-3), "Skjærtorsdag"),
            new(easter.AddDays(-2), "Langfredag"),
            new(easter, "Første påskedag"),
            new(easter.AddDays(1), "Andre påskedag"),
            new(new DateOnly(year, 5, 1), "Arbeidernes dag"),
            new(new DateOnly(year, 5, 17), "Grunnlovsdag"),
            new(easter.AddDays(39), "Kristi himmelfartsdag"),
            new(easter.AddDays(49), "Første pinsedag"),
            new(easter.AddDays(50), "Andre pinsedag"),
            new(new DateOnly(year, 12, 25), "Første juledag"),
            new(new DateOnly(year, 12, 26), "Andre juledag"),
        };
        if (christmasEveClosed)
        {
            days.Add(new(new DateOnly(year, 12, 24), "Julaften"));
        }

        if (newYearsEveClosed)
        {
            days.Add(new(new DateOnly(year, 12, 31), "Nyttårsaften"));
        }

        // Ascension can fall on 1 or 17 May; one closed day is listed once.
        return [.. days.GroupBy(d => d.Date).Select(g => g.First()).OrderBy(d => d.Date)];
    }
}
