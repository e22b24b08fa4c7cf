using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Referat.Storage.Rows;

namespace Referat.Storage.Configuration;

// The process tables: body, terms, organizations with their names, persons with their aliases, memberships, locations,
// and the review queue of the name resolution. Enums are stored by name.

internal sealed class BodyConfiguration : IEntityTypeConfiguration<BodyRow>
{
    public void Configure(EntityTypeBuilder<BodyRow> e)
    {
        e.ToTable("body");
        e.Property(b => b.ClosedItemTitles).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class LegislativeTermConfiguration : IEntityTypeConfiguration<LegislativeTermRow>
{
    public void Configure(EntityTypeBuilder<LegislativeTermRow> e)
    {
        e.ToTable("legislative_term");
        e.HasIndex(t => new { t.BodyId, t.Name }).IsUnique();
    }
}

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<OrganizationRow>
{
    public void Configure(EntityTypeBuilder<OrganizationRow> e)
    {
        e.ToTable("organization");
        e.HasIndex(o => new { o.BodyId, o.NormalisedName }).IsUnique();
        e.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
    }
}

internal sealed class OrganizationNameConfiguration : IEntityTypeConfiguration<OrganizationNameRow>
{
    public void Configure(EntityTypeBuilder<OrganizationNameRow> e)
    {
        e.ToTable("organization_name");
        e.HasIndex(n => new { n.OrganizationId, n.NormalisedName }).IsUnique();
        e.HasIndex(n => n.Key);
        e.HasOne(n => n.Organization).WithMany(o => o.Names).HasForeignKey(n => n.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OrganizationMergeConfiguration : IEntityTypeConfiguration<OrganizationMergeRow>
{
    public void Configure(EntityTypeBuilder<OrganizationMergeRow> e)
    {
        e.ToTable("organization_merge");
        e.Property(m => m.Rule).HasMaxLength(64);
        e.HasOne(m => m.Organization).WithMany(o => o.Merges).HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<PersonRow>
{
    public void Configure(EntityTypeBuilder<PersonRow> e)
    {
        e.ToTable("person");
        e.HasIndex(p => new { p.BodyId, p.NormalisedName }).IsUnique();
    }
}

internal sealed class PersonAliasConfiguration : IEntityTypeConfiguration<PersonAliasRow>
{
    public void Configure(EntityTypeBuilder<PersonAliasRow> e)
    {
        e.ToTable("person_alias");
        e.HasIndex(a => new { a.PersonId, a.NormalisedSpelling }).IsUnique();
        e.HasIndex(a => a.NormalisedSpelling);
        e.HasOne(a => a.Person).WithMany(p => p.Aliases).HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PersonMergeConfiguration : IEntityTypeConfiguration<PersonMergeRow>
{
    public void Configure(EntityTypeBuilder<PersonMergeRow> e)
    {
        e.ToTable("person_merge");
        e.Property(m => m.Rule).HasMaxLength(64);
        e.HasOne(m => m.Person).WithMany(p => p.Merges).HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<MembershipRow>
{
    public void Configure(EntityTypeBuilder<MembershipRow> e)
    {
        e.ToTable("membership");
        e.HasIndex(m => new { m.PersonId, m.OrganizationId });
        e.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
        e.HasOne(m => m.LegislativeTerm).WithMany().HasForeignKey(m => m.LegislativeTermId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class LocationConfiguration : IEntityTypeConfiguration<LocationRow>
{
    public void Configure(EntityTypeBuilder<LocationRow> e) => e.ToTable("location");
}

internal sealed class ResolutionReviewConfiguration : IEntityTypeConfiguration<ResolutionReviewRow>
{
    public void Configure(EntityTypeBuilder<ResolutionReviewRow> e)
    {
        e.ToTable("resolution_review");
        e.HasIndex(r => new { r.BodyId, r.Kind, r.LeftName, r.RightName }).IsUnique();
        e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        e.Property(r => r.Rule).HasMaxLength(64);
        e.HasOne(r => r.Body).WithMany().HasForeignKey(r => r.BodyId).OnDelete(DeleteBehavior.Cascade);
    }
}
