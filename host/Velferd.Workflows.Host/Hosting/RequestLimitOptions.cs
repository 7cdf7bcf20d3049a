using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Host.Hosting;

/// <summary>How large a request body the host reads.</summary>
public sealed class RequestLimitOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "RequestLimits";

    /// <summary>
    /// Most bytes in one request body. The largest legitimate body is a pathway definition (about 15 KB for the seeded
    /// ones), so 1 MiB leaves ample room while a client cannot make the host buffer tens of megabytes.
    /// </summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 1024 * 1024;
}
