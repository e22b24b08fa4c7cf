using Microsoft.EntityFrameworkCore;
using Referat.Storage.Entities;

namespace Referat.Storage;

/// <summary>
/// The archive: OParl objects, our extensions and the imported source documents. One model; a subclass per
/// provider (<see cref="SqliteArchiveContext"/>, <see cref="PostgreSqlArchiveContext"/>) so that each has its own
/// migrations (Migrations/Sqlite, Migrations/PostgreSql).
/// </summary>
public abstract class ArchiveContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Body> Bodies => Set<Body>();
    public DbSet<LegislativeTerm> LegislativeTerms => Set<LegislativeTerm>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Person> Persons => Set<Person>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingParticipant> MeetingParticipants => Set<MeetingParticipant>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<Paper> Papers => Set<Paper>();
    public DbSet<Consultation> Consultations => Set<Consultation>();
    public DbSet<FileRecord> Files => Set<FileRecord>();
    public DbSet<ItemSection> ItemSections => Set<ItemSection>();
    public DbSet<DecisionRecord> Decisions => Set<DecisionRecord>();
    public DbSet<VoteRecord> Votes => Set<VoteRecord>();
    public DbSet<AbsenceRecord> Absences => Set<AbsenceRecord>();
    public DbSet<CompetenceStepRecord> CompetenceSteps => Set<CompetenceStepRecord>();
    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();
    public DbSet<MeetingVersion> MeetingVersions => Set<MeetingVersion>();
    public DbSet<PersonAlias> PersonAliases => Set<PersonAlias>();
    public DbSet<PersonMerge> PersonMerges => Set<PersonMerge>();
    public DbSet<OrganizationName> OrganizationNames => Set<OrganizationName>();
    public DbSet<OrganizationMerge> OrganizationMerges => Set<OrganizationMerge>();
    public DbSet<ResolutionReview> ResolutionReviews => Set<ResolutionReview>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // Every timestamp is UTC; SQLite stores it as text without a zone, so say so again when reading it back.
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Body>().ToTable("body");
        model.Entity<LegislativeTerm>(e =>
        {
            e.ToTable("legislative_term");
            e.HasIndex(t => new { t.BodyId, t.Name }).IsUnique();
        });
        model.Entity<Organization>(e =>
        {
            e.ToTable("organization");
            e.HasIndex(o => new { o.BodyId, o.NormalisedName }).IsUnique();
            e.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        });
        model.Entity<Person>(e =>
        {
            e.ToTable("person");
            e.HasIndex(p => new { p.BodyId, p.NormalisedName }).IsUnique();
        });
        model.Entity<Membership>(e =>
        {
            e.ToTable("membership");
            e.HasIndex(m => new { m.PersonId, m.OrganizationId });
            e.HasOne(m => m.LegislativeTerm).WithMany().HasForeignKey(m => m.LegislativeTermId).OnDelete(DeleteBehavior.SetNull);
        });
        model.Entity<PersonAlias>(e =>
        {
            e.ToTable("person_alias");
            e.HasIndex(a => new { a.PersonId, a.NormalisedSpelling }).IsUnique();
            e.HasIndex(a => a.NormalisedSpelling);
            e.HasOne(a => a.Person).WithMany(p => p.Aliases).HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<PersonMerge>(e =>
        {
            e.ToTable("person_merge");
            e.Property(m => m.Rule).HasMaxLength(64);
            e.HasOne(m => m.Person).WithMany(p => p.Merges).HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<OrganizationName>(e =>
        {
            e.ToTable("organization_name");
            e.HasIndex(n => new { n.OrganizationId, n.NormalisedName }).IsUnique();
            e.HasIndex(n => n.Key);
            e.HasOne(n => n.Organization).WithMany(o => o.Names).HasForeignKey(n => n.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<OrganizationMerge>(e =>
        {
            e.ToTable("organization_merge");
            e.Property(m => m.Rule).HasMaxLength(64);
            e.HasOne(m => m.Organization).WithMany(o => o.Merges).HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<ResolutionReview>(e =>
        {
            e.ToTable("resolution_review");
            e.HasIndex(r => new { r.BodyId, r.Kind, r.LeftName, r.RightName }).IsUnique();
            e.Property(r => r.Kind).HasMaxLength(16);
            e.Property(r => r.Rule).HasMaxLength(64);
            e.HasOne(r => r.Body).WithMany().HasForeignKey(r => r.BodyId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Location>().ToTable("location");
        model.Entity<Meeting>(e =>
        {
            e.ToTable("meeting");
            // One meeting per committee and date: the key the importer finds versions by.
            e.HasIndex(m => new { m.OrganizationId, m.Date }).IsUnique();
            e.HasOne(m => m.Location).WithMany().HasForeignKey(m => m.LocationId).OnDelete(DeleteBehavior.SetNull);
        });
        model.Entity<MeetingParticipant>(e =>
        {
            e.ToTable("meeting_participant");
            e.HasIndex(p => new { p.MeetingId, p.PersonId }).IsUnique();
        });
        model.Entity<AgendaItem>(e =>
        {
            e.ToTable("agenda_item");
            e.HasIndex(i => new { i.MeetingId, i.Order });
        });
        model.Entity<Paper>(e =>
        {
            e.ToTable("paper");
            e.HasIndex(p => new { p.BodyId, p.Reference }).IsUnique();
        });
        model.Entity<Consultation>(e =>
        {
            e.ToTable("consultation");
            e.HasOne(c => c.Meeting).WithMany().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(c => c.Organization).WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(c => c.AgendaItem).WithMany(i => i.Consultations).HasForeignKey(c => c.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<FileRecord>().ToTable("file");
        model.Entity<ItemSection>(e =>
        {
            e.ToTable("item_section");
            e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        });
        model.Entity<DecisionRecord>(e =>
        {
            e.ToTable("decision");
            e.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(32);
            e.HasOne(d => d.Organization).WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.SetNull);
        });
        model.Entity<VoteRecord>(e =>
        {
            e.ToTable("vote");
            e.Property(v => v.Position).HasConversion<string>().HasMaxLength(16);
            e.HasOne(v => v.Person).WithMany().HasForeignKey(v => v.PersonId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<AbsenceRecord>(e =>
        {
            e.ToTable("absence");
            e.HasOne(a => a.Meeting).WithMany(m => m.Absences).HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(a => a.Decision).WithMany(d => d.Absences).HasForeignKey(a => a.DecisionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(a => a.Substitute).WithMany().HasForeignKey(a => a.SubstituteId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<CompetenceStepRecord>(e =>
        {
            e.ToTable("competence_step");
            e.Property(s => s.Role).HasConversion<string>().HasMaxLength(16);
        });
        model.Entity<SourceDocument>(e =>
        {
            e.ToTable("source_document");
            e.HasIndex(d => d.Sha256).IsUnique();
            e.Property(d => d.Sha256).HasMaxLength(64);
        });
        model.Entity<MeetingVersion>(e =>
        {
            e.ToTable("meeting_version");
            e.HasIndex(v => new { v.MeetingId, v.Number }).IsUnique();
            e.HasOne(v => v.SourceDocument).WithMany().HasForeignKey(v => v.SourceDocumentId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
