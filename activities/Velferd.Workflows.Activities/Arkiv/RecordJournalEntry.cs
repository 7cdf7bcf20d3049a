using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.Arkiv;

/// <summary>
/// Queues a Noark 5 journal entry for Fiks Arkiv and continues at once: the archive never blocks a case (DOMAIN.md
/// The entry waits in the outbox, with retries, however long the archive is down; operations get an incident
/// after the archive's budget (4 hours).
/// </summary>
/// <remarks>Sent at least once with one idempotency key, so the archive stores it once.</remarks>
[Activity("Velferd.Arkiv.Journalfor", Category = "Post og arkiv", DisplayName = "Journalfør",
    Description = "Legger en journalpost i kø til arkivet (Fiks Arkiv). Saken går videre med en gang.",
    Outcomes = [ActivityResult.DefaultOutcome, InvalidInput])]
public sealed class RecordJournalEntry : Activity<RecordJournalEntryInput, RecordJournalEntryOutput>
{
    /// <summary>Outcome: the case id or entry type is missing or wrong; nothing was queued.</summary>
    public const string InvalidInput = "UgyldigInndata";

    private static readonly string[] EntryTypes = ["I", "U", "N", "X", "S"];

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(RecordJournalEntryInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.CaseId) || !EntryTypes.Contains(input.EntryType))
        {
            return Outcome(InvalidInput);
        }

        var entry = new JournalEntry(input.CaseId, input.EntryType!, input.Title ?? "", input.DocumentReference ?? "");
        return Done(new RecordJournalEntryOutput { OutboxReference = OutboxCalls.Send(context, entry) });
    }
}

/// <summary>Input of <see cref="RecordJournalEntry"/>.</summary>
public sealed record RecordJournalEntryInput
{
    /// <summary>The case (saksmappe).</summary>
    [Input(DisplayName = "Saksnummer", Description = "Arkivsaken journalposten legges i, f.eks. «2026/123».")]
    public string? CaseId { get; init; }

    /// <summary>I, U, N, X or S.</summary>
    [Input(DisplayName = "Journalposttype", UIHint = "dropdown", Options = ["I", "U", "N", "X", "S"], OptionTexts = ["I – inngående", "U – utgående", "N – internt notat med oppfølging", "X – internt notat uten oppfølging", "S – saksframlegg"], DefaultValue = "I",
        Description = "I = inngående, U = utgående, N/X = internt notat, S = saksframlegg.")]
    public string? EntryType { get; init; }

    /// <summary>The title (screened: no names).</summary>
    [Input(DisplayName = "Tittel", Description = "Skjermet tittel uten navn eller fødselsnummer.")]
    public string? Title { get; init; }

    /// <summary>The document to archive.</summary>
    [Input(DisplayName = "Dokumentreferanse", Description = "Referansen til dokumentet som journalføres (tomt: journalpost uten dokument).")]
    public string? DocumentReference { get; init; }
}

/// <summary>Output of <see cref="RecordJournalEntry"/>.</summary>
public sealed record RecordJournalEntryOutput
{
    /// <summary>The outbox message that carries the entry (for operators following it up).</summary>
    [Output(DisplayName = "Utboks-referanse")]
    public string? OutboxReference { get; init; }
}
