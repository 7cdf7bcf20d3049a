namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>How urgent a task is; inboxes sort the most urgent first.</summary>
public enum TaskPriority
{
    /// <summary>Lav.</summary>
    Low,

    /// <summary>Normal.</summary>
    Normal,

    /// <summary>Høy.</summary>
    High,

    /// <summary>Haster.</summary>
    Urgent,
}
