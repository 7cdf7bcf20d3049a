namespace Velferd.Workflows.Persistence.TeamWork;

/// <summary>A <c>welfare_meetings</c> row; services and categories are comma-separated codes.</summary>
public sealed class MeetingRow
{
    public required string Id { get; set; }

    public required string CaseId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Services { get; set; }

    public required string Categories { get; set; }

    public required string Status { get; set; }

    public DateTimeOffset ScheduledAt { get; set; }

    public required string ScheduledBy { get; set; }

    public DateTimeOffset? RecordedAt { get; set; }

    public string? RecordedBy { get; set; }

    public bool? ParentsPresent { get; set; }

    public bool? ChildPresent { get; set; }

    public string? ChildView { get; set; }

    public string? Summary { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public string? CancelReason { get; set; }

    public List<MeetingParticipantRow> Participants { get; set; } = [];
}
