using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.Arkiv;

/// <summary>A Noark 5 journal entry (journalpost) for Fiks Arkiv (DOMAIN.md R-71): the request of <c>Journalfor</c>.</summary>
/// <param name="CaseId">The case (saksmappe) it belongs to.</param>
/// <param name="EntryType">I (incoming), U (outgoing), N or X (internal).</param>
/// <param name="Title">The entry's title, screened by the caller (offentleglova § 13).</param>
/// <param name="DocumentReference">The document to archive.</param>
public sealed record JournalEntry(string CaseId, string EntryType, string Title, string DocumentReference) : IOutboxRequest<JournalEntryReply>
{
    /// <inheritdoc />
    public static string Service => ArkivHttpClient.ServiceName;

    /// <inheritdoc />
    public static string Operation => "Journalfor";
}
