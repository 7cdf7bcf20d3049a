namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>What a history row records.</summary>
public enum HumanTaskAction
{
    /// <summary>The user task activity created the task.</summary>
    Created,

    /// <summary>A user claimed an open task.</summary>
    Claimed,

    /// <summary>The holder (or a supervisor) gave the task back to the team.</summary>
    Released,

    /// <summary>A supervisor gave the task to another user.</summary>
    Reassigned,

    /// <summary>The holder completed the task with an outcome.</summary>
    Completed,

    /// <summary>The instance was cancelled or the branch that created the task ended.</summary>
    Cancelled,

    /// <summary>A supervisor approved an extension of the task's deadline (DOMAIN.md R-16); the due date moved.</summary>
    DueExtended,
}
