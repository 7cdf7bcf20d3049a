using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Velferd.Workflows.Persistence.Feeds;

internal sealed class FeedPositionRowConfiguration : IEntityTypeConfiguration<FeedPositionRow>
{
    public void Configure(EntityTypeBuilder<FeedPositionRow> builder)
    {
        builder.ToTable("feed_positions");
        builder.HasKey(p => p.Feed);
        builder.Property(p => p.Feed).HasColumnName("feed").HasMaxLength(100);
        builder.Property(p => p.NextSequence).HasColumnName("next_sequence");
        builder.Property(p => p.UpdatedAt).HasColumnName("updated_at");
    }
}
