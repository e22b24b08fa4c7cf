using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Referat.Storage.Rows;

namespace Referat.Storage.Configuration;

// The secretariat's tables, and the names of Identity's account tables in the archive's style.

internal static class AccountTables
{
    public static void Name(ModelBuilder model)
    {
        model.Entity<AccountUser>().ToTable("account_user");
        model.Entity<IdentityRole<long>>().ToTable("account_role");
        model.Entity<IdentityUserRole<long>>().ToTable("account_user_role");
        model.Entity<IdentityUserClaim<long>>().ToTable("account_user_claim");
        model.Entity<IdentityUserLogin<long>>().ToTable("account_user_login");
        model.Entity<IdentityUserToken<long>>().ToTable("account_user_token");
        model.Entity<IdentityRoleClaim<long>>().ToTable("account_role_claim");
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntryRow>
{
    public void Configure(EntityTypeBuilder<AuditEntryRow> e)
    {
        e.ToTable("audit_entry");
        e.HasIndex(a => a.At);
    }
}

internal sealed class MeetingDraftConfiguration : IEntityTypeConfiguration<MeetingDraftRow>
{
    public void Configure(EntityTypeBuilder<MeetingDraftRow> e)
    {
        e.ToTable("meeting_draft");
        e.HasIndex(d => d.MeetingId).IsUnique();
    }
}

internal sealed class SignatureConfiguration : IEntityTypeConfiguration<SignatureRow>
{
    public void Configure(EntityTypeBuilder<SignatureRow> e)
    {
        e.ToTable("minutes_signature");
        e.HasIndex(s => new { s.MeetingId, s.UserId }).IsUnique();
    }
}

internal sealed class ForwardPlanConfiguration : IEntityTypeConfiguration<ForwardPlanRow>
{
    public void Configure(EntityTypeBuilder<ForwardPlanRow> e)
    {
        e.ToTable("forward_plan_entry");
        e.Property(f => f.Role).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(f => new { f.OrganizationId, f.TakenUpMeetingId });
        e.HasIndex(f => new { f.FromMeetingId, f.FromItemOrder, f.OrganizationId }).IsUnique();
    }
}

internal sealed class SettingConfiguration : IEntityTypeConfiguration<SettingRow>
{
    public void Configure(EntityTypeBuilder<SettingRow> e)
    {
        e.ToTable("secretariat_setting");
        e.HasIndex(s => s.Key).IsUnique();
    }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiTokenRow>
{
    public void Configure(EntityTypeBuilder<ApiTokenRow> e)
    {
        e.ToTable("api_token");
        e.HasIndex(t => t.Sha256).IsUnique();
        e.HasOne<AccountUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DraftFileConfiguration : IEntityTypeConfiguration<DraftFileRow>
{
    public void Configure(EntityTypeBuilder<DraftFileRow> e)
    {
        e.ToTable("draft_file");
        e.HasIndex(f => new { f.MeetingId, f.ItemOrder });
        e.HasOne<MeetingRow>().WithMany().HasForeignKey(f => f.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PersonalDataFindingConfiguration : IEntityTypeConfiguration<PersonalDataFindingRow>
{
    public void Configure(EntityTypeBuilder<PersonalDataFindingRow> e)
    {
        e.ToTable("personal_data_finding");
        e.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        e.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(f => new { f.MeetingId, f.Status });
        e.HasIndex(f => f.Status);
    }
}
