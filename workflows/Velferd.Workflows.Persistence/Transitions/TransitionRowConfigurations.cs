using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Velferd.Workflows.Persistence.Transitions;

internal sealed class MeasureRowConfiguration : IEntityTypeConfiguration<MeasureRow>
{
    public void Configure(EntityTypeBuilder<MeasureRow> builder)
    {
        builder.ToTable("welfare_measures");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(m => m.CaseId).HasColumnName("case_id").HasMaxLength(64);
        builder.Property(m => m.Kind).HasColumnName("kind").HasMaxLength(20);
        builder.Property(m => m.StartDate).HasColumnName("start_date");
        builder.Property(m => m.Status).HasColumnName("status").HasMaxLength(20);
        builder.Property(m => m.EndReason).HasColumnName("end_reason");
        builder.Property(m => m.EndedByDecisionId).HasColumnName("ended_by_decision_id").HasMaxLength(64);
        builder.Property(m => m.EndedAt).HasColumnName("ended_at");
        builder.Property(m => m.EndedBy).HasColumnName("ended_by").HasMaxLength(200);
        builder.Property(m => m.CreatedAt).HasColumnName("created_at");
        builder.Property(m => m.CreatedBy).HasColumnName("created_by").HasMaxLength(200);
        builder.Property(m => m.Revision).HasColumnName("revision").IsConcurrencyToken();
        builder.HasIndex(m => m.CaseId).HasDatabaseName("ix_welfare_measures_case");
    }
}

internal sealed class TransitionDecisionRowConfiguration : IEntityTypeConfiguration<TransitionDecisionRow>
{
    public void Configure(EntityTypeBuilder<TransitionDecisionRow> builder)
    {
        builder.ToTable("welfare_transition_decisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(d => d.CaseId).HasColumnName("case_id").HasMaxLength(64);
        builder.Property(d => d.Kind).HasColumnName("kind").HasMaxLength(20);
        builder.Property(d => d.DecidedOn).HasColumnName("decided_on");
        builder.Property(d => d.Goal).HasColumnName("goal");
        builder.Property(d => d.Content).HasColumnName("content");
        builder.Property(d => d.IntendedDuration).HasColumnName("intended_duration").HasMaxLength(200);
        builder.Property(d => d.Responsibility).HasColumnName("responsibility");
        builder.Property(d => d.Reason).HasColumnName("reason");
        builder.Property(d => d.AskAgainOn).HasColumnName("ask_again_on");
        builder.Property(d => d.AppealInformation).HasColumnName("appeal_information");
        builder.Property(d => d.RecordedAt).HasColumnName("recorded_at");
        builder.Property(d => d.RecordedBy).HasColumnName("recorded_by").HasMaxLength(200);
        builder.HasIndex(d => d.CaseId).HasDatabaseName("ix_welfare_transition_decisions_case");
    }
}
