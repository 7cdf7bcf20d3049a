using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Velferd.Workflows.Persistence.Stimuli;

internal sealed class StimulusRowConfiguration : IEntityTypeConfiguration<StimulusRow>
{
    public void Configure(EntityTypeBuilder<StimulusRow> builder)
    {
        builder.ToTable("stimuli");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(s => s.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(400);
        builder.Property(s => s.WorkflowInstanceId).HasColumnName("workflow_instance_id").HasMaxLength(64);
        builder.Property(s => s.DefinitionVersionId).HasColumnName("definition_version_id").HasMaxLength(64);
        builder.Property(s => s.BookmarkId).HasColumnName("bookmark_id").HasMaxLength(64);
        builder.Property(s => s.EventName).HasColumnName("event_name").HasMaxLength(200);
        builder.Property(s => s.CorrelationId).HasColumnName("correlation_id").HasMaxLength(200);
        builder.Property(s => s.Team).HasColumnName("team").HasMaxLength(100);
        builder.Property(s => s.TestRunBy).HasColumnName("test_run_by").HasMaxLength(100);
        builder.Property(s => s.ScopeJson).HasColumnName("scope_json");
        builder.Property(s => s.PayloadJson).HasColumnName("payload_json");
        builder.Property(s => s.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Attempts).HasColumnName("attempts");
        builder.Property(s => s.LeaseOwner).HasColumnName("lease_owner").HasMaxLength(200);
        builder.Property(s => s.ClaimToken).HasColumnName("claim_token").HasMaxLength(64);
        builder.Property(s => s.LeaseExpiresAt).HasColumnName("lease_expires_at");
        builder.Property(s => s.AvailableAt).HasColumnName("available_at");
        builder.Property(s => s.CreatedAt).HasColumnName("created_at");
        builder.Property(s => s.ProcessedAt).HasColumnName("processed_at");
        builder.Property(s => s.LastError).HasColumnName("last_error").HasMaxLength(2000);
        builder.HasIndex(s => s.IdempotencyKey).IsUnique();
        builder.HasIndex(s => new { s.Status, s.AvailableAt });
        builder.HasIndex(s => new { s.Status, s.LeaseExpiresAt });
        builder.HasIndex(s => s.ClaimToken);
    }
}
