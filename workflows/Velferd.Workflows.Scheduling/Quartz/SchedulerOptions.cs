using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Scheduling.Quartz;

/// <summary>Where Quartz keeps its jobs and how often the deadline pump polls.</summary>
public sealed class SchedulerOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Workflows:Scheduler";

    /// <summary>False runs no Quartz scheduler on this node (deadlines are then fired by other nodes, or by tests).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The job store: <c>Memory</c> (single node), <c>PostgreSql</c> or <c>SqlServer</c> (persistent and clustered).</summary>
    [RegularExpression("^(Memory|PostgreSql|SqlServer)$")]
    public string JobStore { get; set; } = "Memory";

    /// <summary>The database for a persistent job store (the workflow database: Quartz's tables come from our migrations).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The safety-net poll of the pump; the precise trigger at the next due instant makes firing prompt.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a clustered node checks in; a node silent for longer loses its Quartz jobs to the others.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(7);
}
