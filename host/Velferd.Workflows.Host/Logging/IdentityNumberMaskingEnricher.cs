using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace Velferd.Workflows.Host.Logging;

/// <summary>
/// The safety net under "no personal numbers in logs" (ARCHITECTURE.md §8): any 11-digit run in a string property
/// (a request path, a route value) is masked before an event is written. Code should never log one; this catches
/// what framework logging adds on its own.
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
            if (value is ScalarValue { Value: string text } && ElevenDigits().IsMatch(text))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(MaskText(text))));
            }
        }
    }

    /// <summary>The text with every 11-digit run masked.</summary>
    public static string MaskText(string text) => ElevenDigits().Replace(text, Mask);

    [GeneratedRegex(@"(?<!\d)\d{11}(?!\d)")]
    private static partial Regex ElevenDigits();
}
