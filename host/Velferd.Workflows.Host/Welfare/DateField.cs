using System.Globalization;
using Velferd.Workflows.Core;

namespace Velferd.Workflows.Host.Welfare;

/// <summary>Reads the <c>YYYY-MM-DD</c> dates of the API (DOMAIN-API.md), with a field error for one that is not.</summary>
public static class DateField
{
    /// <summary>The date, or null (with an error under <paramref name="field"/> when <paramref name="text"/> was given but unreadable).</summary>
    public static DateOnly? Read(string? text, string field, FieldErrors errors)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, "Ugyldig dato: skriv ÅÅÅÅ-MM-DD.");
        return null;
    }
}
