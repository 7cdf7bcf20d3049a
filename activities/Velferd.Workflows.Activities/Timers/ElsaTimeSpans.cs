using Velferd.Workflows.Core.Activities;
using System.Globalization;
using System.Xml;
using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Activities.Timers;

/// <summary>Elsa's time spans, read as .NET writes them («1.02:03:04») or as ISO 8601 durations («P1DT2H»).</summary>
internal static class ElsaTimeSpans
{
    public static ActivityResult Wait(IBusinessCalendar calendar, ActivityContext context, string bookmarkName, string? text)
    {
        if (!TryParse(text, out var span) || span < TimeSpan.Zero)
        {
            return ActivityResult.Fault($"'{text}' er ikke et tidsrom (bruk f.eks. 00:10:00 eller PT10M) / is not a time span.");
        }

        return span == TimeSpan.Zero
            ? ActivityResult.Done()
            : TimerWait.Start(calendar, context, bookmarkName, null, context.Now + span, null);
    }

    /// <summary>Reads a time span as Elsa writes one; false when it is not one.</summary>
    public static bool TryParse(string? text, out TimeSpan span)
    {
        span = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.StartsWith('P'))
        {
            try
            {
                span = XmlConvert.ToTimeSpan(trimmed);
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        return TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out span);
    }
}
