namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>One change of a task: who did what, and when. Append-only.</summary>
/// <param name="Id">Unique, time-ordered id.</param>
/// <param name="TaskId">The task.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">The user id, or <see cref="HumanTaskHistoryEntry.System"/> for the engine.</param>
/// <param name="Action">What happened.</param>
/// <param name="Detail">Ids and outcome names only (never form contents, which may hold personal data).</param>
/// <param name="Version">The task's version after the change: orders the history, one row per version.</param>
public sealed record HumanTaskHistoryEntry(string Id, string TaskId, DateTimeOffset At, string Actor, HumanTaskAction Action, string? Detail, long Version)
{
    /// <summary>The actor name of changes the engine makes (creation, cancellation).</summary>
    public const string System = "system";
}
