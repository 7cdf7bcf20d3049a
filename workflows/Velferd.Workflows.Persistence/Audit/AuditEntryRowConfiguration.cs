using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Velferd.Workflows.Persistence.Audit;

internal sealed class AuditEntryRowConfiguration : IEntityTypeConfiguration<AuditEntryRow>
{
    public void Configure(EntityTypeBuilder<AuditEntryRow> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(a => a.At).HasColumnName("at");
        builder.Property(a => a.User).HasColumnName("user_name").HasMaxLength(100);
        builder.Property(a => a.Role).HasColumnName("role").HasMaxLength(200);
        builder.Property(a => a.Service).HasColumnName("service").HasMaxLength(200);
        builder.Property(a => a.CaseId).HasColumnName("case_id").HasMaxLength(64);
        builder.Property(a => a.PersonRef).HasColumnName("person_ref").HasMaxLength(64);
        builder.Property(a => a.Action).HasColumnName("action").HasMaxLength(20);
        builder.Property(a => a.Purpose).HasColumnName("purpose").HasMaxLength(200);
        builder.Property(a => a.BreakGlass).HasColumnName("break_glass");
        builder.Property(a => a.Route).HasColumnName("route").HasMaxLength(300);
        builder.HasIndex(a => new { a.CaseId, a.At }).HasDatabaseName("ix_audit_entries_case_at");
        builder.HasIndex(a => new { a.User, a.At }).HasDatabaseName("ix_audit_entries_user_at");
    }
}
