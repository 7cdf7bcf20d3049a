namespace Velferd.Workflows.Core.Housekeeping;

/// <summary>
/// A periodic sweep over stored data that no stimulus triggers (the age-milestone scan; later consent expiry,
/// retention). The scheduler runs each task on its own schedule, one run at a time in the whole cluster, in a fresh
/// service scope; the task itself knows nothing of the scheduler.
/// </summary>
/// <remarks>
/// A run must be safe to repeat and to cut short: it changes rows only with conditional writes, and what it could not
/// do (a service that failed) it leaves for the next run. Logs carry ids and counts, never personal data.
/// </remarks>
public interface IHousekeepingTask
{
    /// <summary>The task's stable name: its scheduler job key and its configuration key («age-milestone-scan»).</summary>
    static abstract string Name { get; }

    /// <summary>Runs the sweep once.</summary>
    Task<HousekeepingResult> RunAsync(CancellationToken cancellationToken);
}
