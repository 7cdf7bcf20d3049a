using Microsoft.Extensions.Options;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Reports;

/// <summary>
/// The one way a melding is registered, whatever its channel: checks it, makes one record per child in
/// the child's open barnevern case or a new one, attaches a record to an open investigation, and stores it all
/// with each record's P3 pathway start in one transaction (<see cref="DomainCommits"/>), so a process that stops right
/// after the commit leaves the starts stored for any dispatcher: no melding waits without its deadlines. It asks
/// nothing about consent or case access and refuses nothing over identity; it never waits for a remote
/// service.
/// </summary>
public sealed class ReportRegistration(
    IReportStore store, IIdentityNumberValidator validator, ReportPathway pathway, DomainCommits commits, IOptions<WelfareOptions> options)
{
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
        var events = new List<CaseEvent>();
        for (var index = 0; index < input.Children!.Count; index++)
        {
            var person = input.Children[index]!;
            var child = ReportRules.IdentifyLeniently(person, validator);
            var existing = child.Status == ChildIdentityStatuses.Identified
                ? newCases.FirstOrDefault(c => c.Child.Identity.IsSamePersonAs(child.Identity))
                    ?? await store.FindOpenCaseForChildAsync(municipality, CaseKind.Barnevern, child.Identity.Number!, cancellationToken)
                : null;
            var caseId = existing?.Id;
            if (existing is null)
            {
                var opened = CaseRules.OpenForReport((child.Identity, person), guardians, municipality, team, by, now);
                newCases.Add(opened.Value);
                events.AddRange(opened.Events);
                caseId = opened.Value.Id;
            }

            var open = existing is null ? null : await store.FindOpenInvestigationAsync(existing.Id, cancellationToken);
            var report = ReportRules.New(input, meldingId, index, caseId!, municipality, existing?.Team ?? team, child, open, by, now);
            reports.Add(report);
            events.Add(ReportRules.ReceivedEvent(report));
        }

        var starts = new List<Stimulus>();
        foreach (var report in reports)
        {
            if (await pathway.PrepareStartAsync(report, cancellationToken) is { } start)
            {
                starts.Add(start);
            }
        }

        await commits.CommitAsync(starts, ct => store.RegisterAsync(newCases, reports, events, ct), cancellationToken);
        return new CaseChange<IReadOnlyList<ConcernReport>>.Applied(reports, events);
    }
}
