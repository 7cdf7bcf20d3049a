using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Velferd.Workflows.Persistence.Definitions;

internal sealed class WorkflowDefinitionRowConfiguration : IEntityTypeConfiguration<WorkflowDefinitionRow>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionRow> builder)
    {
        builder.ToTable("workflow_definitions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(d => d.DefinitionId).HasColumnName("definition_id").HasMaxLength(100);
        builder.Property(d => d.Version).HasColumnName("version");
        builder.Property(d => d.IsLatest).HasColumnName("is_latest");
        builder.Property(d => d.IsPublished).HasColumnName("is_published");
        builder.Property(d => d.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(d => d.Description).HasColumnName("description");
        builder.Property(d => d.CreatedAt).HasColumnName("created_at");
        builder.Property(d => d.UpdatedAt).HasColumnName("updated_at");
        builder.Property(d => d.DocumentJson).HasColumnName("document_json");
        builder.HasIndex(d => new { d.DefinitionId, d.Version }).IsUnique();
        builder.HasIndex(d => new { d.DefinitionId, d.IsLatest });
        builder.HasIndex(d => new { d.DefinitionId, d.IsPublished });
        builder.HasIndex(d => d.Name);
    }
}
