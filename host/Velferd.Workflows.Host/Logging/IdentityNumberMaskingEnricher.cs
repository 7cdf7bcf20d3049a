using System.Globalization;
using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace Velferd.Workflows.Host.Logging;

/// <summary>
/// The safety net under "no personal numbers in logs" (ARCHITECTURE.md §8): a number that looks like a fødselsnummer or
/// D-number in any property (a request path, a route value, a number logged as a number, a value inside a structure) is
/// masked before an event reaches a sink. Code should never log one; this catches what framework logging adds on its own.
/// Exception texts are masked where the event is written (<see cref="MaskingTextFormatter"/>), because an enricher cannot
/// replace an event's exception.
/// </summary>
public sealed partial class IdentityNumberMaskingEnricher : ILogEventEnricher
{
    /// <summary>What a masked number looks like.</summary>
    public const string Mask = "***********";

    /// <inheritdoc />
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (Masked(value) is { } masked)
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, masked));
            }
        }
    }

    /// <summary>
    /// The text with every identity-number-like run masked: eleven digits standing on their own (not inside a longer
    /// run of letters and digits, as in an instance id) whose first four read as a day and month of R-57 (with the
    /// D-number, H-number and synthetic offsets). The check digits are not asked: Skatteetaten's coming numbers have none.
    /// </summary>
    public static string MaskText(string text) =>
        text.Length < 11 ? text : StandaloneElevenDigits().Replace(text, m => LooksLikeIdentityNumber(m.ValueSpan) ? Mask : m.Value);

    private static LogEventPropertyValue? Masked(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when MaskText(text) is var masked && masked != text => new ScalarValue(masked),
        ScalarValue { Value: long or ulong or decimal or double or int } number => MaskedNumber(number),
        SequenceValue sequence => sequence.Elements.Select(Masked).Any(m => m is not null)
            ? new SequenceValue(sequence.Elements.Select(e => Masked(e) ?? e))
            : null,
        StructureValue structure => structure.Properties.Any(p => Masked(p.Value) is not null)
            ? new StructureValue(structure.Properties.Select(p => new LogEventProperty(p.Name, Masked(p.Value) ?? p.Value)), structure.TypeTag)
            : null,
        DictionaryValue dictionary => dictionary.Elements.Any(e => Masked(e.Value) is not null)
            ? new DictionaryValue(dictionary.Elements.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(e.Key, Masked(e.Value) ?? e.Value)))
            : null,
        _ => null,
    };

    // A fødselsnummer that starts with a zero is 10 digits as a number: pad it back before looking.
    private static ScalarValue? MaskedNumber(ScalarValue number)
    {
        var text = Convert.ToString(number.Value, CultureInfo.InvariantCulture)!;
        var padded = text.Length == 10 && text.All(char.IsAsciiDigit) ? "0" + text : text;
        return padded.Length == 11 && padded.All(char.IsAsciiDigit) && LooksLikeIdentityNumber(padded) ? new ScalarValue(Mask) : null;
    }

    private static bool LooksLikeIdentityNumber(ReadOnlySpan<char> digits)
    {
        var day = ((digits[0] - '0') * 10) + (digits[1] - '0');
        var month = ((digits[2] - '0') * 10) + (digits[3] - '0');
        var plainDay = day > 40 ? day - 40 : day;
        var plainMonth = month > 80 ? month - 80 : month > 40 ? month - 40 : month;
        return plainDay is >= 1 and <= 31 && plainMonth is >= 1 and <= 12;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])\d{11}(?![\p{L}\p{N}_])")]
    private static partial Regex StandaloneElevenDigits();
}
