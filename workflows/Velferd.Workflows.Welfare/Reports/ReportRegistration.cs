using Microsoft.Extensions.Options;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Welfare.CaseLog;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Reports;

/// <summary>
/// The one way a melding is registered, whatever its channel: checks it, makes one record per child in
/// the child's open barnevern case or a new one, attaches a record to an open investigation, and stores it all
/// with each record's P3 pathway start in one transaction (<see cref="DomainCommits"/>), so a process that stops right
/// after the commit leaves the starts stored for any dispatcher: no melding waits without its deadlines. Each record is
/// queued for the archive as an incoming (I) journalpost in the same transaction (R-71, P3 step 1). It asks
/// nothing about consent or case access and refuses nothing over identity; it never waits for a remote
/// service.
/// </summary>
public sealed class ReportRegistration(
    IReportStore store,
    IIdentityNumberValidator validator,
    ReportPathway pathway,
    CaseArchive archive,
    DomainCommits commits,
    IOptions<WelfareOptions> options)
{
    /// <summary>The melding's journalpost type: incoming.</summary>
    public const string EntryType = "I";

    /// <summary>The journalpost title (screened: no names, numbers or the melding's text).</summary>
    public const string EntryTitle = "Bekymringsmelding mottatt";

    /// <summary>
    /// Registers <paramref name="input"/> for <paramref name="by"/>; <paramref name="errors"/> may hold the caller's own.
    /// A <paramref name="sourceKey"/> (e.g. the Fiks IO message id) becomes the melding id, and a melding already
    /// registered under it is answered with its records, nothing stored or started twice.
    /// </summary>
    public async Task<CaseChange<IReadOnlyList<ConcernReport>>> RegisterAsync(
        ReportInput input, string by, DateTimeOffset now, FieldErrors? errors, CancellationToken cancellationToken, string? sourceKey = null)
    {
        if (sourceKey is not null && await store.FindByMeldingAsync(sourceKey, cancellationToken) is { Count: > 0 } registered)
        {
            return new CaseChange<IReadOnlyList<ConcernReport>>.Applied(registered, []);
        }

        errors = ReportRules.Validate(input, now, errors);
        if (!errors.IsEmpty)
        {
            return new CaseChange<IReadOnlyList<ConcernReport>>.Invalid(errors);
        }

        var municipality = options.Value.Municipality;
        var team = options.Value.ChildWelfareTeam;
        var meldingId = sourceKey ?? Ids.New(now);
        var guardians = (input.Guardians ?? []).Select(g => (ReportRules.IdentifyLeniently(g!, validator).Identity, g!)).ToList();
        var newCases = new List<WelfareCase>();
        var reports = new List<ConcernReport>();
        var subjects = new List<WelfareCase>();
        var events = new List<CaseEvent>();
        for (var index = 0; index < input.Children!.Count; index++)
        {
            var person = input.Children[index]!;
            var child = ReportRules.IdentifyLeniently(person, validator);
            var existing = child.Status == ChildIdentityStatuses.Identified
                ? newCases.FirstOrDefault(c => c.Child.Identity.IsSamePersonAs(child.Identity))
                    ?? await store.FindOpenCaseForChildAsync(municipality, CaseKind.Barnevern, child.Identity.Number!, cancellationToken)
                : null;
            var subject = existing;
            if (subject is null)
            {
                var opened = CaseRules.OpenForReport((child.Identity, person), guardians, municipality, team, by, now);
                newCases.Add(opened.Value);
                events.AddRange(opened.Events);
                subject = opened.Value;
            }

            var open = existing is null ? null : await store.FindOpenInvestigationAsync(existing.Id, cancellationToken);
            var report = ReportRules.New(input, meldingId, index, subject.Id, municipality, existing?.Team ?? team, child, open, by, now);
            reports.Add(report);
            subjects.Add(subject);
            events.Add(ReportRules.ReceivedEvent(report));
        }

        var starts = new List<Stimulus>();
        for (var index = 0; index < reports.Count; index++)
        {
            var report = reports[index];
            if (await pathway.PrepareStartAsync(report, cancellationToken) is { } start)
            {
                starts.Add(start);
            }

            if (await archive.PrepareAsync(subjects[index], EntryType, EntryTitle, $"melding/{report.Id}", $"archive/melding/{report.Id}", cancellationToken) is { } journal)
            {
                starts.Add(journal);
                events.Add(CaseRules.Event(subjects[index], now, CaseEventKinds.Archived, CaseEventKinds.SystemUser,
                    $"Meldingen er lagt i kø til arkivet som journalpost {EntryType}."));
            }
        }

        await commits.CommitAsync(starts, ct => store.RegisterAsync(newCases, reports, events, ct), cancellationToken);
        return new CaseChange<IReadOnlyList<ConcernReport>>.Applied(reports, events);
    }
}
