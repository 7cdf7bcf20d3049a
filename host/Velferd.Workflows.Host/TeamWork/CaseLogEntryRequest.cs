using Velferd.Workflows.Core;
using Velferd.Workflows.Host.Welfare;
using Velferd.Workflows.Welfare.CaseLog;

namespace Velferd.Workflows.Host.TeamWork;

/// <summary>The body of <c>POST /api/cases/{id}/stafettlogg</c>.</summary>
/// <param name="Kind"><c>goal</c>, <c>measure</c>, <c>meeting</c> or <c>evaluation</c>.</param>
/// <param name="Text">The content.</param>
/// <param name="ResponsibleService">A measure's responsible service.</param>
/// <param name="DueDate">A measure's due date, <c>YYYY-MM-DD</c>.</param>
/// <param name="Status">A measure's status (<c>planlagt</c>, <c>pågår</c>, <c>fullført</c>, <c>avbrutt</c>).</param>
/// <param name="MeetingId">A meeting entry's meeting.</param>
/// <param name="GoalAttainment">An evaluation's goal attainment, 1–5.</param>
public sealed record CaseLogEntryRequest(
    string? Kind,
    string? Text,
    string? ResponsibleService,
    string? DueDate,
    string? Status,
    string? MeetingId,
    int? GoalAttainment)
{
    /// <summary>The domain input; an unreadable date becomes an error on <c>dueDate</c>.</summary>
    public CaseLogEntryInput ToInput(FieldErrors errors) =>
        new(Kind, Text, ResponsibleService, DateField.Read(DueDate, "dueDate", errors), Status, MeetingId, GoalAttainment);
}
