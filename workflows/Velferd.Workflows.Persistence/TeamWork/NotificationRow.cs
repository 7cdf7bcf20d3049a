namespace Velferd.Workflows.Persistence.TeamWork;

/// <summary>A <c>welfare_notifications</c> row.</summary>
public sealed class NotificationRow
{
    public required string Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Kind { get; set; }

    public string? Recipient { get; set; }

    public string? Team { get; set; }

    public string? CaseId { get; set; }

    public required string Text { get; set; }
}
