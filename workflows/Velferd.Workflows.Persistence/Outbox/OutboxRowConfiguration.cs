using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Velferd.Workflows.Persistence.Outbox;

internal sealed class OutboxRowConfiguration : IEntityTypeConfiguration<OutboxRow>
{
    public void Configure(EntityTypeBuilder<OutboxRow> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(m => m.WorkflowInstanceId).HasColumnName("workflow_instance_id").HasMaxLength(64);
        builder.Property(m => m.ActivityId).HasColumnName("activity_id").HasMaxLength(200);
        builder.Property(m => m.BookmarkId).HasColumnName("bookmark_id").HasMaxLength(64);
        builder.Property(m => m.Service).HasColumnName("service").HasMaxLength(100);
        builder.Property(m => m.IsTest).HasColumnName("is_test");
        builder.Property(m => m.Operation).HasColumnName("operation").HasMaxLength(100);
        builder.Property(m => m.PayloadJson).HasColumnName("payload_json");
        builder.Property(m => m.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(200);
        builder.Property(m => m.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Attempts).HasColumnName("attempts");
        builder.Property(m => m.LeaseOwner).HasColumnName("lease_owner").HasMaxLength(200);
        builder.Property(m => m.ClaimToken).HasColumnName("claim_token").HasMaxLength(64);
        builder.Property(m => m.LeaseExpiresAt).HasColumnName("lease_expires_at");
        builder.Property(m => m.AvailableAt).HasColumnName("available_at");
        builder.Property(m => m.CreatedAt).HasColumnName("created_at");
        builder.Property(m => m.FirstFailedAt).HasColumnName("first_failed_at");
        builder.Property(m => m.LastError).HasColumnName("last_error").HasMaxLength(2000);
        builder.Property(m => m.FinishedAt).HasColumnName("finished_at");
        builder.Property(m => m.IncidentAt).HasColumnName("incident_at");
        builder.Property(m => m.ResolutionNote).HasColumnName("resolution_note").HasMaxLength(2000);
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();
        builder.HasIndex(m => new { m.Status, m.AvailableAt });
        builder.HasIndex(m => new { m.Status, m.LeaseExpiresAt });
        builder.HasIndex(m => m.ClaimToken);
        builder.HasIndex(m => m.BookmarkId);

        // Retention keeps an instance while a service call of it is unfinished.
        builder.HasIndex(m => m.WorkflowInstanceId);
    }
}
