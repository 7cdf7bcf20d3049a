using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Core.Deadlines;

/// <summary>
/// The deadline table. New deadlines arrive with bursts (<see cref="DeadlineEffect"/>); this port fires them and
/// serves the supervisor views. Firing is claim-based: a step fires only for the claim that holds the row, so two
/// nodes never fire it twice, and a claim left by a dead node expires after its lease.
/// </summary>
public interface IDeadlineStore
{
    /// <summary>Claims up to <paramref name="max"/> deadlines whose next step is due (or whose claim expired).</summary>
    Task<IReadOnlyList<ClaimedDeadline>> ClaimDueAsync(string owner, int max, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Records that claimed steps fired, and stores the stimulus each one causes, in one transaction: a step whose
    /// claim was lost meanwhile changes nothing and stores no stimulus; a stimulus whose idempotency key exists is not
    /// stored twice. Returns how many steps were completed.
    /// </summary>
    Task<int> CompleteStepsAsync(IReadOnlyList<FiredStep> fired, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The earliest instant any open step fires, or null.</summary>
    Task<DateTimeOffset?> NextFireAtAsync(CancellationToken cancellationToken);

    /// <summary>Reads one deadline.</summary>
    Task<Deadline?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Deadlines matching a query, earliest due first, and how many match in all.</summary>
    Task<DeadlinePage> ListAsync(DeadlineQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="updated"/>'s schedule (anchor, due, reminder, escalation, next step), status and extension
    /// fields if the row still has <paramref name="expected"/>'s <see cref="Deadline.UpdatedAt"/> and status and no
    /// claim; false when someone else changed it first (a pump that claimed or fired it, a burst that ended it).
    /// </summary>
    Task<bool> UpdateAsync(Deadline expected, Deadline updated, CancellationToken cancellationToken);

    /// <summary>
    /// One page of the age milestones the housekeeping scan checks: still pending, unclaimed, with a person's identity
    /// number, due before <see cref="AgeMilestoneQuery.DueBefore"/>; ordered by id, after <see cref="AgeMilestoneQuery.AfterId"/>,
    /// so paging is stable while the scan moves due dates.
    /// </summary>
    Task<IReadOnlyList<Deadline>> ListPendingAgeMilestonesAsync(AgeMilestoneQuery query, CancellationToken cancellationToken);
}

/// <summary>A deadline step this node holds the claim on.</summary>
/// <param name="Deadline">The deadline as claimed.</param>
/// <param name="Step">The step to fire.</param>
/// <param name="ClaimToken">Proves the claim when the step is completed.</param>
public sealed record ClaimedDeadline(Deadline Deadline, DeadlineStep Step, string ClaimToken);

/// <summary>A claimed step that fired, with the stimulus it causes (null when it wakes nothing).</summary>
/// <param name="Claimed">The claim.</param>
/// <param name="Stimulus">The resume or signal to store with the step's completion.</param>
public sealed record FiredStep(ClaimedDeadline Claimed, Stimulus? Stimulus);

/// <summary>Filters for listing deadlines (supervisor views, a case's deadlines).</summary>
public sealed record DeadlineQuery
{
    /// <summary>Only this deadline (to read one through <see cref="VisibleToTeams"/>).</summary>
    public string? Id { get; init; }

    /// <summary>Only this case's.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>Only this instance's.</summary>
    public string? WorkflowInstanceId { get; init; }

    /// <summary>Only this team's.</summary>
    public IReadOnlyCollection<string>? Teams { get; init; }

    /// <summary>
    /// Only those a member of these teams may see: owned by one of them, or belonging to an instance one of them owns
    /// (<see cref="Access.CaseDataAccess"/>'s rule, filtered by the store so no instance is loaded). Null: no limit.
    /// </summary>
    public IReadOnlyCollection<string>? VisibleToTeams { get; init; }

    /// <summary>
    /// Only those the access decision lets the user see: the deadline's team or its instance's is one the user reaches,
    /// or its case is related to him, and its case is not hidden from him (<see cref="Access.CaseVisibility"/>). Null: no limit.
    /// </summary>
    public Access.CaseVisibility? Visibility { get; init; }

    /// <summary>Only these statuses.</summary>
    public IReadOnlyCollection<DeadlineStatus>? Statuses { get; init; }

    /// <summary>Only these kinds.</summary>
    public IReadOnlyCollection<DeadlineKind>? Kinds { get; init; }

    /// <summary>Only those due before this instant.</summary>
    public DateTimeOffset? DueBefore { get; init; }

    /// <summary>True: only those with an extension request waiting for a leader, whenever they are due.</summary>
    public bool ExtensionRequested { get; init; }

    /// <summary>Page size.</summary>
    public int Take { get; init; } = 100;
}

/// <summary>Which age milestones the housekeeping scan reads next.</summary>
/// <param name="DueBefore">Only those due before this instant (the scan's look-ahead window).</param>
/// <param name="AfterId">Only ids after this one (the last id of the previous page), or null for the first page.</param>
/// <param name="Take">Page size.</param>
public sealed record AgeMilestoneQuery(DateTimeOffset DueBefore, string? AfterId, int Take);

/// <summary>A page of deadlines.</summary>
/// <param name="Items">Earliest due first.</param>
/// <param name="TotalCount">How many match in all.</param>
public sealed record DeadlinePage(IReadOnlyList<Deadline> Items, int TotalCount);
