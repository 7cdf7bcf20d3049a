using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Velferd.Workflows.Persistence.TeamWork;

internal sealed class MeetingRowConfiguration : IEntityTypeConfiguration<MeetingRow>
{
    public void Configure(EntityTypeBuilder<MeetingRow> builder)
    {
        builder.ToTable("welfare_meetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(m => m.CaseId).HasColumnName("case_id").HasMaxLength(64);
        builder.Property(m => m.At).HasColumnName("at");
        builder.Property(m => m.Services).HasColumnName("services").HasMaxLength(300);
        builder.Property(m => m.Categories).HasColumnName("categories").HasMaxLength(200);

        // Every change starts from a planned meeting, so the status is what two concurrent changes collide on.
        builder.Property(m => m.Status).HasColumnName("status").HasMaxLength(20).IsConcurrencyToken();
        builder.Property(m => m.ScheduledAt).HasColumnName("scheduled_at");
        builder.Property(m => m.ScheduledBy).HasColumnName("scheduled_by").HasMaxLength(200);
        builder.Property(m => m.RecordedAt).HasColumnName("recorded_at");
        builder.Property(m => m.RecordedBy).HasColumnName("recorded_by").HasMaxLength(200);
        builder.Property(m => m.ParentsPresent).HasColumnName("parents_present");
        builder.Property(m => m.ChildPresent).HasColumnName("child_present");
        builder.Property(m => m.ChildView).HasColumnName("child_view");
        builder.Property(m => m.Summary).HasColumnName("summary");
        builder.Property(m => m.CancelledAt).HasColumnName("cancelled_at");
        builder.Property(m => m.CancelReason).HasColumnName("cancel_reason");
        builder.HasMany(m => m.Participants).WithOne().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.CaseId, m.At }).HasDatabaseName("ix_welfare_meetings_case_at");
    }
}

internal sealed class MeetingParticipantRowConfiguration : IEntityTypeConfiguration<MeetingParticipantRow>
{
    public void Configure(EntityTypeBuilder<MeetingParticipantRow> builder)
    {
        builder.ToTable("welfare_meeting_participants");
        builder.HasKey(p => new { p.MeetingId, p.Position });
        builder.Property(p => p.MeetingId).HasColumnName("meeting_id").HasMaxLength(64);
        builder.Property(p => p.Position).HasColumnName("position");
        builder.Property(p => p.UserName).HasColumnName("user_name").HasMaxLength(100);
        builder.Property(p => p.Service).HasColumnName("service").HasMaxLength(30);
    }
}

internal sealed class HandoverRowConfiguration : IEntityTypeConfiguration<HandoverRow>
{
    public void Configure(EntityTypeBuilder<HandoverRow> builder)
    {
        builder.ToTable("welfare_handovers");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(h => h.CaseId).HasColumnName("case_id").HasMaxLength(64);
        builder.Property(h => h.FromUser).HasColumnName("from_user").HasMaxLength(100);
        builder.Property(h => h.ToUser).HasColumnName("to_user").HasMaxLength(100);
        builder.Property(h => h.OfferedAt).HasColumnName("offered_at");
        builder.Property(h => h.OfferedBy).HasColumnName("offered_by").HasMaxLength(200);
        builder.Property(h => h.RemindAt).HasColumnName("remind_at");
        builder.Property(h => h.Status).HasColumnName("status").HasMaxLength(20).IsConcurrencyToken();
        builder.Property(h => h.DecidedAt).HasColumnName("decided_at");
        builder.Property(h => h.RemindedAt).HasColumnName("reminded_at").IsConcurrencyToken();
        builder.HasIndex(h => h.CaseId).HasDatabaseName("ix_welfare_handovers_case");

        // Need to know asks for the hand-overs a user received on every request.
        builder.HasIndex(h => h.ToUser).HasDatabaseName("ix_welfare_handovers_to_user");

        // The reminder scan looks for open offers whose time has come.
        builder.HasIndex(h => new { h.Status, h.RemindAt }).HasDatabaseName("ix_welfare_handovers_status_remind_at");
    }
}

internal sealed class CaseLogEntryRowConfiguration : IEntityTypeConfiguration<CaseLogEntryRow>
{
    public void Configure(EntityTypeBuilder<CaseLogEntryRow> builder)
    {
        builder.ToTable("welfare_case_log_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(e => e.CaseId).HasColumnName("case_id").HasMaxLength(64);
        builder.Property(e => e.Kind).HasColumnName("kind").HasMaxLength(20);
        builder.Property(e => e.Text).HasColumnName("text");
        builder.Property(e => e.ResponsibleService).HasColumnName("responsible_service").HasMaxLength(30);
        builder.Property(e => e.DueDate).HasColumnName("due_date");
        builder.Property(e => e.Status).HasColumnName("status").HasMaxLength(20);
        builder.Property(e => e.MeetingId).HasColumnName("meeting_id").HasMaxLength(64);
        builder.Property(e => e.GoalAttainment).HasColumnName("goal_attainment");
        builder.Property(e => e.At).HasColumnName("at");
        builder.Property(e => e.By).HasColumnName("by").HasMaxLength(200);
        builder.HasIndex(e => e.CaseId).HasDatabaseName("ix_welfare_case_log_entries_case");
    }
}

internal sealed class AnonymousDiscussionRowConfiguration : IEntityTypeConfiguration<AnonymousDiscussionRow>
{
    public void Configure(EntityTypeBuilder<AnonymousDiscussionRow> builder)
    {
        builder.ToTable("welfare_anonymous_discussions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(d => d.At).HasColumnName("at");
        builder.Property(d => d.Question).HasColumnName("question");
        builder.Property(d => d.AgeBand).HasColumnName("age_band").HasMaxLength(10);
        builder.Property(d => d.Advice).HasColumnName("advice");
    }
}

internal sealed class NotificationRowConfiguration : IEntityTypeConfiguration<NotificationRow>
{
    public void Configure(EntityTypeBuilder<NotificationRow> builder)
    {
        builder.ToTable("welfare_notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(n => n.At).HasColumnName("at");
        builder.Property(n => n.Kind).HasColumnName("kind").HasMaxLength(40);
        builder.Property(n => n.Recipient).HasColumnName("recipient").HasMaxLength(100);
        builder.Property(n => n.Team).HasColumnName("team").HasMaxLength(100);
        builder.Property(n => n.CaseId).HasColumnName("case_id").HasMaxLength(64);
        builder.Property(n => n.Text).HasColumnName("text");
        builder.HasIndex(n => n.Recipient).HasDatabaseName("ix_welfare_notifications_recipient");
        builder.HasIndex(n => n.Team).HasDatabaseName("ix_welfare_notifications_team");
    }
}
