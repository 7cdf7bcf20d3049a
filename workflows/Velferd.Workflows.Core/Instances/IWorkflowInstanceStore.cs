using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.Instances;

/// <summary>Instances, their bookmarks and execution logs.</summary>
public interface IWorkflowInstanceStore
{
    /// <summary>Loads an instance with its state, or null.</summary>
    Task<WorkflowInstance?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Loads several instances with their state; ids that do not exist are missing from the answer.</summary>
    Task<IReadOnlyDictionary<string, WorkflowInstance>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>Commits a burst atomically.</summary>
    /// <exception cref="ConcurrencyConflictException">The instance revision or the stimulus claim no longer matches.</exception>
    Task CommitAsync(BurstCommit commit, CancellationToken cancellationToken) => CommitAsync([commit], cancellationToken);

    /// <summary>
    /// Commits several bursts of different instances in one transaction (group commit): all of them or none. The
    /// dispatcher applies a batch of stimuli this way, so a transaction and its round trips are paid once per group.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">
    /// An instance revision or a stimulus claim no longer matches; nothing of the group is stored.
    /// </exception>
    Task CommitAsync(IReadOnlyList<BurstCommit> commits, CancellationToken cancellationToken);

    /// <summary>Bookmarks with a name and key, optionally only those of instances with a correlation id.</summary>
    Task<IReadOnlyList<BookmarkMatch>> FindBookmarksAsync(
        string name, string? key, string? correlationId, CancellationToken cancellationToken) =>
        FindBookmarksAsync(name, key, correlationId, null, cancellationToken);

    /// <summary>
    /// Bookmarks with a name and key, optionally only those of instances with a correlation id and only those of
    /// instances <paramref name="visible"/> allows (null: any instance).
    /// </summary>
    Task<IReadOnlyList<BookmarkMatch>> FindBookmarksAsync(
        string name, string? key, string? correlationId, Access.CaseVisibility? visible, CancellationToken cancellationToken);

    /// <summary>One page of instance summaries, newest first, after the keyset cursor in the query.</summary>
    Task<InstancePage> ListAsync(InstanceQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// How many instances of <paramref name="definitionId"/> there are per version, status and sub-status, counted by
    /// the store (one grouped count, however many instances), without the groups that have none.
    /// </summary>
    Task<IReadOnlyList<InstanceCount>> CountByVersionAsync(string definitionId, CancellationToken cancellationToken);

    /// <summary>An instance's execution log in order.</summary>
    Task<IReadOnlyList<ActivityExecutionRecord>> GetExecutionLogAsync(string instanceId, CancellationToken cancellationToken);
}

/// <summary>A bookmark found for a signal.</summary>
/// <param name="WorkflowInstanceId">Its instance.</param>
/// <param name="BookmarkId">The bookmark.</param>
public sealed record BookmarkMatch(string WorkflowInstanceId, string BookmarkId);

/// <summary>Filters and a keyset cursor for listing instances.</summary>
public sealed record InstanceQuery
{
    /// <summary>Only instances of this definition.</summary>
    public string? DefinitionId { get; init; }

    /// <summary>Only instances pinned to this definition version.</summary>
    public string? DefinitionVersionId { get; init; }

    /// <summary>Only instances with this correlation id.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>Only instances owned by one of these teams (an empty list finds nothing); null: every instance.</summary>
    public IReadOnlyCollection<string>? Teams { get; init; }

    /// <summary>Only instances the access decision lets the user see (<see cref="Access.CaseVisibility"/>); null: no limit.</summary>
    public Access.CaseVisibility? Visibility { get; init; }

    /// <summary>Only instances with this status.</summary>
    public WorkflowStatus? Status { get; init; }

    /// <summary>Only instances with this sub-status.</summary>
    public WorkflowSubStatus? SubStatus { get; init; }

    /// <summary>Return instances created before the instance with this id (ids are time-ordered).</summary>
    public string? After { get; init; }

    /// <summary>Page size.</summary>
    public int PageSize { get; init; } = 50;
}

/// <summary>A page of instances.</summary>
/// <param name="Items">The instances, newest first (their state is not loaded).</param>
/// <param name="NextCursor">Pass as <see cref="InstanceQuery.After"/> for the next page; null on the last page.</param>
/// <param name="TotalCount">How many instances match the filters.</param>
public sealed record InstancePage(IReadOnlyList<WorkflowInstance> Items, string? NextCursor, long TotalCount);
