using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Scheduling.Housekeeping;

/// <summary>When the housekeeping tasks run: daily at night by default, per task if configured.</summary>
public sealed class HousekeepingOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Workflows:Housekeeping";

    /// <summary>
    /// A Quartz cron expression (seconds first) for every task without its own entry in <see cref="Schedules"/>;
    /// the default is daily at 02:30.
    /// </summary>
    [Required]
    public string Schedule { get; set; } = "0 30 2 * * ?";

    /// <summary>Per task name («age-milestone-scan»): its own cron expression.</summary>
    public Dictionary<string, string> Schedules { get; set; } = [];

    /// <summary>The zone the cron expressions are read in (the municipality's: DOMAIN.md R-01).</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Oslo";

    /// <summary>The cron expression for one task.</summary>
    public string ScheduleOf(string task) => Schedules.TryGetValue(task, out var own) && !string.IsNullOrWhiteSpace(own) ? own : Schedule;
}
