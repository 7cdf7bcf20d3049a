using Velferd.Workflows.Welfare.CaseLog;
using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Host.TeamWork;

/// <summary>A stafettlogg entry as the API shows it.</summary>
/// <param name="Id">The entry id.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Text">The content.</param>
/// <param name="ResponsibleService">A measure's responsible service.</param>
/// <param name="DueDate">A measure's due date, <c>YYYY-MM-DD</c>.</param>
/// <param name="Status">A measure's status.</param>
/// <param name="MeetingId">A meeting entry's meeting.</param>
/// <param name="GoalAttainment">An evaluation's goal attainment.</param>
/// <param name="At">When written.</param>
/// <param name="By">By whom.</param>
public sealed record CaseLogEntryView(
    string Id, string Kind, string Text, string? ResponsibleService, string? DueDate, string? Status, string? MeetingId, int? GoalAttainment,
    DateTimeOffset At, string By)
{
    /// <summary>The view of <paramref name="entry"/>, its text without an address when <paramref name="protection"/> is strictly confidential .</summary>
    public static CaseLogEntryView Of(CaseLogEntry entry, AddressProtection protection) => new(
        entry.Id, entry.Kind, ProtectedAddressText.Redact(entry.Text, protection)!, entry.ResponsibleService, entry.DueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        entry.Status, entry.MeetingId, entry.GoalAttainment, entry.At, entry.By);
}
