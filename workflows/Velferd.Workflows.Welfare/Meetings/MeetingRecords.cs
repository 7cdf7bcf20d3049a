using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Welfare.CaseLog;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Meetings;

/// <summary>
/// Stores a held meeting's record and, in the same transaction (<see cref="DomainCommits"/>), the resume of the
/// pathways waiting for the meeting (<see cref="CaseWaits"/>) and its queueing for the archive as an N journalpost
/// internal note for follow-up, the measures agreed) through <see cref="CaseArchive"/>; the archive never blocks
/// the recording.
/// </summary>
/// <remarks>Keyed by the meeting, so a meeting is archived once. The title names the date only, no persons.</remarks>
public sealed class MeetingRecords(IMeetingStore meetings, CaseArchive archive, CaseWaits waits, DomainCommits commits)
{
    /// <summary>The journalpost type of a meeting record: internal note for follow-up.</summary>
    public const string RecordEntryType = "N";

    /// <summary>The journalpost title before the meeting's time (screened: no names or numbers).</summary>
    public const string RecordTitle = "Referat fra teammøte";

    /// <summary>Stores <paramref name="held"/> with <paramref name="events"/>, the resume of the waits for it and the archive start of its record.</summary>
    public async Task StoreAsync(WelfareCase subject, Meeting held, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        var written = events.ToList();
        var stimuli = new List<Stimulus> { waits.MeetingHeld(held.CaseId, held.Id) };
        var at = held.Record?.RecordedAt ?? held.At;
        if (await archive.PrepareAsync(subject, RecordEntryType, $"{RecordTitle} {OsloTime.Format(held.At)}", $"motereferat/{held.Id}",
                $"archive/motereferat/{held.Id}", cancellationToken) is { } start)
        {
            stimuli.Add(start);
            written.Add(CaseRules.Event(subject, at, CaseEventKinds.Archived, CaseEventKinds.SystemUser,
                $"Referatet fra møtet {OsloTime.Format(held.At)} er lagt i kø til arkivet som journalpost {RecordEntryType}."));
        }

        await commits.CommitAsync(stimuli, ct => meetings.UpdateAsync([held], written, [], ct), cancellationToken);
    }
}
