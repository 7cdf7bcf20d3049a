using System.Text.RegularExpressions;

namespace Velferd.Workflows.Welfare;

/// <summary>
/// Free text that must not identify anyone (R-33: anonymous discussions and Ungdomsteam topics): the shapes a number
/// that points to a person takes. Names and addresses cannot be told from other words, so the forms ask for none.
/// </summary>
public static partial class IdentifierText
{
    /// <summary>True when <paramref name="text"/> holds something shaped like a fødselsnummer or D-number.</summary>
    public static bool HasIdentityNumber(string? text) => text is not null && IdentityNumberShape().IsMatch(text);

    /// <summary>True when <paramref name="text"/> holds an e-mail address or a Norwegian phone number (8 digits, optionally +47).</summary>
    public static bool HasContactDetail(string? text) => text is not null && (EmailShape().IsMatch(text) || PhoneShape().IsMatch(text));

    // Eleven digits, optionally split after the date part by a space, dot or dash, not inside a longer number.
    [GeneratedRegex(@"(?<!\d)\d{6}[\s.-]?\d{5}(?!\d)")]
    private static partial Regex IdentityNumberShape();

    [GeneratedRegex(@"[^\s@]+@[^\s@]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailShape();

    // 8 digits, as written in Norway (12345678, 123 45 678, 12 34 56 78), not inside a longer number.
    [GeneratedRegex(@"(?<![\d+])(\+47\s?)?(\d{8}|\d{3}\s\d{2}\s\d{3}|\d{2}\s\d{2}\s\d{2}\s\d{2})(?!\d)")]
    private static partial Regex PhoneShape();
}
