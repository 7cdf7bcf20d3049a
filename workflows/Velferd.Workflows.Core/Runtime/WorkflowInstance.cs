namespace Velferd.Workflows.Core.Runtime;

/// <summary>
/// A running (or finished) pathway instance: pinned to one definition version, moved only by bursts, saved with
/// an optimistic concurrency check on <see cref="Revision"/>.
/// </summary>
public sealed class WorkflowInstance
{
    /// <summary>Unique id (time-ordered, so it pages well).</summary>
    public required string Id { get; init; }

    /// <summary>The definition it runs.</summary>
    public required string DefinitionId { get; init; }

    /// <summary>The definition version it is pinned to.</summary>
    public required string DefinitionVersionId { get; init; }

    /// <summary>The version number it is pinned to.</summary>
    public required int DefinitionVersion { get; init; }

    /// <summary>The definition's name when the instance started.</summary>
    public string? Name { get; set; }

    /// <summary>Links the instance to a case; signals use it to find the instance.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>
    /// The team that owns the instance, fixed when it starts; caseworkers and supervisors see and act on an instance
    /// only through it (see <see cref="Access.CaseDataAccess"/>). Null for an instance no team owns (started by the
    /// system or an administrator without a team): only those who see every team see it.
    /// </summary>
    public string? Team { get; init; }

    /// <summary>
    /// The process owner who started this instance as a test run from the designer (see <see cref="TestRuns"/>); null
    /// for a real instance. Fixed when it starts.
    /// </summary>
    public string? TestRunBy { get; init; }

    /// <summary>Running or finished.</summary>
    public WorkflowStatus Status { get; set; } = WorkflowStatus.Running;

    /// <summary>The detail behind <see cref="Status"/>.</summary>
    public WorkflowSubStatus SubStatus { get; set; } = WorkflowSubStatus.Pending;

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When a burst last changed it.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When it finished.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>
    /// The concurrency token: the revision this copy was loaded at. A save succeeds only if the stored revision
    /// still matches, and then increments it.
    /// </summary>
    public long Revision { get; set; }

    /// <summary>Variables, bookmarks, join tokens and incidents.</summary>
    public WorkflowState State { get; set; } = new();
}
