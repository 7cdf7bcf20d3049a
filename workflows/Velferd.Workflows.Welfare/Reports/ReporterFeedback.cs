using System.Globalization;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Letters;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Reports;

/// <summary>
/// The letters to a melding's reporter when the caseworker completes a feedback task: a receipt to a private or
/// public reporter, for a public one also whether an investigation was opened, and to a public one a word that the
/// investigation has ended. Nothing else about the case: no name, no number, no finding; an anonymous reporter, or one
/// who gave no address, gets none.
/// </summary>
public static class ReporterFeedback
{
    /// <summary>The step of the receipt within 3 weeks of receipt.</summary>
    public const string Receipt = "mottatt";

    /// <summary>The step after the investigation's conclusion (public reporters only).</summary>
    public const string AfterConclusion = "konklusjon";

    /// <summary>Both steps.</summary>
    public static readonly IReadOnlySet<string> Steps = new HashSet<string>(StringComparer.Ordinal) { Receipt, AfterConclusion };

    /// <summary>The receipt's title (no case details: the archive and the mailbox show it).</summary>
    public const string ReceiptTitle = "Kvittering for bekymringsmelding";

    /// <summary>The title after the conclusion.</summary>
    public const string ConclusionTitle = "Tilbakemelding på bekymringsmelding";

    private const string Confidential = "Barneverntjenesten har taushetsplikt og kan ikke gi deg andre opplysninger om saken.";

    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>
    /// The letter of <paramref name="step"/> to the reporter of <paramref name="report"/>, with its timeline event; null
    /// when R-17 sends none (anonymous, a private reporter after the conclusion, no address given).
    /// </summary>
    public static (Letter Letter, CaseEvent Event)? For(WelfareCase subject, ConcernReport report, string step, string by, DateTimeOffset now)
    {
        var addressed = report.ReporterCategory switch
        {
            ReporterCategories.Public => report.ReporterOrganisationNumber is not null,
            ReporterCategories.Private => report.ReporterNumber is not null && step == Receipt,
            _ => false,
        };
        if (!addressed)
        {
            return null;
        }

        var received = OsloDate.Of(report.ReceivedAt).ToString("d. MMMM yyyy", Norwegian);
        return step == Receipt
            ? LetterRules.ToReporter(subject, report.Id, ReceiptTitle, ReceiptText(report, received), by, now)
            : LetterRules.ToReporter(subject, report.Id, ConclusionTitle,
                $"Barneverntjenesten har avsluttet undersøkelsen etter bekymringsmeldingen din av {received}. {Confidential}", by, now);
    }

    // A public reporter learns whether an investigation was opened; a private reporter only that it came.
    private static string ReceiptText(ConcernReport report, string received)
    {
        var receipt = $"Barneverntjenesten har mottatt bekymringsmeldingen din av {received}.";
        if (report.ReporterCategory != ReporterCategories.Public)
        {
            return $"{receipt} {Confidential}";
        }

        var investigation = report.Status switch
        {
            ReportStatuses.Investigating => "Det er åpnet undersøkelse.",
            ReportStatuses.Attached => "Meldingen inngår i en undersøkelse som pågår.",
            ReportStatuses.Closed => "Det er ikke åpnet undersøkelse.",
            _ => "Det er ennå ikke avgjort om det blir åpnet undersøkelse.",
        };
        return $"{receipt} {investigation} {Confidential}";
    }
}
