namespace Velferd.Workflows.Welfare.Persons;

/// <summary>
/// Age in whole years from the Folkeregisteret birth date (DOMAIN.md R-40), never from the digits of a number:
/// a person is N years old from birth date + N years, clamped to the month's last day (R-03: born 29 February, one
/// turns a year older on 28 February in a common year).
/// </summary>
public static class Age
{
    /// <summary>The age on <paramref name="day"/> of a person born on <paramref name="birthDate"/>; 0 before the birth date.</summary>
    public static int On(DateOnly birthDate, DateOnly day)
    {
        if (day <= birthDate)
        {
            return 0;
        }

        var years = day.Year - birthDate.Year;

        // DateOnly.AddYears clamps 29 February to 28 February, which is R-03's month-end rule.
        return birthDate.AddYears(years) > day ? years - 1 : years;
    }

    /// <summary>The date a person born on <paramref name="birthDate"/> turns <paramref name="years"/>.</summary>
    public static DateOnly Reaches(DateOnly birthDate, int years) => birthDate.AddYears(years);
}
