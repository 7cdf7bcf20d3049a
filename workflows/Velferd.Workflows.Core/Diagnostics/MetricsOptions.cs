namespace Velferd.Workflows.Core.Diagnostics;

/// <summary>How the host exposes its figures.</summary>
public sealed class MetricsOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Metrics";

    /// <summary>How often the workload gauges are counted.</summary>
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// A secret a scraper (Prometheus) sends as <c>Authorization: Bearer …</c> to read <c>/metrics</c>; without it only
    /// an admin's token may. At least 32 characters.
    /// </summary>
    public string? ScrapeKey { get; set; }
}
