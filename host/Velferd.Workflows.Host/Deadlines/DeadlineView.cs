using Velferd.Workflows.Core.Deadlines;

namespace Velferd.Workflows.Host.Deadlines;

/// <summary>A deadline as the API shows it; «Lovpålagt»/«Lokal» come with the kind .</summary>
public sealed record DeadlineView(
    string Id,
    string Name,
    DeadlineKind Kind,
    string KindLabel,
    string? SourceRule,
    string WorkflowInstanceId,
    string? CorrelationId,
    string? Team,
    DateTimeOffset DueAt,
    string DueLocal,
    DeadlineStatus Status,
    DateTimeOffset? ReminderAt,
    string? ReminderTargets,
    DateTimeOffset? EscalationAt,
    string? EscalationTargets,
    DateTimeOffset? MaxDueAt,
    int ExtensionCount,
    DateTimeOffset? RequestedDueAt,
    string? ExtensionReason,
    string? ExtensionRequestedBy,
    string? ExtensionApprovedBy)
{
    /// <summary>The view of a deadline.</summary>
    public static DeadlineView From(Deadline d) => new(
        d.Id, d.Name, d.Kind, d.Kind switch { DeadlineKind.Statutory => "Lovpålagt frist", DeadlineKind.Local => "Lokal frist", _ => "Tidtaker" },
        d.SourceRule, d.WorkflowInstanceId, d.CorrelationId, d.Team, d.DueAt, d.DueLocal, d.Status, d.ReminderAt, d.ReminderTargets,
        d.EscalationAt, d.EscalationTargets, d.MaxDueAt, d.ExtensionCount, d.RequestedDueAt, d.ExtensionReason, d.ExtensionRequestedBy, d.ExtensionApprovedBy);
}
