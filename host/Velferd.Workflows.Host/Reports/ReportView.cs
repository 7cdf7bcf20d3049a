using Velferd.Workflows.Welfare.Reports;

namespace Velferd.Workflows.Host.Reports;

/// <summary>A melding as the barnevern team reads it (no child number: the case holds the persons).</summary>
public sealed record ReportView(
    string Id, string MeldingId, int ChildIndex, string CaseId, string Status, int? SsbCode, DateTimeOffset ReceivedAt, DateTimeOffset RegisteredAt,
    string RegisteredBy, string Channel, ReporterRequest Reporter, string Text, bool Acute, string ChildIdentityStatus, string? InvestigationId,
    string? ReviewOutcome, string? ReviewReason, DateTimeOffset? ReviewedAt, string? ReviewedBy)
{
    /// <summary>The view of <paramref name="r"/>.</summary>
    public static ReportView Of(ConcernReport r) => new(
        r.Id, r.MeldingId, r.ChildIndex, r.CaseId, r.Status, r.SsbCode, r.ReceivedAt, r.RegisteredAt, r.RegisteredBy, r.Channel,
        new ReporterRequest(r.ReporterCategory, r.ReporterRole, r.ReporterOrganisation), r.Text, r.Acute, r.ChildIdentityStatus, r.InvestigationId,
        r.ReviewOutcome, r.ReviewReason, r.ReviewedAt, r.ReviewedBy);
}
