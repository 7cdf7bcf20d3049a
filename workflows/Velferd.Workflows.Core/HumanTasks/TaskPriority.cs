using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>How urgent a task is; inboxes sort the most urgent first.</summary>
public enum TaskPriority
{
    /// <summary>Lav.</summary>
    [Display(Name = "Lav")]
    Low,

    /// <summary>Normal.</summary>
    [Display(Name = "Normal")]
    Normal,

    /// <summary>Høy.</summary>
    [Display(Name = "Høy")]
    High,

    /// <summary>Haster.</summary>
    [Display(Name = "Haster")]
    Urgent,
}
