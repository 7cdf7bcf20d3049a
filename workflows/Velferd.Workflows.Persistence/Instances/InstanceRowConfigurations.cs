using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Velferd.Workflows.Persistence.Instances;

internal sealed class WorkflowInstanceRowConfiguration : IEntityTypeConfiguration<WorkflowInstanceRow>
{
    public void Configure(EntityTypeBuilder<WorkflowInstanceRow> builder)
    {
        builder.ToTable("workflow_instances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(i => i.DefinitionId).HasColumnName("definition_id").HasMaxLength(100);
        builder.Property(i => i.DefinitionVersionId).HasColumnName("definition_version_id").HasMaxLength(64);
        builder.Property(i => i.DefinitionVersion).HasColumnName("definition_version");
        builder.Property(i => i.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(i => i.CorrelationId).HasColumnName("correlation_id").HasMaxLength(200);
        builder.Property(i => i.Team).HasColumnName("team").HasMaxLength(100);
        builder.Property(i => i.TestRunBy).HasColumnName("test_run_by").HasMaxLength(100);
        builder.Property(i => i.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.SubStatus).HasColumnName("sub_status").HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.CreatedAt).HasColumnName("created_at");
        builder.Property(i => i.UpdatedAt).HasColumnName("updated_at");
        builder.Property(i => i.FinishedAt).HasColumnName("finished_at");
        builder.Property(i => i.IncidentCount).HasColumnName("incident_count");
        builder.Property(i => i.Revision).HasColumnName("revision").IsConcurrencyToken();
        builder.Property(i => i.SchemaVersion).HasColumnName("schema_version");
        builder.Property(i => i.StateJson).HasColumnName("state_json");
        builder.HasIndex(i => new { i.DefinitionId, i.Id });
        builder.HasIndex(i => i.CorrelationId);
        builder.HasIndex(i => new { i.Team, i.Id });
        builder.HasIndex(i => new { i.Status, i.SubStatus });

        // Retention finds finished instances oldest first.
        builder.HasIndex(i => new { i.Status, i.FinishedAt });
    }
}

internal sealed class BookmarkRowConfiguration : IEntityTypeConfiguration<BookmarkRow>
{
    public void Configure(EntityTypeBuilder<BookmarkRow> builder)
    {
        builder.ToTable("workflow_bookmarks");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(b => b.WorkflowInstanceId).HasColumnName("workflow_instance_id").HasMaxLength(64);
        builder.Property(b => b.ActivityId).HasColumnName("activity_id").HasMaxLength(100);
        builder.Property(b => b.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(b => b.Key).HasColumnName("key").HasMaxLength(200);
        builder.Property(b => b.CorrelationId).HasColumnName("correlation_id").HasMaxLength(200);
        builder.Property(b => b.CreatedAt).HasColumnName("created_at");
        builder.HasOne<WorkflowInstanceRow>().WithMany().HasForeignKey(b => b.WorkflowInstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.Name, b.Key, b.CorrelationId });
    }
}

internal sealed class ActivityExecutionRowConfiguration : IEntityTypeConfiguration<ActivityExecutionRow>
{
    public void Configure(EntityTypeBuilder<ActivityExecutionRow> builder)
    {
        builder.ToTable("activity_executions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(e => e.WorkflowInstanceId).HasColumnName("workflow_instance_id").HasMaxLength(64);
        builder.Property(e => e.Sequence).HasColumnName("sequence");
        builder.Property(e => e.ActivityId).HasColumnName("activity_id").HasMaxLength(100);
        builder.Property(e => e.ActivityNodeId).HasColumnName("activity_node_id").HasMaxLength(400);
        builder.Property(e => e.ActivityType).HasColumnName("activity_type").HasMaxLength(200);
        builder.Property(e => e.ActivityName).HasColumnName("activity_name").HasMaxLength(200);
        builder.Property(e => e.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Resumed).HasColumnName("resumed");
        builder.Property(e => e.Outcomes).HasColumnName("outcomes");
        builder.Property(e => e.Message).HasColumnName("message");
        builder.Property(e => e.OutputJson).HasColumnName("output_json");
        builder.Property(e => e.StartedAt).HasColumnName("started_at");
        builder.Property(e => e.CompletedAt).HasColumnName("completed_at");
        builder.HasOne<WorkflowInstanceRow>().WithMany().HasForeignKey(e => e.WorkflowInstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.WorkflowInstanceId, e.Sequence }).IsUnique();
    }
}
