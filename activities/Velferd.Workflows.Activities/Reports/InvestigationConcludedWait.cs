using System.Text.Json.Nodes;
using Velferd.Workflows.Activities.Cases;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Welfare.Reports;

namespace Velferd.Workflows.Activities.Reports;

/// <summary>
/// Waits until the investigation a melding belongs to is concluded (DOMAIN.md P3 step 8): the one it opened, or the one
/// it was attached to, so a public reporter gets the feedback after the conclusion. Continues at once when
/// the investigation is already concluded, with the conclusion (<c>kode</c>, <c>sluttkode</c>) as output.
/// </summary>
/// <remarks>
/// The conclusion resumes the bookmark <see cref="BookmarkName"/> (key: the investigation's id) from its own transaction
/// (<see cref="ReportPathway.ConclusionReached"/>); the activity reads the investigation again and waits on if it is not
/// concluded, so a resume is a hint, never the fact. Reading first is what makes it safe where a signal is not: a melding
/// attached while the conclusion commits, or whose instance starts after the conclusion, finds the investigation
/// concluded instead of waiting for a signal that has gone by. Reads only.
/// </remarks>
[Activity(
    "Velferd.InvestigationConcluded",
    Category = "Sak",
    DisplayName = "Vent på konklusjon av undersøkelsen",
    Description = "Venter til undersøkelsen meldingen hører til (den meldingen åpnet, eller den den er knyttet til, R-19) er konkludert; går videre straks om den allerede er det. Gir konklusjonen (kode og sluttkode) som resultat.",
    Kind = ActivityKind.Task)]
public sealed class InvestigationConcludedWait(IReportStore reports) : Activity<InvestigationConcludedInput, InvestigationConcludedOutput>
{
    /// <summary>The bookmark a conclusion resumes (key: the investigation's id).</summary>
    public const string BookmarkName = ReportPathway.ConclusionWait;

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(InvestigationConcludedInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        // P3's correlation id is the melding's id.
        if (CaseReference.Resolve(input.ReportId, context) is not { } reportId || await reports.FindAsync(reportId, cancellationToken) is not { } report)
        {
            return ActivityResult.Fault("Input 'ReportId': meldingen finnes ikke / no such melding.");
        }

        if (report.InvestigationId is not { } investigationId)
        {
            return ActivityResult.Fault($"Meldingen {report.Id} hører ikke til noen undersøkelse / the melding belongs to no investigation.");
        }

        return await ContinueIfConcludedAsync(investigationId, context, cancellationToken);
    }

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ResumeAsync(InvestigationConcludedInput input, ActivityContext context, CancellationToken cancellationToken) =>
        ContinueIfConcludedAsync(context.Bookmark!.Key!, context, cancellationToken);

    private async ValueTask<ActivityResult> ContinueIfConcludedAsync(string investigationId, ActivityContext context, CancellationToken cancellationToken)
    {
        var investigation = await reports.FindInvestigationAsync(investigationId, cancellationToken);
        if (investigation is null || !investigation.Concluded)
        {
            return ActivityResult.Suspend(new BookmarkRequest(BookmarkName, investigationId));
        }

        context.Message = $"Undersøkelsen er konkludert: {SsbCodes.ConclusionEndCode(investigation.ConclusionCode!.Value)}";
        return ActivityResult.Done(new InvestigationConcludedOutput { Result = ReportPathway.ConclusionPayload(investigation) });
    }
}

/// <summary>Input of <see cref="InvestigationConcludedWait"/>.</summary>
public sealed record InvestigationConcludedInput
{
    /// <summary>The melding; empty means the instance's correlation id, which is the melding's id in P3.</summary>
    [Input(DisplayName = "Meldings-id", Description = "Meldingen hvis undersøkelse det ventes på. Tomt = instansens korrelasjons-id, som er meldingens id i P3.", Order = 0)]
    public string? ReportId { get; init; }
}

/// <summary>Output of <see cref="InvestigationConcludedWait"/>.</summary>
public sealed record InvestigationConcludedOutput
{
    /// <summary>The conclusion: <c>kode</c> (1–6) and <c>sluttkode</c> (P3's end code for it).</summary>
    [Output(DisplayName = "Konklusjon")]
    public JsonNode? Result { get; init; }
}
