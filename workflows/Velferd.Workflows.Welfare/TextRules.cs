using Velferd.Workflows.Core;

namespace Velferd.Workflows.Welfare;

/// <summary>Free-text fields of a request: length limits, and trimmed or null when blank.</summary>
public static class TextRules
{
    /// <summary>Adds an error on <paramref name="field"/> when <paramref name="text"/> is longer than <paramref name="max"/>.</summary>
    public static void Limit(string? text, string field, int max, FieldErrors errors)
    {
        if (text is { Length: var length } && length > max)
        {
            errors.Add(field, $"Teksten kan være høyst {max} tegn.");
        }
    }

    /// <summary>Adds an error when <paramref name="text"/> is blank or too long.</summary>
    public static void Required(string? text, string field, string what, int max, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, $"{what} mangler.");
        }
        else
        {
            Limit(text, field, max, errors);
        }
    }

    /// <summary>The text trimmed, or null when blank.</summary>
    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
