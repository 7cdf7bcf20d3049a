namespace Velferd.Workflows.Core.Deadlines;

/// <summary>
/// A deadline or timer row (DOMAIN.md ): written in the burst that creates it, fired by claiming
/// the row, and cancelled in the burst that makes it moot. Instants are UTC; <see cref="DueLocal"/> is the Oslo
/// wall-clock value shown to people.
/// </summary>
public sealed record Deadline
{
    /// <summary>Unique id.</summary>
    public required string Id { get; init; }

    /// <summary>The short name the pathway gives it («vurderingsfrist»); reminder and escalation signals carry it.</summary>
    public required string Name { get; init; }

    /// <summary>Statutory, local or timer.</summary>
    public required DeadlineKind Kind { get; init; }

    /// <summary>The rule it comes from («barnevernsloven § 2-1», «R-12», a local policy's name).</summary>
    public string? SourceRule { get; init; }

    /// <summary>The instance waiting on it.</summary>
    public required string WorkflowInstanceId { get; init; }

    /// <summary>The activity that created it.</summary>
    public required string ActivityId { get; init; }

    /// <summary>The case (the instance's correlation id).</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The team that owns it, for supervisor views.</summary>
    public string? Team { get; init; }

    /// <summary>The process owner whose test run set the deadline (see <see cref="Runtime.TestRuns"/>); such a deadline stays out of every deadline list.</summary>
    public string? TestRunBy { get; init; }

    /// <summary>The kind of bookmark the due step resumes.</summary>
    public required string BookmarkName { get; init; }

    /// <summary>The key of the bookmark the due step resumes.</summary>
    public string? BookmarkKey { get; init; }

    /// <summary>The bookmark itself, resolved when the burst commits.</summary>
    public string? BookmarkId { get; init; }

    /// <summary>What the due instant was computed from (the event or date it is anchored on).</summary>
    public required DateTimeOffset AnchorAt { get; init; }

    /// <summary>The due instant (UTC).</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>The due instant as Oslo wall-clock time (or the last date it may be met on, for date deadlines).</summary>
    public required string DueLocal { get; init; }

    /// <summary>The duration it was given, as the designer wrote it («7 dager»).</summary>
    public string? Duration { get; init; }

    /// <summary>The latest an extension may move it to (R-16: start + 6 months); null when no cap applies.</summary>
    public DateTimeOffset? MaxDueAt { get; init; }

    /// <summary>How long before the due instant the reminder fires («2 dager»).</summary>
    public string? ReminderBefore { get; init; }

    /// <summary>When the reminder fires.</summary>
    public DateTimeOffset? ReminderAt { get; init; }

    /// <summary>Who is reminded («assignee», «teamleader», «role:Supervisor»), comma-separated.</summary>
    public string? ReminderTargets { get; init; }

    /// <summary>How long after the due instant it escalates («0 dager» = at the due instant).</summary>
    public string? EscalationAfter { get; init; }

    /// <summary>When the escalation fires.</summary>
    public DateTimeOffset? EscalationAt { get; init; }

    /// <summary>Who the escalation goes to, comma-separated.</summary>
    public string? EscalationTargets { get; init; }

    /// <summary>Where it is.</summary>
    public DeadlineStatus Status { get; init; } = DeadlineStatus.Pending;

    /// <summary>The next step to fire, or null when nothing is left.</summary>
    public DeadlineStep? NextStep { get; init; }

    /// <summary>When <see cref="NextStep"/> fires.</summary>
    public DateTimeOffset? NextFireAt { get; init; }

    /// <summary>How many extensions were approved.</summary>
    public int ExtensionCount { get; init; }

    /// <summary>A requested extension waiting for approval: the new due instant.</summary>
    public DateTimeOffset? RequestedDueAt { get; init; }

    /// <summary>The written reason of the requested (or last approved) extension.</summary>
    public string? ExtensionReason { get; init; }

    /// <summary>Who requested the extension.</summary>
    public string? ExtensionRequestedBy { get; init; }

    /// <summary>Who approved the last extension.</summary>
    public string? ExtensionApprovedBy { get; init; }

    /// <summary>When it was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When it was met, fired due, or cancelled.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>
    /// True (the default) when the due step resumes the waiting bookmark (the activity leaves on «Overskredet»); false
    /// for a non-interrupting boundary (a user task that stays open): the due step marks it overdue and raises
    /// «{navn}:frist» for the case instead.
    /// </summary>
    public bool ResumesOnDue { get; init; } = true;

    /// <summary>
    /// Age milestones only: the fødselsnummer (or D-number) of the person whose birth date <see cref="AnchorAt"/> is, so
    /// the housekeeping scan can re-plan the milestone when Folkeregisteret's birth date changes (DOMAIN.md R-40).
    /// Personal data: never logged, never shown in deadline lists.
    /// </summary>
    public string? PersonIdentityNumber { get; init; }

    /// <summary>Age milestones only: the age as the designer wrote it («18 år»), to compute the date again.</summary>
    public string? MilestoneAge { get; init; }

    /// <summary>Age milestones only: the lead time as the designer wrote it («3 måneder»), or null for none.</summary>
    public string? MilestoneLeadTime { get; init; }

    /// <summary>True while it can still fire or be met.</summary>
    public bool IsOpen => Status is DeadlineStatus.Pending or DeadlineStatus.Reminded or DeadlineStatus.Extended;
}
