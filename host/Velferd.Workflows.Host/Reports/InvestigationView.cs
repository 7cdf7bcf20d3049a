using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Reports;

namespace Velferd.Workflows.Host.Reports;

/// <summary>
/// An investigation with its deadline as it stands: <c>status</c> is <c>PÅGÅR</c>, <c>OVERDUE</c> once the deadline in
/// force has passed unconcluded, or <c>KONKLUDERT</c>; <c>utvidetFrist</c> once an extension was approved, and
/// <c>requestedDueAt</c> with <c>extensionReason</c> while a requested one awaits the leader.
/// </summary>
public sealed record InvestigationView(
    string Id, string CaseId, string ReportId, DateOnly StartDate, string DeadlineId, string? DueDate, string? DeadlineStatus, bool UtvidetFrist,
    string Status, int? ConclusionCode, string? ConclusionReason, string? EndCode, DateTimeOffset? ConcludedAt, string? ConcludedBy,
    List<DeviationNoteView> DeviationNotes, DateTimeOffset? RequestedDueAt, string? ExtensionReason)
{
    /// <summary>Ongoing.</summary>
    public const string Ongoing = "PÅGÅR";

    /// <summary>The deadline passed before the conclusion.</summary>
    public const string Overdue = "OVERDUE";

    /// <summary>Concluded.</summary>
    public const string Concluded = "KONKLUDERT";

    /// <summary>
    /// The view of <paramref name="i"/> with its deadline row (null while the pathway has not yet written it); its free
    /// text without anything that reads as an address when the case is strictly confidential.
    /// </summary>
    public static InvestigationView Of(Investigation i, Deadline? deadline, AddressProtection protection) => new(
        i.Id, i.CaseId, i.ReportId, i.StartDate, i.DeadlineId, deadline?.DueLocal, deadline?.Status.ToString(), deadline?.ExtensionCount > 0,
        i.Concluded ? Concluded : deadline?.Status == Core.Deadlines.DeadlineStatus.Overdue ? Overdue : Ongoing,
        i.ConclusionCode, ProtectedAddressText.Redact(i.ConclusionReason, protection), i.ConclusionCode is { } code ? SsbCodes.ConclusionEndCode(code) : null, i.ConcludedAt, i.ConcludedBy,
        [.. i.DeviationNotes.Select(n => new DeviationNoteView(n.Id, n.At, n.By, ProtectedAddressText.Redact(n.Text, protection)!))],
        deadline?.RequestedDueAt, ProtectedAddressText.Redact(deadline?.ExtensionReason, protection));
}
