using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Velferd.Workflows.Persistence.Access;

internal sealed class BreakGlassRowConfiguration : IEntityTypeConfiguration<BreakGlassRow>
{
    public void Configure(EntityTypeBuilder<BreakGlassRow> builder)
    {
        builder.ToTable("welfare_break_glass");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(b => b.CaseId).HasColumnName("case_id").HasMaxLength(64);
        builder.Property(b => b.Team).HasColumnName("team").HasMaxLength(100);
        builder.Property(b => b.User).HasColumnName("user_name").HasMaxLength(100);
        builder.Property(b => b.Reason).HasColumnName("reason").HasMaxLength(1000);
        builder.Property(b => b.OpenedAt).HasColumnName("opened_at");
        builder.Property(b => b.ExpiresAt).HasColumnName("expires_at");
        builder.Property(b => b.EndedAt).HasColumnName("ended_at");
        builder.Property(b => b.EndedBy).HasColumnName("ended_by").HasMaxLength(100);
        builder.HasIndex(b => new { b.CaseId, b.User }).HasDatabaseName("ix_welfare_break_glass_case_user");
        builder.HasIndex(b => b.Team).HasDatabaseName("ix_welfare_break_glass_team");
    }
}
