using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Velferd.Workflows.Persistence.Letters;

internal sealed class LetterRowConfiguration : IEntityTypeConfiguration<LetterRow>
{
    public void Configure(EntityTypeBuilder<LetterRow> builder)
    {
        builder.ToTable("welfare_letters");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(l => l.CaseId).HasColumnName("case_id").HasMaxLength(64);
        builder.Property(l => l.PersonId).HasColumnName("person_id").HasMaxLength(64);
        builder.Property(l => l.ReportId).HasColumnName("report_id").HasMaxLength(64);
        builder.Property(l => l.Kind).HasColumnName("kind").HasMaxLength(20);
        builder.Property(l => l.Title).HasColumnName("title").HasMaxLength(200);
        builder.Property(l => l.Body).HasColumnName("body");
        builder.Property(l => l.Reasons).HasColumnName("reasons");
        builder.Property(l => l.AppealInformation).HasColumnName("appeal_information");
        builder.Property(l => l.MeetingId).HasColumnName("meeting_id").HasMaxLength(64);

        // The outcome is written once, from a queued letter: two replies collide on the status.
        builder.Property(l => l.Status).HasColumnName("status").HasMaxLength(20).IsConcurrencyToken();
        builder.Property(l => l.Channel).HasColumnName("channel").HasMaxLength(20);
        builder.Property(l => l.ShipmentId).HasColumnName("shipment_id").HasMaxLength(100);
        builder.Property(l => l.Reason).HasColumnName("reason").HasMaxLength(200);
        builder.Property(l => l.CreatedAt).HasColumnName("created_at");
        builder.Property(l => l.CreatedBy).HasColumnName("created_by").HasMaxLength(200);
        builder.Property(l => l.FinishedAt).HasColumnName("finished_at");
        builder.HasIndex(l => l.CaseId).HasDatabaseName("ix_welfare_letters_case");
    }
}
