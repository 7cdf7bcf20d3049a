using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Velferd.Workflows.Persistence.IndividualPlans;

internal sealed class IndividualPlanRowConfiguration : IEntityTypeConfiguration<IndividualPlanRow>
{
    public void Configure(EntityTypeBuilder<IndividualPlanRow> builder)
    {
        builder.ToTable("welfare_individual_plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(p => p.CaseId).HasColumnName("case_id").HasMaxLength(64);
        builder.Property(p => p.ReceivedOn).HasColumnName("received_on");
        builder.Property(p => p.Need).HasColumnName("need");
        builder.Property(p => p.Services).HasColumnName("services").HasMaxLength(200);
        builder.Property(p => p.LongTermNeeds).HasColumnName("long_term_needs");
        builder.Property(p => p.Right).HasColumnName("right_decision").HasMaxLength(20);
        builder.Property(p => p.RightDecidedOn).HasColumnName("right_decided_on");
        builder.Property(p => p.RightReason).HasColumnName("right_reason");
        builder.Property(p => p.Wanted).HasColumnName("wanted");
        builder.Property(p => p.WishRecordedAt).HasColumnName("wish_recorded_at");
        builder.Property(p => p.CreatedAt).HasColumnName("created_at");
        builder.Property(p => p.CreatedBy).HasColumnName("created_by").HasMaxLength(200);
        builder.Property(p => p.Revision).HasColumnName("revision").IsConcurrencyToken();

        // One request per case: a second registration racing the first fails here.
        builder.HasIndex(p => p.CaseId).IsUnique().HasDatabaseName("ux_welfare_individual_plans_case");
    }
}

internal sealed class CoordinatorRowConfiguration : IEntityTypeConfiguration<CoordinatorRow>
{
    public void Configure(EntityTypeBuilder<CoordinatorRow> builder)
    {
        builder.ToTable("welfare_coordinators");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(c => c.CaseId).HasColumnName("case_id").HasMaxLength(64);
        builder.Property(c => c.UserName).HasColumnName("user_name").HasMaxLength(200);
        builder.Property(c => c.Kind).HasColumnName("kind").HasMaxLength(20);
        builder.Property(c => c.Status).HasColumnName("status").HasMaxLength(20);
        builder.Property(c => c.AppointedAt).HasColumnName("appointed_at");
        builder.Property(c => c.AppointedBy).HasColumnName("appointed_by").HasMaxLength(200);
        builder.Property(c => c.AcceptedAt).HasColumnName("accepted_at");
        builder.Property(c => c.LeftAt).HasColumnName("left_at");
        builder.Property(c => c.LeaveReason).HasColumnName("leave_reason");
        builder.Property(c => c.Revision).HasColumnName("revision").IsConcurrencyToken();
        builder.HasIndex(c => c.CaseId).HasDatabaseName("ix_welfare_coordinators_case");
    }
}
