using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Letters;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Reports;

/// <summary>
/// Stores a concluded investigation (DOMAIN.md P3 step 8) and, in the same transaction, the signals that meet its
/// deadline and tell the meldinger attached to it (R-19, so a public reporter gets feedback, R-17;
/// <see cref="ReportPathway.ConclusionSignals"/>), and the letter that tells the family through <see cref="CaseLetters"/>
/// (KRR just before sending → digital post or print, archived as U, R-70/R-71): code 1 (measures) is an enkeltvedtak
/// with its reasons and appeal information; the other codes are information that the investigation is concluded, with
/// the leader's reasons.
/// </summary>
public sealed class InvestigationConclusion(IReportStore reports, ICaseStore cases, CaseLetters letters, ReportPathway pathway)
{
    /// <summary>The decision letter's title (no names or numbers: the archive and the mailbox show it).</summary>
    public const string DecisionTitle = "Vedtak etter barnevernsundersøkelse";

    /// <summary>The information letter's title.</summary>
    public const string InformationTitle = "Barnevernsundersøkelsen er avsluttet";

    /// <summary>The appeal information of the decision letter .</summary>
    public const string AppealInformation =
        "Du kan klage på vedtaket til Statsforvalteren. Send klagen til barneverntjenesten, som vurderer saken på nytt før den sendes videre. "
        + "Klagefristen er 3 uker fra du mottok vedtaket (forvaltningsloven § 29).";

    /// <summary>Stores <paramref name="concluded"/> (as <see cref="ReportRules.Conclude"/> applied it) with its signals and letter.</summary>
    /// <exception cref="Core.Instances.ConcurrencyConflictException">The investigation was changed meanwhile.</exception>
    public async Task<Investigation> StoreAsync(Investigation concluded, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        var subject = await cases.FindAsync(concluded.CaseId, cancellationToken)
            ?? throw new InvalidOperationException($"Investigation {concluded.Id} names case {concluded.CaseId}, which does not exist.");
        var (queued, letterEvents) = concluded.ConclusionCode == 1
            ? LetterRules.ToFamily(subject, LetterKinds.Decision, DecisionTitle,
                "Barneverntjenesten har avsluttet undersøkelsen og vedtatt hjelpetiltak.", concluded.ConclusionReason, AppealInformation, concluded.ConcludedBy!, concluded.ConcludedAt!.Value)
            : LetterRules.ToFamily(subject, LetterKinds.Information, InformationTitle,
                $"Barneverntjenesten har avsluttet undersøkelsen. Begrunnelse: {concluded.ConclusionReason}", null, null, concluded.ConcludedBy!, concluded.ConcludedAt!.Value);
        var signals = pathway.ConclusionSignals(concluded, await reports.FindAttachedAsync(concluded, cancellationToken));
        var stored = concluded;
        await letters.CommitWithAsync(subject, queued, letterEvents, signals,
            async ct => stored = await reports.UpdateInvestigationAsync(concluded, events, ct), fromActivity: false, cancellationToken);
        return stored;
    }
}
