using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Persistence.Leases;

namespace Velferd.Workflows.Persistence.Deadlines;

/// <summary>A deadline row (instants in UTC: PostgreSQL stores only offset 0); the claim columns belong to the pump.</summary>
public sealed class DeadlineRow : ILeasedRow
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public DeadlineKind Kind { get; set; }

    public string? SourceRule { get; set; }

    public required string WorkflowInstanceId { get; set; }

    public required string ActivityId { get; set; }

    public string? CorrelationId { get; set; }

    public string? Team { get; set; }

    public string? TestRunBy { get; set; }

    public required string BookmarkName { get; set; }

    public string? BookmarkKey { get; set; }

    public string? BookmarkId { get; set; }

    public DateTimeOffset AnchorAt { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public required string DueLocal { get; set; }

    public string? Duration { get; set; }

    public DateTimeOffset? MaxDueAt { get; set; }

    public string? ReminderBefore { get; set; }

    public DateTimeOffset? ReminderAt { get; set; }

    public string? ReminderTargets { get; set; }

    public string? EscalationAfter { get; set; }

    public DateTimeOffset? EscalationAt { get; set; }

    public string? EscalationTargets { get; set; }

    public DeadlineStatus Status { get; set; }

    public DeadlineStep? NextStep { get; set; }

    public DateTimeOffset? NextFireAt { get; set; }

    public int ExtensionCount { get; set; }

    public DateTimeOffset? RequestedDueAt { get; set; }

    public string? ExtensionReason { get; set; }

    public string? ExtensionRequestedBy { get; set; }

    public string? ExtensionApprovedBy { get; set; }

    public bool ResumesOnDue { get; set; } = true;

    public string? PersonIdentityNumber { get; set; }

    public string? MilestoneAge { get; set; }

    public string? MilestoneLeadTime { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public string? ClaimedBy { get; set; }

    public string? ClaimToken { get; set; }

    public DateTimeOffset? ClaimExpiresAt { get; set; }

    internal static DeadlineRow From(Deadline d) => new()
    {
        Id = d.Id,
        Name = d.Name,
        Kind = d.Kind,
        SourceRule = d.SourceRule,
        WorkflowInstanceId = d.WorkflowInstanceId,
        ActivityId = d.ActivityId,
        CorrelationId = d.CorrelationId,
        Team = d.Team,
        TestRunBy = d.TestRunBy,
        BookmarkName = d.BookmarkName,
        BookmarkKey = d.BookmarkKey,
        BookmarkId = d.BookmarkId,
        AnchorAt = d.AnchorAt.ToUniversalTime(),
        DueAt = d.DueAt.ToUniversalTime(),
        DueLocal = d.DueLocal,
        Duration = d.Duration,
        MaxDueAt = d.MaxDueAt?.ToUniversalTime(),
        ReminderBefore = d.ReminderBefore,
        ReminderAt = d.ReminderAt?.ToUniversalTime(),
        ReminderTargets = d.ReminderTargets,
        EscalationAfter = d.EscalationAfter,
        EscalationAt = d.EscalationAt?.ToUniversalTime(),
        EscalationTargets = d.EscalationTargets,
        Status = d.Status,
        NextStep = d.NextStep,
        NextFireAt = d.NextFireAt?.ToUniversalTime(),
        ExtensionCount = d.ExtensionCount,
        RequestedDueAt = d.RequestedDueAt?.ToUniversalTime(),
        ExtensionReason = d.ExtensionReason,
        ExtensionRequestedBy = d.ExtensionRequestedBy,
        ExtensionApprovedBy = d.ExtensionApprovedBy,
        ResumesOnDue = d.ResumesOnDue,
        PersonIdentityNumber = d.PersonIdentityNumber,
        MilestoneAge = d.MilestoneAge,
        MilestoneLeadTime = d.MilestoneLeadTime,
        CreatedAt = d.CreatedAt.ToUniversalTime(),
        UpdatedAt = d.UpdatedAt.ToUniversalTime(),
        ResolvedAt = d.ResolvedAt?.ToUniversalTime(),
    };

    internal Deadline ToModel() => new()
    {
        Id = Id,
        Name = Name,
        Kind = Kind,
        SourceRule = SourceRule,
        WorkflowInstanceId = WorkflowInstanceId,
        ActivityId = ActivityId,
        CorrelationId = CorrelationId,
        Team = Team,
        TestRunBy = TestRunBy,
        BookmarkName = BookmarkName,
        BookmarkKey = BookmarkKey,
        BookmarkId = BookmarkId,
        AnchorAt = AnchorAt,
        DueAt = DueAt,
        DueLocal = DueLocal,
        Duration = Duration,
        MaxDueAt = MaxDueAt,
        ReminderBefore = ReminderBefore,
        ReminderAt = ReminderAt,
        ReminderTargets = ReminderTargets,
        EscalationAfter = EscalationAfter,
        EscalationAt = EscalationAt,
        EscalationTargets = EscalationTargets,
        Status = Status,
        NextStep = NextStep,
        NextFireAt = NextFireAt,
        ExtensionCount = ExtensionCount,
        RequestedDueAt = RequestedDueAt,
        ExtensionReason = ExtensionReason,
        ExtensionRequestedBy = ExtensionRequestedBy,
        ExtensionApprovedBy = ExtensionApprovedBy,
        ResumesOnDue = ResumesOnDue,
        PersonIdentityNumber = PersonIdentityNumber,
        MilestoneAge = MilestoneAge,
        MilestoneLeadTime = MilestoneLeadTime,
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
        ResolvedAt = ResolvedAt,
    };
}
