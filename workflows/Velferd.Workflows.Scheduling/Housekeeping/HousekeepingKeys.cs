using global::Quartz;

namespace Velferd.Workflows.Scheduling.Housekeeping;

/// <summary>The Quartz keys of a housekeeping task's job and trigger: its name, in the housekeeping group.</summary>
public static class HousekeepingKeys
{
    /// <summary>The Quartz group of the housekeeping jobs and triggers.</summary>
    public const string Group = "velferd-housekeeping";

    /// <summary>The job that runs the task.</summary>
    public static JobKey Job(string task) => new(task, Group);

    /// <summary>The task's schedule.</summary>
    public static TriggerKey Trigger(string task) => new(task, Group);
}
