using System.Globalization;

namespace Velferd.Workflows.Activities.Resilience;

/// <summary>Reads <c>Retry-After</c> as a number in the service's unit, or as an HTTP date.</summary>
public static class RetryAfterHeader
{
    /// <summary>The wait the response asks for, or null when it asks for none.</summary>
    public static TimeSpan? Read(HttpResponseMessage? response, RetryAfterUnit unit, TimeProvider clock)
    {
        if (response is null || !response.Headers.TryGetValues("Retry-After", out var values))
        {
            return null;
        }

        var raw = values.FirstOrDefault()?.Trim();
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= 0)
        {
            return unit == RetryAfterUnit.Milliseconds ? TimeSpan.FromMilliseconds(number) : TimeSpan.FromSeconds(number);
        }

        if (DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            var wait = date - clock.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
