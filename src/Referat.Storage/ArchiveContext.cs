using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Referat.Storage.Configuration;
using Referat.Storage.Rows;

namespace Referat.Storage;

/// <summary>
/// The archive: OParl objects, our extensions and the imported source documents. One model (its tables configured in
/// Configuration/, one class per table); a subclass per provider (<see cref="SqliteArchiveContext"/>,
/// <see cref="PostgreSqlArchiveContext"/>) so that each has its own migrations (Migrations/Sqlite, Migrations/PostgreSql).
/// The secretariat's accounts (ASP.NET Core Identity) are tables of the same database, in the same migrations.
/// </summary>
public abstract class ArchiveContext(DbContextOptions options) : IdentityDbContext<AccountUser, IdentityRole<long>, long>(options)
{
    public DbSet<BodyRow> Bodies => Set<BodyRow>();
    public DbSet<LegislativeTermRow> LegislativeTerms => Set<LegislativeTermRow>();
    public DbSet<OrganizationRow> Organizations => Set<OrganizationRow>();
    public DbSet<PersonRow> Persons => Set<PersonRow>();
    public DbSet<MembershipRow> Memberships => Set<MembershipRow>();
    public DbSet<LocationRow> Locations => Set<LocationRow>();
    public DbSet<MeetingRow> Meetings => Set<MeetingRow>();
    public DbSet<MeetingParticipantRow> MeetingParticipants => Set<MeetingParticipantRow>();
    public DbSet<AgendaItemRow> AgendaItems => Set<AgendaItemRow>();
    public DbSet<PaperRow> Papers => Set<PaperRow>();
    public DbSet<ConsultationRow> Consultations => Set<ConsultationRow>();
    public DbSet<FileRow> Files => Set<FileRow>();
    public DbSet<ItemSectionRow> ItemSections => Set<ItemSectionRow>();
    public DbSet<DecisionRow> Decisions => Set<DecisionRow>();
    public DbSet<VoteRow> Votes => Set<VoteRow>();
    public DbSet<AbsenceRow> Absences => Set<AbsenceRow>();
    public DbSet<CompetenceStepRow> CompetenceSteps => Set<CompetenceStepRow>();
    public DbSet<SourceDocumentRow> SourceDocuments => Set<SourceDocumentRow>();
    public DbSet<MeetingVersionRow> MeetingVersions => Set<MeetingVersionRow>();
    public DbSet<PersonAliasRow> PersonAliases => Set<PersonAliasRow>();
    public DbSet<PersonMergeRow> PersonMerges => Set<PersonMergeRow>();
    public DbSet<OrganizationNameRow> OrganizationNames => Set<OrganizationNameRow>();
    public DbSet<OrganizationMergeRow> OrganizationMerges => Set<OrganizationMergeRow>();
    public DbSet<ResolutionReviewRow> ResolutionReviews => Set<ResolutionReviewRow>();
    public DbSet<AuditEntryRow> AuditEntries => Set<AuditEntryRow>();
    public DbSet<MeetingDraftRow> MeetingDrafts => Set<MeetingDraftRow>();
    public DbSet<SignatureRow> Signatures => Set<SignatureRow>();
    public DbSet<ForwardPlanRow> ForwardPlan => Set<ForwardPlanRow>();
    public DbSet<SettingRow> Settings => Set<SettingRow>();
    public DbSet<ApiTokenRow> ApiTokens => Set<ApiTokenRow>();
    public DbSet<DraftFileRow> DraftFiles => Set<DraftFileRow>();
    public DbSet<PersonalDataFindingRow> PersonalDataFindings => Set<PersonalDataFindingRow>();

    /// <summary>
    /// Set on a public view of the archive (<see cref="ArchiveDb.PublicView"/>): every row it reads has the values under
    /// review redacted and the withheld files' bytes left out, and it cannot save.
    /// </summary>
    public Privacy.PublicRedactions? PublicRedactions { get; internal set; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (PublicRedactions is not null)
            throw new InvalidOperationException("A public view of the archive is read-only: what it reads is redacted.");
        Privacy.AuditChain.Seal(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (PublicRedactions is not null)
            throw new InvalidOperationException("A public view of the archive is read-only: what it reads is redacted.");
        Privacy.AuditChain.Seal(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

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
        base.OnModelCreating(model);
        AccountTables.Name(model);
        model.ApplyConfigurationsFromAssembly(typeof(ArchiveContext).Assembly);
    }
}
