using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Velferd.Workflows.Persistence.TimerTriggers;

internal sealed class TimerTriggerRowConfiguration : IEntityTypeConfiguration<TimerTriggerRow>
{
    public void Configure(EntityTypeBuilder<TimerTriggerRow> builder)
    {
        builder.ToTable("timer_triggers");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasColumnName("id").HasMaxLength(200);
        builder.Property(t => t.DefinitionId).HasColumnName("definition_id").HasMaxLength(100);
        builder.Property(t => t.DefinitionVersionId).HasColumnName("definition_version_id").HasMaxLength(64);
        builder.Property(t => t.ActivityId).HasColumnName("activity_id").HasMaxLength(100);
        builder.Property(t => t.Schedule).HasColumnName("schedule").HasMaxLength(400);
        builder.Property(t => t.NextFireAt).HasColumnName("next_fire_at");
        builder.Property(t => t.CreatedAt).HasColumnName("created_at");
        builder.HasIndex(t => t.NextFireAt);
        builder.HasIndex(t => t.DefinitionId);
    }
}
