using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.CaseLog;

/// <summary>
/// Stores a change of a case; when the change closes it, the same transaction stores the resume of the pathways
/// waiting beside their main branch for the closing (<see cref="CaseWaits"/>) and, when it has a stafettlogg, the log
/// (frozen from that moment by <see cref="CaseLogRules"/>) queued for the archive as an X journalpost (R-71, P2 step
/// 9) through <see cref="CaseArchive"/>, whose outbox retries however long the archive is down: the archive never
/// blocks the closing.
/// </summary>
/// <remarks>
/// One way for every closing: <c>POST /api/cases/{id}/close</c>, a withdrawal that ends the team work and the
/// pathways' «Avslutt saken». Keyed by the case and the closing time, so a case reopened and closed again is archived
/// again, and a repeated closing is not. A pathway's own «Avslutt saken» ends that pathway and resumes no waits, as
/// before: the waits are for a closing from outside the pathways.
/// </remarks>
public sealed class CaseClosing(ICaseStore cases, ICaseLogStore log, CaseArchive archive, CaseWaits waits, DomainCommits commits)
{
    /// <summary>The archived log's journalpost type: internal note without follow-up.</summary>
    public const string LogEntryType = "X";

    /// <summary>The journalpost title (screened: no names or numbers).</summary>
    public const string LogTitle = "Stafettlogg ved avslutning av saken";

    /// <summary>Stores <paramref name="changed"/>; <paramref name="fromActivity"/> leaves the archive start to the dispatcher.</summary>
    public async Task<WelfareCase> UpdateAsync(
        WelfareCase before, WelfareCase changed, IReadOnlyList<CaseEvent> events, bool fromActivity, CancellationToken cancellationToken)
    {
        if (before.Status == CaseStatus.Closed || changed.Status != CaseStatus.Closed)
        {
            return await cases.UpdateAsync(changed, events, cancellationToken);
        }

        var entries = await log.ListForCaseAsync(changed.Id, cancellationToken);
        var closedAt = changed.ClosedAt ?? events.Select(e => e.At).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        var stimuli = fromActivity ? new List<Stimulus>() : [waits.CaseClosed(changed, closedAt)];
        var written = events.ToList();
        if (entries.Count > 0
            && await archive.PrepareAsync(changed, LogEntryType, $"{LogTitle} ({entries.Count} innføringer)", $"stafettlogg/{changed.Id}",
                $"archive/stafettlogg/{changed.Id}/{closedAt.UtcTicks}", cancellationToken) is { } start)
        {
            stimuli.Add(start);
            written.Add(CaseRules.Event(changed, closedAt, CaseEventKinds.Archived, CaseEventKinds.SystemUser,
                $"Stafettloggen er frosset og lagt i kø til arkivet som journalpost {LogEntryType} ({entries.Count} innføringer)."));
        }

        WelfareCase stored = changed;
        Func<CancellationToken, Task> write = async ct => stored = await cases.UpdateAsync(changed, written, ct);
        if (fromActivity)
        {
            await commits.CommitForDispatcherAsync(stimuli, write, cancellationToken);
        }
        else
        {
            await commits.CommitAsync(stimuli, write, cancellationToken);
        }

        return stored;
    }
}
