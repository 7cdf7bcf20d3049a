namespace Velferd.Workflows.Persistence.Feeds;

/// <summary>The <c>feed_positions</c> row of one followed feed.</summary>
public sealed class FeedPositionRow
{
    /// <summary>The feed's name, e.g. <c>folkeregister-hendelser</c>.</summary>
    public required string Feed { get; set; }

    /// <summary>The next sequence number to read.</summary>
    public long NextSequence { get; set; }

    /// <summary>When it last moved.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
