using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Reports;

namespace Velferd.Workflows.Persistence.Reports;

/// <summary>Rows to melding and investigation records and back.</summary>
internal static class ReportMapping
{
    public static ConcernReportRow ToRow(ConcernReport source) => new()
    {
        Id = source.Id,
        MeldingId = source.MeldingId,
        ChildIndex = source.ChildIndex,
        CaseId = source.CaseId,
        Municipality = source.Municipality,
        Team = source.Team,
        ChildIdentityKind = source.Child.Kind.ToString(),
        ChildNumber = source.Child.Number,
        ChildDueDate = source.Child.DueDate,
        ChildIdentityStatus = source.ChildIdentityStatus,
        ReceivedAt = source.ReceivedAt,
        RegisteredAt = source.RegisteredAt,
        RegisteredBy = source.RegisteredBy,
        Channel = source.Channel,
        ReporterCategory = source.ReporterCategory,
        ReporterRole = source.ReporterRole,
        ReporterOrganisation = source.ReporterOrganisation,
        ReporterOrganisationNumber = source.ReporterOrganisationNumber,
        ReporterNumber = source.ReporterNumber,
        Text = source.Text,
        Acute = source.Acute,
        Status = source.Status,
        SsbCode = source.SsbCode,
        InvestigationId = source.InvestigationId,
        ReviewOutcome = source.ReviewOutcome,
        ReviewReason = source.ReviewReason,
        ReviewedAt = source.ReviewedAt,
        ReviewedBy = source.ReviewedBy,
        Revision = source.Revision,
    };

    public static ConcernReport ToModel(ConcernReportRow row) => new()
    {
        Id = row.Id,
        MeldingId = row.MeldingId,
        ChildIndex = row.ChildIndex,
        CaseId = row.CaseId,
        Municipality = row.Municipality,
        Team = row.Team,
        Child = new PersonIdentity(Enum.Parse<IdentityKind>(row.ChildIdentityKind), row.ChildNumber, row.ChildDueDate),
        ChildIdentityStatus = row.ChildIdentityStatus,
        ReceivedAt = row.ReceivedAt,
        RegisteredAt = row.RegisteredAt,
        RegisteredBy = row.RegisteredBy,
        Channel = row.Channel,
        ReporterCategory = row.ReporterCategory,
        ReporterRole = row.ReporterRole,
        ReporterOrganisation = row.ReporterOrganisation,
        ReporterOrganisationNumber = row.ReporterOrganisationNumber,
        ReporterNumber = row.ReporterNumber,
        Text = row.Text,
        Acute = row.Acute,
        Status = row.Status,
        SsbCode = row.SsbCode,
        InvestigationId = row.InvestigationId,
        ReviewOutcome = row.ReviewOutcome,
        ReviewReason = row.ReviewReason,
        ReviewedAt = row.ReviewedAt,
        ReviewedBy = row.ReviewedBy,
        Revision = row.Revision,
    };

    public static InvestigationRow ToRow(Investigation source) => new()
    {
        Id = source.Id,
        CaseId = source.CaseId,
        ReportId = source.ReportId,
        Team = source.Team,
        StartDate = source.StartDate,
        DeadlineId = source.DeadlineId,
        ConclusionCode = source.ConclusionCode,
        ConclusionReason = source.ConclusionReason,
        ConcludedAt = source.ConcludedAt,
        ConcludedBy = source.ConcludedBy,
        CreatedAt = source.CreatedAt,
        CreatedBy = source.CreatedBy,
        Revision = source.Revision,
        DeviationNotes = [.. source.DeviationNotes.Select(n => new DeviationNoteRow { Id = n.Id, InvestigationId = source.Id, At = n.At, By = n.By, Text = n.Text })],
    };

    public static Investigation ToModel(InvestigationRow row) => new()
    {
        Id = row.Id,
        CaseId = row.CaseId,
        ReportId = row.ReportId,
        Team = row.Team,
        StartDate = row.StartDate,
        DeadlineId = row.DeadlineId,
        ConclusionCode = row.ConclusionCode,
        ConclusionReason = row.ConclusionReason,
        ConcludedAt = row.ConcludedAt,
        ConcludedBy = row.ConcludedBy,
        CreatedAt = row.CreatedAt,
        CreatedBy = row.CreatedBy,
        Revision = row.Revision,
        DeviationNotes = [.. row.DeviationNotes.OrderBy(n => n.At).ThenBy(n => n.Id, StringComparer.Ordinal).Select(n => new DeviationNote(n.Id, n.At, n.By, n.Text))],
    };
}
