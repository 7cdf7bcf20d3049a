using System.Globalization;
using Velferd.Workflows.Core;

namespace Velferd.Workflows.Host.TeamWork;

/// <summary>Reads the ISO 8601 instants of the API (events, with an offset), with a field error for one that is not.</summary>
public static class InstantField
{
    /// <summary>The instant, or null (with an error under <paramref name="field"/> when <paramref name="text"/> was given but unreadable).</summary>
    public static DateTimeOffset? Read(string? text, string field, FieldErrors errors)
    {
        if (text is null)
        {
            return null;
        }

        // An instant without an offset would be read in the server's zone; the API requires one (Z or ±hh:mm).
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        errors.Add(field, "Ugyldig tidspunkt: skriv ISO 8601 med tidssone, f.eks. 2024-03-08T10:00:00+01:00.");
        return null;
    }
}
