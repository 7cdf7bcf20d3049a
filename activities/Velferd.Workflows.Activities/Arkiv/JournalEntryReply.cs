using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.Arkiv;

/// <summary>The answer to a <see cref="JournalEntry"/> (nobody waits for it; it is kept with the delivered message).</summary>
/// <param name="Status"><see cref="Archived"/>.</param>
/// <param name="JournalEntryId">The archive's id of the entry.</param>
public sealed record JournalEntryReply(string Status, string? JournalEntryId = null) : IOutboxReply
{
    /// <summary>Status: the archive recorded the entry.</summary>
    public const string Archived = "archived";
}
