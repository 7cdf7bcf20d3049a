using System.Globalization;
using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Inbox;
using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.Cases;

/// <summary>
/// The work on a case the case page offers, built from the API's answers: its consents (withdrawable while something is
/// left), its hand-over offers (answerable by the successor while open) and its stafettlogg in words.
/// </summary>
public sealed record CaseWork(IReadOnlyList<ConsentRow> Consents, IReadOnlyList<HandoverRow> Handovers, IReadOnlyList<CaseLogRow> Log)
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>The case work of the answers as <paramref name="userName"/> sees it; newest offers first, the log oldest first.</summary>
    public static CaseWork Build(
        IReadOnlyList<ConsentAnswer> consents, IReadOnlyList<HandoverAnswer> handovers, IReadOnlyList<CaseLogEntryAnswer> log, string userName) =>
        new(
            [.. consents.OrderByDescending(c => c.RecordedAt).Select(ConsentOf)],
            [.. handovers.OrderByDescending(h => h.OfferedAt).Select(h => HandoverOf(h, userName))],
            [.. log.OrderBy(e => e.At).Select(LogOf)]);

    /// <summary>A date as the studio writes it, «01.12.2026».</summary>
    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", Norwegian);

    /// <summary>A date typed as «dd.mm.åååå» (or ISO), as the API wants it (<c>YYYY-MM-DD</c>); null when unreadable.</summary>
    public static string? ApiDate(string? typed) =>
        DateOnly.TryParseExact(typed?.Trim(), ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"], Norwegian, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    private static ConsentRow ConsentOf(ConsentAnswer consent)
    {
        var full = consent.Services.Count * consent.Categories.Count;
        var state = consent.Withdrawn ? Texts.CaseConsentWithdrawn
            : consent.Remaining.Count < full ? Texts.CaseConsentPartlyWithdrawn
            : Texts.CaseConsentActive;
        return new ConsentRow(
            consent.Id,
            $"{string.Join(", ", consent.Services)} ({string.Join(", ", consent.Categories)})",
            $"{Date(consent.ValidFrom)}–{Date(consent.ValidTo)}",
            state,
            !consent.Withdrawn);
    }

    private static HandoverRow HandoverOf(HandoverAnswer offer, string userName)
    {
        var status = offer.Status switch
        {
            "tilbudt" => Texts.CaseHandoverStatusOffered,
            "akseptert" => Texts.CaseHandoverStatusAccepted,
            _ => Texts.CaseHandoverStatusDeclined,
        };
        var mayAnswer = offer.Status == "tilbudt" && string.Equals(offer.ToUser, userName, StringComparison.Ordinal);
        return new HandoverRow(offer.Id, offer.FromUser, offer.ToUser, status, DueLabel.Format(offer.OfferedAt), mayAnswer);
    }

    private static CaseLogRow LogOf(CaseLogEntryAnswer entry)
    {
        var kind = entry.Kind switch
        {
            "goal" => Texts.CaseLogKindGoal,
            "measure" => Texts.CaseLogKindMeasure,
            "meeting" => Texts.CaseLogKindMeeting,
            "evaluation" => Texts.CaseLogKindEvaluation,
            _ => entry.Kind,
        };
        var details = new List<string>();
        if (entry.ResponsibleService is { Length: > 0 } service)
        {
            details.Add(TextFormat.With(Texts.CaseLogResponsible, service));
        }

        if (entry.DueDate is { Length: > 0 } due && DateOnly.TryParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dueDate))
        {
            details.Add(TextFormat.With(Texts.CaseLogDue, Date(dueDate)));
        }

        if (entry.Status is { Length: > 0 } status)
        {
            details.Add(status);
        }

        if (entry.GoalAttainment is { } attainment)
        {
            details.Add(TextFormat.With(Texts.CaseLogAttainmentText, attainment));
        }

        return new CaseLogRow(kind, entry.Text, string.Join(", ", details), DueLabel.Format(entry.At), entry.By);
    }
}
