using Serilog.Events;
using Serilog.Formatting;

namespace Velferd.Workflows.Host.Logging;

/// <summary>
/// Writes an event through another formatter and masks identity-number-like runs in the whole line, the exception's
/// message and stack included (a driver's or parser's exception text can quote the value it failed on).
/// </summary>
public sealed class MaskingTextFormatter(ITextFormatter inner) : ITextFormatter
{
    /// <inheritdoc />
    public void Format(LogEvent logEvent, TextWriter output)
    {
        using var line = new StringWriter(output.FormatProvider);
        inner.Format(logEvent, line);
        output.Write(IdentityNumberMaskingEnricher.MaskText(line.ToString()));
    }
}
