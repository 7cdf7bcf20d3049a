using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Reports;

namespace Velferd.Workflows.Host.Reports;

/// <summary>
/// A melding as the barnevern team reads it (no child number: the case holds the persons); once its P3 pathway has
/// ended, with the end code and <c>fristerOverholdt</c> (DOMAIN.md §6 P3's <c>frister_overholdt</c>).
/// </summary>
public sealed record ReportView(
    string Id, string MeldingId, int ChildIndex, string CaseId, string Status, int? SsbCode, DateTimeOffset ReceivedAt, DateTimeOffset RegisteredAt,
    string RegisteredBy, string Channel, ReporterRequest Reporter, string Text, bool Acute, string ChildIdentityStatus, string? InvestigationId,
    string? ReviewOutcome, string? ReviewReason, DateTimeOffset? ReviewedAt, string? ReviewedBy, string? EndCode, bool? FristerOverholdt)
{
    /// <summary>
    /// The view of <paramref name="r"/>, its free text (the reporter's and the reviewer's) without anything that reads as
    /// an address when the case holds a person with a strictly confidential address (<paramref name="protection"/>,
    /// R-63), and how its pathway ended when it has (<paramref name="outcome"/>). Fødselsnummer in the text are masked on
    /// the way out (<c>IdentityNumberMasking</c>).
    /// </summary>
    public static ReportView Of(ConcernReport r, AddressProtection protection, ReportOutcome? outcome = null) => new(
        r.Id, r.MeldingId, r.ChildIndex, r.CaseId, r.Status, r.SsbCode, r.ReceivedAt, r.RegisteredAt, r.RegisteredBy, r.Channel,
        new ReporterRequest(r.ReporterCategory, r.ReporterRole, r.ReporterOrganisation, r.ReporterOrganisationNumber), ProtectedAddressText.Redact(r.Text, protection)!, r.Acute,
        r.ChildIdentityStatus, r.InvestigationId, r.ReviewOutcome, ProtectedAddressText.Redact(r.ReviewReason, protection), r.ReviewedAt, r.ReviewedBy,
        outcome?.EndCode, outcome?.DeadlinesMet);
}
