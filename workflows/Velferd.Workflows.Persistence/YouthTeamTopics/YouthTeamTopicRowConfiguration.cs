using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Velferd.Workflows.Persistence.YouthTeamTopics;

internal sealed class YouthTeamTopicRowConfiguration : IEntityTypeConfiguration<YouthTeamTopicRow>
{
    public void Configure(EntityTypeBuilder<YouthTeamTopicRow> builder)
    {
        builder.ToTable("welfare_youth_team_topics");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(t => t.Team).HasColumnName("team").HasMaxLength(100);
        builder.Property(t => t.Title).HasColumnName("title").HasMaxLength(200);
        builder.Property(t => t.Description).HasColumnName("description");
        builder.Property(t => t.Owner).HasColumnName("owner").HasMaxLength(200);
        builder.Property(t => t.ReviewDate).HasColumnName("review_date");
        builder.Property(t => t.Status).HasColumnName("status").HasMaxLength(20);
        builder.Property(t => t.EndCode).HasColumnName("end_code").HasMaxLength(40);
        builder.Property(t => t.Actions).HasColumnName("actions");
        builder.Property(t => t.Reviews).HasColumnName("reviews");
        builder.Property(t => t.CreatedAt).HasColumnName("created_at");
        builder.Property(t => t.CreatedBy).HasColumnName("created_by").HasMaxLength(200);
        builder.Property(t => t.ClosedAt).HasColumnName("closed_at");
        builder.Property(t => t.ClosedBy).HasColumnName("closed_by").HasMaxLength(200);
        builder.Property(t => t.ClosingNote).HasColumnName("closing_note");
        builder.Property(t => t.Revision).HasColumnName("revision").IsConcurrencyToken();

        // The team page lists a team's topics.
        builder.HasIndex(t => new { t.Team, t.Status }).HasDatabaseName("ix_welfare_youth_team_topics_team_status");
    }
}
