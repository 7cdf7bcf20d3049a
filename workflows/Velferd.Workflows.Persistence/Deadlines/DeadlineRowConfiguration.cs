using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Velferd.Workflows.Persistence.Deadlines;

internal sealed class DeadlineRowConfiguration : IEntityTypeConfiguration<DeadlineRow>
{
    public void Configure(EntityTypeBuilder<DeadlineRow> builder)
    {
        builder.ToTable("deadlines");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(d => d.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(d => d.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.SourceRule).HasColumnName("source_rule").HasMaxLength(400);
        builder.Property(d => d.WorkflowInstanceId).HasColumnName("workflow_instance_id").HasMaxLength(64);
        builder.Property(d => d.ActivityId).HasColumnName("activity_id").HasMaxLength(200);
        builder.Property(d => d.CorrelationId).HasColumnName("correlation_id").HasMaxLength(200);
        builder.Property(d => d.Team).HasColumnName("team").HasMaxLength(200);
        builder.Property(d => d.TestRunBy).HasColumnName("test_run_by").HasMaxLength(100);
        builder.Property(d => d.BookmarkName).HasColumnName("bookmark_name").HasMaxLength(200);
        builder.Property(d => d.BookmarkKey).HasColumnName("bookmark_key").HasMaxLength(400);
        builder.Property(d => d.BookmarkId).HasColumnName("bookmark_id").HasMaxLength(64);
        builder.Property(d => d.AnchorAt).HasColumnName("anchor_at");
        builder.Property(d => d.DueAt).HasColumnName("due_at");
        builder.Property(d => d.DueLocal).HasColumnName("due_local").HasMaxLength(40);
        builder.Property(d => d.Duration).HasColumnName("duration").HasMaxLength(100);
        builder.Property(d => d.MaxDueAt).HasColumnName("max_due_at");
        builder.Property(d => d.ReminderBefore).HasColumnName("reminder_before").HasMaxLength(100);
        builder.Property(d => d.ReminderAt).HasColumnName("reminder_at");
        builder.Property(d => d.ReminderTargets).HasColumnName("reminder_targets").HasMaxLength(400);
        builder.Property(d => d.EscalationAfter).HasColumnName("escalation_after").HasMaxLength(100);
        builder.Property(d => d.EscalationAt).HasColumnName("escalation_at");
        builder.Property(d => d.EscalationTargets).HasColumnName("escalation_targets").HasMaxLength(400);
        builder.Property(d => d.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.NextStep).HasColumnName("next_step").HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.NextFireAt).HasColumnName("next_fire_at");
        builder.Property(d => d.ExtensionCount).HasColumnName("extension_count");
        builder.Property(d => d.RequestedDueAt).HasColumnName("requested_due_at");
        builder.Property(d => d.ExtensionReason).HasColumnName("extension_reason").HasMaxLength(2000);
        builder.Property(d => d.ExtensionRequestedBy).HasColumnName("extension_requested_by").HasMaxLength(200);
        builder.Property(d => d.ExtensionApprovedBy).HasColumnName("extension_approved_by").HasMaxLength(200);
        builder.Property(d => d.ResumesOnDue).HasColumnName("resumes_on_due").HasDefaultValue(true).HasSentinel(true);
        builder.Property(d => d.PersonIdentityNumber).HasColumnName("person_identity_number").HasMaxLength(11);
        builder.Property(d => d.MilestoneAge).HasColumnName("milestone_age").HasMaxLength(100);
        builder.Property(d => d.MilestoneLeadTime).HasColumnName("milestone_lead_time").HasMaxLength(100);
        builder.Property(d => d.CreatedAt).HasColumnName("created_at");
        builder.Property(d => d.UpdatedAt).HasColumnName("updated_at");
        builder.Property(d => d.ResolvedAt).HasColumnName("resolved_at");
        builder.Property(d => d.ClaimedBy).HasColumnName("claimed_by").HasMaxLength(200);
        builder.Property(d => d.ClaimToken).HasColumnName("claim_token").HasMaxLength(64);
        builder.Property(d => d.ClaimExpiresAt).HasColumnName("claim_expires_at");
        builder.HasIndex(d => d.NextFireAt);
        builder.HasIndex(d => d.ClaimToken);
        builder.HasIndex(d => d.BookmarkId);
        builder.HasIndex(d => d.WorkflowInstanceId);
        builder.HasIndex(d => new { d.CorrelationId, d.DueAt });
        builder.HasIndex(d => new { d.Status, d.DueAt });
    }
}
