using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Core.Runtime;

/// <summary>Limits on a burst.</summary>
public sealed class RuntimeOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Workflows:Runtime";

    /// <summary>
    /// Most activity executions in one burst. Flowcharts may loop; a loop that never waits would otherwise hold
    /// the instance (and its transaction) forever, so past this the instance faults.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxActivityExecutionsPerBurst { get; set; } = 10_000;
}
