namespace Velferd.Workflows.Persistence.YouthTeamTopics;

/// <summary>
/// A <c>welfare_youth_team_topics</c> row: no case, person or child column, by design. The actions and reviews
/// are JSON lists on the row, since they are only ever read and written with their topic.
/// </summary>
public sealed class YouthTeamTopicRow
{
    public required string Id { get; set; }

    public required string Team { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public required string Owner { get; set; }

    public DateOnly ReviewDate { get; set; }

    public required string Status { get; set; }

    public string? EndCode { get; set; }

    public required string Actions { get; set; }

    public required string Reviews { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? ClosedBy { get; set; }

    public string? ClosingNote { get; set; }

    public long Revision { get; set; }
}
