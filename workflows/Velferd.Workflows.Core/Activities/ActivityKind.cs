namespace Velferd.Workflows.Core.Activities;

/// <summary>How the designer presents an activity (Elsa's <c>kind</c>).</summary>
public enum ActivityKind
{
    /// <summary>Runs and completes within the burst.</summary>
    Action,

    /// <summary>Can start a workflow or waits for something from outside.</summary>
    Trigger,

    /// <summary>Long-running work handed to a worker.</summary>
    Job,

    /// <summary>Work done by an external party (a person or a service).</summary>
    Task,
}
