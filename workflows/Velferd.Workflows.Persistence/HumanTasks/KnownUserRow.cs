using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Velferd.Workflows.Persistence.HumanTasks;

/// <summary>A row of <c>known_users</c>; lists are stored comma-separated (claim values hold no commas).</summary>
public sealed class KnownUserRow
{
    public string UserId { get; set; } = "";

    public string Name { get; set; } = "";

    public string Roles { get; set; } = "";

    public string Teams { get; set; } = "";

    public string Services { get; set; } = "";

    public DateTimeOffset LastSeenAt { get; set; }
}

internal sealed class KnownUserRowConfiguration : IEntityTypeConfiguration<KnownUserRow>
{
    public void Configure(EntityTypeBuilder<KnownUserRow> builder)
    {
        builder.ToTable("known_users");
        builder.HasKey(u => u.UserId);
        builder.Property(u => u.UserId).HasColumnName("user_id").HasMaxLength(200);
        builder.Property(u => u.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(u => u.Roles).HasColumnName("roles").HasMaxLength(1000);
        builder.Property(u => u.Teams).HasColumnName("teams").HasMaxLength(2000);
        builder.Property(u => u.Services).HasColumnName("services").HasMaxLength(1000);
        builder.Property(u => u.LastSeenAt).HasColumnName("last_seen_at");
    }
}
