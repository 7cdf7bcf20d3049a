namespace Velferd.Workflows.Scheduling.Quartz;

/// <summary>Whether this node runs Quartz, and how often the deadline pump polls.</summary>
public sealed class SchedulerOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Workflows:Scheduler";

    /// <summary>False runs no Quartz scheduler on this node (deadlines are then fired by other nodes, or by tests).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The safety-net poll of the pump; the precise trigger at the next due instant makes firing prompt.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Clustered store: how often a node records that it is alive.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>Clustered store: how long past a missed check-in before the others take over a node's triggers.</summary>
    public TimeSpan ClusterCheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(20);
}
