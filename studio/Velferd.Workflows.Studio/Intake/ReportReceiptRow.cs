using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.Intake;

/// <summary>
/// One child's line of the receipt after a melding is sent (R-20: one record per child): who it is about, what the
/// host says of it, and the case when the user may open it. A registrant outside the barnevern case (a teacher, R-11)
/// is told that the melding is received and gets no link: whether the child is under investigation is not theirs to know.
/// </summary>
/// <param name="ReportId">The record's id.</param>
/// <param name="Child">The child as typed on the form (name, or «Barn n»).</param>
/// <param name="Status">The status in words.</param>
/// <param name="CaseId">The case to link to, or null when the user may not open it.</param>
public sealed record ReportReceiptRow(string ReportId, string Child, string Status, string? CaseId)
{
    /// <summary>The receipt's rows; <paramref name="maySee"/> says which cases the user may open.</summary>
    public static IReadOnlyList<ReportReceiptRow> Of(RegisteredReportsAnswer answer, IReadOnlyList<PersonDraft> sentChildren, IReadOnlySet<string> maySee) =>
    [
        .. answer.Reports.OrderBy(r => r.ChildIndex).Select(r => new ReportReceiptRow(
            r.Id,
            r.ChildIndex < sentChildren.Count && !string.IsNullOrWhiteSpace(sentChildren[r.ChildIndex].Name)
                ? sentChildren[r.ChildIndex].Name!.Trim()
                : TextFormat.With(Texts.ReportChildNumber, r.ChildIndex + 1),
            maySee.Contains(r.CaseId) ? StatusText(r.Status) : Texts.ReportStatusReceived,
            maySee.Contains(r.CaseId) ? r.CaseId : null)),
    ];

    /// <summary>The bokmål words of a melding's status.</summary>
    public static string StatusText(string status) => status switch
    {
        "MOTTATT" => Texts.ReportStatusReceived,
        "KNYTTET_TIL_UNDERSØKELSE" => Texts.ReportStatusAttached,
        "UNDERSØKES" => Texts.ReportStatusInvestigating,
        "HENLAGT" => Texts.ReportStatusClosed,
        _ => status,
    };
}
