using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Velferd.Workflows.Persistence.Reports;

internal sealed class ConcernReportRowConfiguration : IEntityTypeConfiguration<ConcernReportRow>
{
    public void Configure(EntityTypeBuilder<ConcernReportRow> builder)
    {
        builder.ToTable("welfare_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(r => r.MeldingId).HasColumnName("melding_id").HasMaxLength(64);
        builder.Property(r => r.ChildIndex).HasColumnName("child_index");
        builder.Property(r => r.CaseId).HasColumnName("case_id").HasMaxLength(64);
        builder.Property(r => r.Municipality).HasColumnName("municipality").HasMaxLength(4);
        builder.Property(r => r.Team).HasColumnName("team").HasMaxLength(100);
        builder.Property(r => r.ChildIdentityKind).HasColumnName("child_identity_kind").HasMaxLength(10);
        builder.Property(r => r.ChildNumber).HasColumnName("child_number").HasMaxLength(11);
        builder.Property(r => r.ChildDueDate).HasColumnName("child_due_date");
        builder.Property(r => r.ChildIdentityStatus).HasColumnName("child_identity_status").HasMaxLength(30);
        builder.Property(r => r.ReceivedAt).HasColumnName("received_at");
        builder.Property(r => r.RegisteredAt).HasColumnName("registered_at");
        builder.Property(r => r.RegisteredBy).HasColumnName("registered_by").HasMaxLength(200);
        builder.Property(r => r.Channel).HasColumnName("channel").HasMaxLength(20);
        builder.Property(r => r.ReporterCategory).HasColumnName("reporter_category").HasMaxLength(20);
        builder.Property(r => r.ReporterRole).HasColumnName("reporter_role").HasMaxLength(200);
        builder.Property(r => r.ReporterOrganisation).HasColumnName("reporter_organisation").HasMaxLength(200);
        builder.Property(r => r.ReporterOrganisationNumber).HasColumnName("reporter_organisation_number").HasMaxLength(9);
        builder.Property(r => r.ReporterNumber).HasColumnName("reporter_number").HasMaxLength(11);
        builder.Property(r => r.Text).HasColumnName("text");
        builder.Property(r => r.Acute).HasColumnName("acute");
        builder.Property(r => r.Status).HasColumnName("status").HasMaxLength(30);
        builder.Property(r => r.SsbCode).HasColumnName("ssb_code");
        builder.Property(r => r.InvestigationId).HasColumnName("investigation_id").HasMaxLength(64);
        builder.Property(r => r.ReviewOutcome).HasColumnName("review_outcome").HasMaxLength(20);
        builder.Property(r => r.ReviewReason).HasColumnName("review_reason");
        builder.Property(r => r.ReviewedAt).HasColumnName("reviewed_at");
        builder.Property(r => r.ReviewedBy).HasColumnName("reviewed_by").HasMaxLength(200);
        builder.Property(r => r.Revision).HasColumnName("revision").IsConcurrencyToken();
        builder.HasIndex(r => r.CaseId).HasDatabaseName("ix_welfare_reports_case");

        // One record per child of a melding: a replayed Fiks IO message (its id is the melding id) cannot store twice.
        builder.HasIndex(r => new { r.MeldingId, r.ChildIndex }).IsUnique().HasDatabaseName("ix_welfare_reports_melding_child");

        // KPIs (DOMAIN.md §7) count meldinger by team and receipt.
        builder.HasIndex(r => new { r.Team, r.ReceivedAt }).HasDatabaseName("ix_welfare_reports_team_received");
    }
}

internal sealed class InvestigationRowConfiguration : IEntityTypeConfiguration<InvestigationRow>
{
    public void Configure(EntityTypeBuilder<InvestigationRow> builder)
    {
        builder.ToTable("welfare_investigations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(i => i.CaseId).HasColumnName("case_id").HasMaxLength(64);
        builder.Property(i => i.ReportId).HasColumnName("report_id").HasMaxLength(64);
        builder.Property(i => i.Team).HasColumnName("team").HasMaxLength(100);
        builder.Property(i => i.StartDate).HasColumnName("start_date");
        builder.Property(i => i.DeadlineId).HasColumnName("deadline_id").HasMaxLength(64);
        builder.Property(i => i.ConclusionCode).HasColumnName("conclusion_code");
        builder.Property(i => i.ConclusionReason).HasColumnName("conclusion_reason");
        builder.Property(i => i.ConcludedAt).HasColumnName("concluded_at");
        builder.Property(i => i.ConcludedBy).HasColumnName("concluded_by").HasMaxLength(200);
        builder.Property(i => i.CreatedAt).HasColumnName("created_at");
        builder.Property(i => i.CreatedBy).HasColumnName("created_by").HasMaxLength(200);
        builder.Property(i => i.Revision).HasColumnName("revision").IsConcurrencyToken();
        builder.HasMany(i => i.DeviationNotes).WithOne().HasForeignKey(n => n.InvestigationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => i.CaseId).HasDatabaseName("ix_welfare_investigations_case");

        // One investigation per melding review, even if two reviews race.
        builder.HasIndex(i => i.ReportId).IsUnique().HasDatabaseName("ix_welfare_investigations_report");
    }
}

internal sealed class DeviationNoteRowConfiguration : IEntityTypeConfiguration<DeviationNoteRow>
{
    public void Configure(EntityTypeBuilder<DeviationNoteRow> builder)
    {
        builder.ToTable("welfare_deviation_notes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(n => n.InvestigationId).HasColumnName("investigation_id").HasMaxLength(64);
        builder.Property(n => n.At).HasColumnName("at");
        builder.Property(n => n.By).HasColumnName("by").HasMaxLength(200);
        builder.Property(n => n.Text).HasColumnName("text");
    }
}
