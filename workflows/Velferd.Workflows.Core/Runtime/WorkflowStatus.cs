namespace Velferd.Workflows.Core.Runtime;

/// <summary>Whether an instance can still move (Elsa's <c>status</c>).</summary>
public enum WorkflowStatus
{
    /// <summary>Executing or waiting on bookmarks.</summary>
    Running,

    /// <summary>Completed, cancelled or faulted; nothing resumes it.</summary>
    Finished,
}

/// <summary>The detail behind <see cref="WorkflowStatus"/> (Elsa's <c>subStatus</c>).</summary>
public enum WorkflowSubStatus
{
    /// <summary>Created; the first burst has not run.</summary>
    Pending,

    /// <summary>A burst is running.</summary>
    Executing,

    /// <summary>Waiting on one or more bookmarks.</summary>
    Suspended,

    /// <summary>Every path completed.</summary>
    Finished,

    /// <summary>Cancelled by a user or the system.</summary>
    Cancelled,

    /// <summary>Stopped by a fault; see the incidents.</summary>
    Faulted,
}
