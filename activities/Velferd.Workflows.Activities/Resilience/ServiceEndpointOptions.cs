using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Activities.Resilience;

/// <summary>
/// Where a remote service is and how patiently we call it; bound per service from <c>Services:{name}</c>
/// (for example <c>Services:Folkeregister:BaseUrl</c>) and validated on start.
/// </summary>
public sealed class ServiceEndpointOptions
{
    /// <summary>The configuration section that holds one sub-section per service.</summary>
    public const string SectionName = "Services";

    /// <summary>The service's base URL (Development: the in-process simulator).</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "";

    /// <summary>The Maskinporten scopes a call needs, space-separated (none: no token is sent).</summary>
    public string Scopes { get; set; } = "";

    /// <summary>One attempt's time limit.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The whole call's time limit, retries included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:30:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries within one call (the outbox retries the call itself later, with a longer back-off).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay (exponential, with jitter) when the service gives no <c>Retry-After</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The longest <c>Retry-After</c> waited for inside a call; a longer one ends the call, and the outbox tries again
    /// after it, so no worker sits idle for minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxInlineRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How the service writes a number in <c>Retry-After</c>: seconds (HTTP) or milliseconds (Folkeregisteret).</summary>
    public RetryAfterUnit RetryAfterUnit { get; set; } = RetryAfterUnit.Seconds;

    /// <summary>Share of failed calls in the sampling window that opens the circuit.</summary>
    [Range(0.01, 1.0)]
    public double CircuitFailureRatio { get; set; } = 0.5;

    /// <summary>Calls in the sampling window before the circuit may open.</summary>
    [Range(2, 10_000)]
    public int CircuitMinimumThroughput { get; set; } = 10;

    /// <summary>The circuit breaker's sampling window.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit fails calls at once before it tries one again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
