namespace Velferd.Workflows.Welfare.CaseLog;

/// <summary>An entry as <c>POST /api/cases/{id}/stafettlogg</c> writes it.</summary>
/// <param name="Kind"><c>goal</c>, <c>measure</c>, <c>meeting</c> or <c>evaluation</c>.</param>
/// <param name="Text">The content.</param>
/// <param name="ResponsibleService">A measure's responsible service (required for a measure).</param>
/// <param name="DueDate">A measure's due date (required for a measure).</param>
/// <param name="Status">A measure's status; <c>planlagt</c> by default.</param>
/// <param name="MeetingId">A meeting entry's meeting, when it records one.</param>
/// <param name="GoalAttainment">An evaluation's goal attainment 1–5 (required for an evaluation).</param>
public sealed record CaseLogEntryInput(
    string? Kind,
    string? Text,
    string? ResponsibleService = null,
    DateOnly? DueDate = null,
    string? Status = null,
    string? MeetingId = null,
    int? GoalAttainment = null);
