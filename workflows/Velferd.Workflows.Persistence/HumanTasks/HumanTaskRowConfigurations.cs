using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Velferd.Workflows.Persistence.HumanTasks;

internal sealed class HumanTaskRowConfiguration : IEntityTypeConfiguration<HumanTaskRow>
{
    /// <summary>The filter of the partial inbox indexes: only active tasks (a small share of all tasks) are in them.</summary>
    internal const string ActiveFilter = "\"status\" IN ('Open', 'Claimed')";

    public void Configure(EntityTypeBuilder<HumanTaskRow> builder)
    {
        builder.ToTable("human_tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(t => t.WorkflowInstanceId).HasColumnName("workflow_instance_id").HasMaxLength(64);
        builder.Property(t => t.BookmarkId).HasColumnName("bookmark_id").HasMaxLength(64);
        builder.Property(t => t.ActivityId).HasColumnName("activity_id").HasMaxLength(100);
        builder.Property(t => t.DefinitionId).HasColumnName("definition_id").HasMaxLength(100);
        builder.Property(t => t.CorrelationId).HasColumnName("correlation_id").HasMaxLength(200);
        builder.Property(t => t.Title).HasColumnName("title").HasMaxLength(500);
        builder.Property(t => t.Description).HasColumnName("description");
        builder.Property(t => t.FieldsJson).HasColumnName("fields_json");
        builder.Property(t => t.OutcomesJson).HasColumnName("outcomes_json");
        builder.Property(t => t.CandidateTeam).HasColumnName("candidate_team").HasMaxLength(100);
        builder.Property(t => t.TestRunBy).HasColumnName("test_run_by").HasMaxLength(100);
        builder.Property(t => t.CandidateRole).HasColumnName("candidate_role").HasMaxLength(100);
        builder.Property(t => t.AssignedTo).HasColumnName("assigned_to").HasMaxLength(200);
        builder.Property(t => t.Priority).HasColumnName("priority").HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.PriorityOrder).HasColumnName("priority_order");
        builder.Property(t => t.DueAt).HasColumnName("due_at");
        builder.Property(t => t.DueOrder).HasColumnName("due_order");
        builder.Property(t => t.ReminderOffset).HasColumnName("reminder_offset").HasMaxLength(50);
        builder.Property(t => t.EscalationOffset).HasColumnName("escalation_offset").HasMaxLength(50);
        builder.Property(t => t.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Outcome).HasColumnName("outcome").HasMaxLength(200);
        builder.Property(t => t.FormDataJson).HasColumnName("form_data_json");
        builder.Property(t => t.CompletedBy).HasColumnName("completed_by").HasMaxLength(200);
        builder.Property(t => t.ClosedAt).HasColumnName("closed_at");
        builder.Property(t => t.CreatedAt).HasColumnName("created_at");
        builder.Property(t => t.UpdatedAt).HasColumnName("updated_at");
        builder.Property(t => t.Version).HasColumnName("version").IsConcurrencyToken();

        // Inbox lists read only active tasks, in due (or priority, due) order, by holder or by team.
        builder.HasIndex(t => new { t.AssignedTo, t.DueOrder, t.Id }).HasDatabaseName("ix_human_tasks_active_assignee").HasFilter(ActiveFilter);
        builder.HasIndex(t => new { t.CandidateTeam, t.DueOrder, t.Id }).HasDatabaseName("ix_human_tasks_active_team").HasFilter(ActiveFilter);
        builder.HasIndex(t => new { t.CandidateTeam, t.PriorityOrder, t.DueOrder, t.Id }).HasDatabaseName("ix_human_tasks_active_team_priority").HasFilter(ActiveFilter);

        // Counts per status and lists of closed tasks; the case and instance views; cancellation by bookmark.
        builder.HasIndex(t => new { t.CandidateTeam, t.Status }).HasDatabaseName("ix_human_tasks_team_status");
        builder.HasIndex(t => new { t.AssignedTo, t.Status }).HasDatabaseName("ix_human_tasks_assignee_status");
        builder.HasIndex(t => t.CorrelationId).HasDatabaseName("ix_human_tasks_correlation");
        builder.HasIndex(t => t.WorkflowInstanceId).HasDatabaseName("ix_human_tasks_instance");
        builder.HasIndex(t => t.BookmarkId).HasDatabaseName("ix_human_tasks_bookmark");
    }
}

internal sealed class HumanTaskHistoryRowConfiguration : IEntityTypeConfiguration<HumanTaskHistoryRow>
{
    public void Configure(EntityTypeBuilder<HumanTaskHistoryRow> builder)
    {
        builder.ToTable("human_task_history");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(h => h.TaskId).HasColumnName("task_id").HasMaxLength(64);
        builder.Property(h => h.At).HasColumnName("at");
        builder.Property(h => h.Actor).HasColumnName("actor").HasMaxLength(200);
        builder.Property(h => h.Action).HasColumnName("action").HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Detail).HasColumnName("detail").HasMaxLength(500);
        builder.Property(h => h.Version).HasColumnName("version");
        builder.HasOne<HumanTaskRow>().WithMany().HasForeignKey(h => h.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => new { h.TaskId, h.Version }).IsUnique();
    }
}
