namespace Velferd.Workflows.Persistence.TeamWork;

/// <summary>A <c>welfare_case_log_entries</c> row: one stafettlogg entry.</summary>
public sealed class CaseLogEntryRow
{
    public required string Id { get; set; }

    public required string CaseId { get; set; }

    public required string Kind { get; set; }

    public required string Text { get; set; }

    public string? ResponsibleService { get; set; }

    public DateOnly? DueDate { get; set; }

    public string? Status { get; set; }

    public string? MeetingId { get; set; }

    public int? GoalAttainment { get; set; }

    public DateTimeOffset At { get; set; }

    public required string By { get; set; }
}
