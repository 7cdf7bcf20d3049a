
namespace Velferd.Workflows.Core.Deadlines;

/// <summary>What an activity (or a user task's boundary deadline) asks for, before calendar arithmetic.</summary>
public sealed record DeadlineSpec
{
    /// <summary>The new deadline's id.</summary>
    public required string Id { get; init; }

    /// <summary>Short name; defaults to the activity id.</summary>
    public string? Name { get; init; }

    /// <summary>Statutory, local or timer.</summary>
    public required DeadlineKind Kind { get; init; }

    /// <summary>Legal reference or local rule.</summary>
    public string? SourceRule { get; init; }

    /// <summary>What it runs from.</summary>
    public required DateTimeOffset Anchor { get; init; }

    /// <summary>The duration text; null with <see cref="DueAt"/> set.</summary>
    public string? Duration { get; init; }

    /// <summary>An explicit due instant (timers).</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>A date deadline .</summary>
    public bool WholeDay { get; init; }

    /// <summary>Extension cap from the anchor.</summary>
    public string? MaxExtension { get; init; }

    /// <summary>Reminder lead.</summary>
    public string? ReminderBefore { get; init; }

    /// <summary>Who is reminded.</summary>
    public string? ReminderTargets { get; init; }

    /// <summary>Escalation delay.</summary>
    public string? EscalationAfter { get; init; }

    /// <summary>Who the escalation goes to.</summary>
    public string? EscalationTargets { get; init; }

    /// <summary>Owning team.</summary>
    public string? Team { get; init; }

    /// <summary>The bookmark the due step resumes.</summary>
    public required string BookmarkName { get; init; }

    /// <summary>Its key.</summary>
    public string? BookmarkKey { get; init; }

    /// <summary>Age milestones: whose birth date the anchor is (see <see cref="Deadline.PersonIdentityNumber"/>).</summary>
    public string? PersonIdentityNumber { get; init; }

    /// <summary>Age milestones: the age («18 år»).</summary>
    public string? MilestoneAge { get; init; }

    /// <summary>Age milestones: the lead time («3 måneder»).</summary>
    public string? MilestoneLeadTime { get; init; }

    /// <summary>False for a non-interrupting boundary: the due step raises an event instead of resuming the bookmark.</summary>
    public bool ResumesOnDue { get; init; } = true;
}
