using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>
/// The task table and its history. Tasks are created and cancelled by bursts (through the persistence side's commit
/// participants); users change them through <see cref="SaveAsync"/>, checked against the version they read.
/// </summary>
public interface IHumanTaskStore
{
    /// <summary>Reads a task, or null.</summary>
    Task<HumanTask?> FindAsync(string taskId, CancellationToken cancellationToken);

    /// <summary>
    /// Reads a task unless its case is of one of <paramref name="hiddenCaseKinds"/> (need to know, R-64), or null: the
    /// case's kind is tested in the task's own query, as the lists do, so a single task needs no look-up of cases first.
    /// </summary>
    Task<HumanTask?> FindVisibleAsync(string taskId, IReadOnlyCollection<string> hiddenCaseKinds, CancellationToken cancellationToken);

    /// <summary>
    /// Saves a change atomically: the task (only if the stored version is still <paramref name="expectedVersion"/>), its
    /// history row, and the stimulus that resumes the instance (on completion). Returns false, storing nothing, when
    /// someone else changed the task first.
    /// </summary>
    Task<bool> SaveAsync(
        HumanTask task, long expectedVersion, HumanTaskHistoryEntry entry, Stimulus? resume, CancellationToken cancellationToken);

    /// <summary>A task's history, oldest first.</summary>
    Task<IReadOnlyList<HumanTaskHistoryEntry>> GetHistoryAsync(string taskId, CancellationToken cancellationToken);

    /// <summary>One page of tasks.</summary>
    Task<HumanTaskPage> ListAsync(HumanTaskQuery query, CancellationToken cancellationToken);

    /// <summary>How many tasks match the query's filters (ignoring its statuses and cursor), per status.</summary>
    Task<IReadOnlyDictionary<HumanTaskStatus, long>> CountByStatusAsync(HumanTaskQuery query, CancellationToken cancellationToken);
}
