namespace Velferd.Workflows.Persistence.TeamWork;

/// <summary>A <c>welfare_anonymous_discussions</c> row: no case, person or user column, by design .</summary>
public sealed class AnonymousDiscussionRow
{
    public required string Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Question { get; set; }

    public required string AgeBand { get; set; }

    public string? Advice { get; set; }
}
