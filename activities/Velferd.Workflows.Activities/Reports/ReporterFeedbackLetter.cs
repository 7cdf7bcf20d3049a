using Velferd.Workflows.Activities.Cases;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Letters;
using Velferd.Workflows.Welfare.Reports;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Activities.Reports;

/// <summary>
/// The letter to a melding's reporter once the caseworker has completed a feedback task: stored on the case as
/// a <c>tilbakemelding</c> letter with its start of the letter pathway (<see cref="CaseLetters"/>), which sends it by
/// SvarUt to a public reporter's organisation or by digital post or print to a private reporter. What it says is
/// <see cref="ReporterFeedback"/>'s: a receipt, for a public reporter whether an investigation was opened, and later that
/// it ended; an anonymous reporter, a private one after the conclusion, or one without an address gets none.
/// </summary>
/// <remarks>
/// A burst run again finds the letter it stored (same melding and title) and queues no second one. The reporter's
/// address stays on the melding: the letter pathway reads it just before sending.
/// </remarks>
[Activity(
    "Velferd.ReporterFeedback",
    Category = "Post og arkiv",
    DisplayName = "Send tilbakemelding til melder",
    Description = "Sender kvittering eller tilbakemelding til den som meldte bekymringen (R-17): SvarUt til offentlig melder, digital post eller papir til privat melder, ingenting til anonym. Ingen andre opplysninger om saken.",
    Kind = ActivityKind.Action)]
public sealed class ReporterFeedbackLetter(IReportStore reports, ICaseStore cases, ILetterStore letterStore, CaseLetters letters)
    : Activity<ReporterFeedbackInput, ReporterFeedbackOutput>
{
    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(ReporterFeedbackInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var step = input.Step?.Trim();
        if (step is null || !ReporterFeedback.Steps.Contains(step))
        {
            return ActivityResult.Fault($"Input 'Step': bruk {ReporterFeedback.Receipt} eller {ReporterFeedback.AfterConclusion} / use one of these.");
        }

        // P3's correlation id is the melding's id.
        if (CaseReference.Resolve(input.ReportId, context) is not { } reportId || await reports.FindAsync(reportId, cancellationToken) is not { } report)
        {
            return ActivityResult.Fault("Input 'ReportId': meldingen finnes ikke / no such melding.");
        }

        if (await cases.FindAsync(report.CaseId, cancellationToken) is not { } subject)
        {
            return ActivityResult.Fault(CaseReference.NotFound(report.CaseId));
        }

        if (ReporterFeedback.For(subject, report, step, CaseEventKinds.SystemUser, context.Now) is not { } queued)
        {
            CaseReference.Note(context, "Ingen tilbakemelding i brev (R-17)");
            return ActivityResult.Done(new ReporterFeedbackOutput());
        }

        var stored = (await letterStore.ListForCaseAsync(subject.Id, cancellationToken))
            .FirstOrDefault(l => l.ReportId == report.Id && l.Title == queued.Letter.Title);
        if (stored is null && CaseReference.MayChange(context))
        {
            await letters.CommitAsync(subject, [queued.Letter], [queued.Event], _ => Task.CompletedTask, fromActivity: true, cancellationToken);
        }

        var letterId = stored?.Id ?? queued.Letter.Id;
        CaseReference.Note(context, $"Brev {letterId} til melder lagt i utboksen");
        return ActivityResult.Done(new ReporterFeedbackOutput { LetterId = letterId });
    }
}

/// <summary>Input of <see cref="ReporterFeedbackLetter"/>.</summary>
public sealed record ReporterFeedbackInput
{
    /// <summary>The melding; empty means the instance's correlation id, which is the melding's id in P3.</summary>
    [Input(DisplayName = "Meldings-id", Description = "Meldingen hvis melder får brevet. Tomt = instansens korrelasjons-id, som er meldingens id i P3.", Order = 0)]
    public string? ReportId { get; init; }

    /// <summary><c>mottatt</c> (the receipt) or <c>konklusjon</c> (after the investigation's conclusion).</summary>
    [Input(DisplayName = "Tilbakemelding", Description = "«mottatt»: kvittering (og for offentlig melder om undersøkelse er åpnet); «konklusjon»: undersøkelsen er avsluttet (bare offentlig melder).", IsRequired = true, Order = 1)]
    public string? Step { get; init; }
}

/// <summary>Output of <see cref="ReporterFeedbackLetter"/>.</summary>
public sealed record ReporterFeedbackOutput
{
    /// <summary>The letter queued, or null when R-17 sends none.</summary>
    [Output(DisplayName = "Brev-id")]
    public string? LetterId { get; init; }
}
