using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>How the change feed (hendelsesliste) is followed.</summary>
public sealed class FolkeregisterFeedOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Folkeregister:Hendelser";

    /// <summary>
    /// Off by default: the pointer is kept in memory, so a restart reads again from <see cref="StartSequence"/> and
    /// relies on the starts' idempotency keys (fine against the simulator; production needs a stored pointer first).
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>The first sequence number to read.</summary>
    [Range(0, long.MaxValue)]
    public long StartSequence { get; set; }

    /// <summary>How often the feed is read when it had nothing new.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);
}
