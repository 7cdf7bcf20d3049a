namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>Where a task is in its life: open → claimed → completed, or cancelled from open or claimed.</summary>
public enum HumanTaskStatus
{
    /// <summary>Waiting for someone in the candidate team to claim it.</summary>
    Open,

    /// <summary>Held by one user (claimed, assigned or reassigned), who may complete it.</summary>
    Claimed,

    /// <summary>Completed with an outcome and form data; it never changes again.</summary>
    Completed,

    /// <summary>The instance was cancelled or the branch that created it ended; it never changes again.</summary>
    Cancelled,
}
