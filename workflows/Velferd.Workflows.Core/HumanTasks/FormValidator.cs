using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Velferd.Workflows.Core.Identity;

namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>
/// Checks submitted form data against a task's fields and reports every problem at once, keyed
/// <c>form.{key}</c>, in Norwegian for the caseworker. Error texts name the field, never the value entered.
/// </summary>
public static class FormValidator
{
    /// <summary>How long one pattern match may run (a process owner's regular expression must not hang a request).</summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>
    /// Validates <paramref name="form"/>; returns the errors and the data to store (declared fields only). Person fields
    /// are checked by <paramref name="identityNumbers"/>, the same rule the service activities apply (R-57).
    /// </summary>
    public static (FieldErrors Errors, JsonObject Data) Validate(IReadOnlyList<FormField> fields, JsonObject? form, IIdentityNumberValidator identityNumbers)
    {
        var errors = new FieldErrors();
        var data = new JsonObject();
        form ??= [];
        foreach (var key in form.Select(p => p.Key).Where(k => fields.All(f => f.Key != k)))
        {
            errors.Add($"form.{key}", $"Skjemaet har ikke feltet «{key}».");
        }

        foreach (var field in fields)
        {
            var value = form[field.Key];
            if (IsEmpty(value))
            {
                if (field.Required)
                {
                    errors.Add($"form.{field.Key}", $"«{field.Label}» må fylles ut.");
                }

                continue;
            }

            var error = Check(field, value!, identityNumbers);
            if (error is null)
            {
                data[field.Key] = value!.DeepClone();
            }
            else
            {
                errors.Add($"form.{field.Key}", error);
            }
        }

        return (errors, data);
    }

    private static bool IsEmpty(JsonNode? value) =>
        value is null || (value is JsonValue v && v.TryGetValue<string>(out var text) && string.IsNullOrWhiteSpace(text));

    private static string? Check(FormField field, JsonNode value, IIdentityNumberValidator identityNumbers) => field.Type switch
    {
        FormFieldType.Text or FormFieldType.Multiline => CheckText(field, value),
        FormFieldType.Number => CheckNumber(field, value),
        FormFieldType.Date => CheckDate(field, value),
        FormFieldType.Choice => value is JsonValue v && v.TryGetValue<string>(out var choice) && field.Options!.Contains(choice)
            ? null
            : $"«{field.Label}» må være ett av valgene: {string.Join(", ", field.Options!)}.",
        FormFieldType.YesNo => value is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? null
            : $"«{field.Label}» må besvares med ja eller nei.",
        _ => value is JsonValue p && p.TryGetValue<string>(out var number) && identityNumbers.IsValid(number.Trim())
            ? null
            : $"«{field.Label}» må være et gyldig fødselsnummer eller D-nummer (11 siffer).",
    };

    private static string? CheckText(FormField field, JsonNode value)
    {
        if (value is not JsonValue v || !v.TryGetValue<string>(out var text))
        {
            return $"«{field.Label}» må være tekst.";
        }

        if (Number(field.Min) is { } min && text.Length < min)
        {
            return $"«{field.Label}» må ha minst {min.ToString(Norwegian)} tegn.";
        }

        if (Number(field.Max) is { } max && text.Length > max)
        {
            return $"«{field.Label}» kan ha høyst {max.ToString(Norwegian)} tegn.";
        }

        if (field.Pattern is { } pattern)
        {
            try
            {
                if (!Regex.IsMatch(text, $"^(?:{pattern})$", RegexOptions.None, PatternTimeout))
                {
                    return $"«{field.Label}» har ikke riktig format.";
                }
            }
            catch (RegexMatchTimeoutException)
            {
                return $"«{field.Label}» har ikke riktig format.";
            }
        }

        return null;
    }

    private static string? CheckNumber(FormField field, JsonNode value)
    {
        if (value is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
        {
            return $"«{field.Label}» må være et tall.";
        }

        if (ToDecimal(v) is not { } number)
        {
            return $"«{field.Label}» må være et tall.";
        }

        if (Number(field.Min) is { } min && number < min)
        {
            return $"«{field.Label}» må være minst {min.ToString(Norwegian)}.";
        }

        if (Number(field.Max) is { } max && number > max)
        {
            return $"«{field.Label}» kan være høyst {max.ToString(Norwegian)}.";
        }

        return null;
    }

    private static string? CheckDate(FormField field, JsonNode value)
    {
        if (value is not JsonValue v || !v.TryGetValue<string>(out var text) || ParseDate(text) is not { } date)
        {
            return $"«{field.Label}» må være en dato på formen ÅÅÅÅ-MM-DD.";
        }

        if (ParseDate(field.Min) is { } min && date < min)
        {
            return $"«{field.Label}» kan ikke være før {min.ToString("dd.MM.yyyy", Norwegian)}.";
        }

        if (ParseDate(field.Max) is { } max && date > max)
        {
            return $"«{field.Label}» kan ikke være etter {max.ToString("dd.MM.yyyy", Norwegian)}.";
        }

        return null;
    }

    private static decimal? Number(JsonNode? bound) => bound is JsonValue v
        ? v.GetValueKind() == JsonValueKind.Number
            ? ToDecimal(v)
            : v.TryGetValue<string>(out var text) && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : null
        : null;

    private static decimal? ToDecimal(JsonValue number) =>
        decimal.TryParse(number.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static DateOnly? ParseDate(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var text) ? ParseDate(text) : null;

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
