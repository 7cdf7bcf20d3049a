using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Velferd.Workflows.Persistence.Welfare;

internal sealed class WelfareCaseRowConfiguration : IEntityTypeConfiguration<WelfareCaseRow>
{
    public void Configure(EntityTypeBuilder<WelfareCaseRow> builder)
    {
        builder.ToTable("welfare_cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(c => c.Municipality).HasColumnName("municipality").HasMaxLength(4);
        builder.Property(c => c.Kind).HasColumnName("kind").HasMaxLength(20);
        builder.Property(c => c.Level).HasColumnName("level");
        builder.Property(c => c.Team).HasColumnName("team").HasMaxLength(100);
        builder.Property(c => c.Question).HasColumnName("question");
        builder.Property(c => c.Status).HasColumnName("status").HasMaxLength(20);
        builder.Property(c => c.EndCode).HasColumnName("end_code").HasMaxLength(50);
        builder.Property(c => c.CloseReason).HasColumnName("close_reason");
        builder.Property(c => c.CreatedAt).HasColumnName("created_at");
        builder.Property(c => c.CreatedBy).HasColumnName("created_by").HasMaxLength(200);
        builder.Property(c => c.ClosedAt).HasColumnName("closed_at");
        builder.Property(c => c.Revision).HasColumnName("revision").IsConcurrencyToken();
        builder.HasMany(c => c.Persons).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);

        // Case lists are per team (the tasks API's scoping).
        builder.HasIndex(c => new { c.Team, c.Status }).HasDatabaseName("ix_welfare_cases_team_status");

        // Need to know asks for the cases a user created (he holds the baton until he hands it over) on every request.
        builder.HasIndex(c => c.CreatedBy).HasDatabaseName("ix_welfare_cases_created_by");

        // The inbox leaves out tasks of the case kinds hidden from the user (barnevern material) in its own statement;
        // the few cases of such a kind are found by this index rather than by reading every case.
        builder.HasIndex(c => new { c.Kind, c.Id }).HasDatabaseName("ix_welfare_cases_kind");
    }
}

internal sealed class CasePersonRowConfiguration : IEntityTypeConfiguration<CasePersonRow>
{
    public void Configure(EntityTypeBuilder<CasePersonRow> builder)
    {
        builder.ToTable("welfare_case_persons");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(p => p.CaseId).HasColumnName("case_id").HasMaxLength(64);
        builder.Property(p => p.Position).HasColumnName("position");
        builder.Property(p => p.Role).HasColumnName("role").HasMaxLength(20);
        builder.Property(p => p.IdentityKind).HasColumnName("identity_kind").HasMaxLength(10);
        builder.Property(p => p.Number).HasColumnName("number").HasMaxLength(11);
        builder.Property(p => p.DueDate).HasColumnName("due_date");
        builder.Property(p => p.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(p => p.BirthDate).HasColumnName("birth_date");
        builder.Property(p => p.BirthDateFromRegistry).HasColumnName("birth_date_from_registry");
        builder.Property(p => p.AddressProtection).HasColumnName("address_protection").HasMaxLength(30);
        builder.Property(p => p.HasParentalResponsibility).HasColumnName("has_parental_responsibility");
        builder.Property(p => p.RegistryStatus).HasColumnName("registry_status").HasMaxLength(20);
        builder.HasIndex(p => new { p.CaseId, p.Position }).IsUnique().HasDatabaseName("ix_welfare_case_persons_case");

        // A person's cases (Folkeregisteret events about the person, R-29/R-60).
        builder.HasIndex(p => p.Number).HasDatabaseName("ix_welfare_case_persons_number");
    }
}

internal sealed class CaseMemberRowConfiguration : IEntityTypeConfiguration<CaseMemberRow>
{
    public void Configure(EntityTypeBuilder<CaseMemberRow> builder)
    {
        builder.ToTable("welfare_case_members");
        builder.HasKey(m => new { m.CaseId, m.UserName, m.Service });
        builder.Property(m => m.CaseId).HasColumnName("case_id").HasMaxLength(64);
        builder.Property(m => m.UserName).HasColumnName("user_name").HasMaxLength(100);
        builder.Property(m => m.Service).HasColumnName("service").HasMaxLength(30);
        builder.Property(m => m.AddedAt).HasColumnName("added_at");
        builder.Property(m => m.AddedBy).HasColumnName("added_by").HasMaxLength(200);

        // The cases a user is a member of.
        builder.HasIndex(m => m.UserName).HasDatabaseName("ix_welfare_case_members_user");
    }
}

internal sealed class CaseEventRowConfiguration : IEntityTypeConfiguration<CaseEventRow>
{
    public void Configure(EntityTypeBuilder<CaseEventRow> builder)
    {
        builder.ToTable("welfare_case_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(e => e.CaseId).HasColumnName("case_id").HasMaxLength(64);
        builder.Property(e => e.At).HasColumnName("at");
        builder.Property(e => e.Kind).HasColumnName("kind").HasMaxLength(50);
        builder.Property(e => e.By).HasColumnName("by").HasMaxLength(200);
        builder.Property(e => e.Detail).HasColumnName("detail");
        builder.HasOne<WelfareCaseRow>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.CaseId, e.At, e.Id }).HasDatabaseName("ix_welfare_case_events_case");
    }
}

internal sealed class ConsentRowConfiguration : IEntityTypeConfiguration<ConsentRow>
{
    public void Configure(EntityTypeBuilder<ConsentRow> builder)
    {
        builder.ToTable("welfare_consents");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(c => c.CaseId).HasColumnName("case_id").HasMaxLength(64);
        builder.Property(c => c.Purpose).HasColumnName("purpose");
        builder.Property(c => c.ValidFrom).HasColumnName("valid_from");
        builder.Property(c => c.ValidTo).HasColumnName("valid_to");
        builder.Property(c => c.Method).HasColumnName("method").HasMaxLength(20);
        builder.Property(c => c.ChildView).HasColumnName("child_view");
        builder.Property(c => c.RecordedAt).HasColumnName("recorded_at");
        builder.Property(c => c.RecordedBy).HasColumnName("recorded_by").HasMaxLength(200);
        builder.Property(c => c.RenewalRequestedAt).HasColumnName("renewal_requested_at");
        builder.Property(c => c.ExpiryHandledAt).HasColumnName("expiry_handled_at");
        builder.HasOne<WelfareCaseRow>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Signers).WithOne().HasForeignKey(s => s.ConsentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Scopes).WithOne().HasForeignKey(s => s.ConsentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Withdrawals).WithOne().HasForeignKey(w => w.ConsentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.CaseId).HasDatabaseName("ix_welfare_consents_case");

        // The consent-expiry scan reads consents by their last day.
        builder.HasIndex(c => c.ValidTo).HasDatabaseName("ix_welfare_consents_valid_to");
    }
}

internal sealed class ConsentSignerRowConfiguration : IEntityTypeConfiguration<ConsentSignerRow>
{
    public void Configure(EntityTypeBuilder<ConsentSignerRow> builder)
    {
        builder.ToTable("welfare_consent_signers");
        builder.HasKey(s => new { s.ConsentId, s.Position });
        builder.Property(s => s.ConsentId).HasColumnName("consent_id").HasMaxLength(64);
        builder.Property(s => s.Position).HasColumnName("position");
        builder.Property(s => s.IdentityKind).HasColumnName("identity_kind").HasMaxLength(10);
        builder.Property(s => s.Number).HasColumnName("number").HasMaxLength(11);
        builder.Property(s => s.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(s => s.Capacity).HasColumnName("capacity").HasMaxLength(20);
    }
}

internal sealed class ConsentScopeRowConfiguration : IEntityTypeConfiguration<ConsentScopeRow>
{
    public void Configure(EntityTypeBuilder<ConsentScopeRow> builder)
    {
        builder.ToTable("welfare_consent_scopes");
        builder.HasKey(s => new { s.ConsentId, s.Kind, s.Code });
        builder.Property(s => s.ConsentId).HasColumnName("consent_id").HasMaxLength(64);
        builder.Property(s => s.Kind).HasColumnName("kind").HasMaxLength(10);
        builder.Property(s => s.Code).HasColumnName("code").HasMaxLength(30);
        builder.Property(s => s.Position).HasColumnName("position");
    }
}

internal sealed class ConsentWithdrawalRowConfiguration : IEntityTypeConfiguration<ConsentWithdrawalRow>
{
    public void Configure(EntityTypeBuilder<ConsentWithdrawalRow> builder)
    {
        builder.ToTable("welfare_consent_withdrawals");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(w => w.ConsentId).HasColumnName("consent_id").HasMaxLength(64);
        builder.Property(w => w.At).HasColumnName("at");
        builder.Property(w => w.Services).HasColumnName("services").HasMaxLength(300);
        builder.Property(w => w.Categories).HasColumnName("categories").HasMaxLength(300);
        builder.Property(w => w.Via).HasColumnName("via").HasMaxLength(20);
        builder.Property(w => w.By).HasColumnName("by").HasMaxLength(200);
    }
}

internal sealed class PolicyRowConfiguration : IEntityTypeConfiguration<PolicyRow>
{
    public void Configure(EntityTypeBuilder<PolicyRow> builder)
    {
        builder.ToTable("welfare_policies");
        builder.HasKey(p => new { p.Municipality, p.Version });
        builder.Property(p => p.Municipality).HasColumnName("municipality").HasMaxLength(4);
        builder.Property(p => p.Version).HasColumnName("version");
        builder.Property(p => p.ConsentPolicy).HasColumnName("consent_policy").HasMaxLength(10);
        builder.Property(p => p.ConsentValidityMonths).HasColumnName("consent_validity_months");
        builder.Property(p => p.SoleConsentAge).HasColumnName("sole_consent_age");
        builder.Property(p => p.OtherCategoriesNeedHolders).HasColumnName("other_categories_need_holders");
        builder.Property(p => p.ConsentRenewalDays).HasColumnName("consent_renewal_days");
        builder.Property(p => p.ChangedAt).HasColumnName("changed_at");
        builder.Property(p => p.ChangedBy).HasColumnName("changed_by").HasMaxLength(200);
    }
}
