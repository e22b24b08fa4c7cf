using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Referat.Storage.Rows;

namespace Referat.Storage.Configuration;

// The meeting tables: a meeting with its participants, items and versions; an item's sections, decisions (with votes
// and absences), competence steps, files and consultations; cases; the source documents.

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<MeetingRow>
{
    public void Configure(EntityTypeBuilder<MeetingRow> e)
    {
        e.ToTable("meeting");
        // One meeting per committee and date: the key the importer finds versions by.
        e.HasIndex(m => new { m.OrganizationId, m.Date }).IsUnique();
        e.Property(m => m.State).HasConversion<string>().HasMaxLength(24);
        e.HasOne(m => m.Location).WithMany().HasForeignKey(m => m.LocationId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class MeetingParticipantConfiguration : IEntityTypeConfiguration<MeetingParticipantRow>
{
    public void Configure(EntityTypeBuilder<MeetingParticipantRow> e)
    {
        e.ToTable("meeting_participant");
        e.HasIndex(p => new { p.MeetingId, p.PersonId }).IsUnique();
    }
}

internal sealed class MeetingVersionConfiguration : IEntityTypeConfiguration<MeetingVersionRow>
{
    public void Configure(EntityTypeBuilder<MeetingVersionRow> e)
    {
        e.ToTable("meeting_version");
        e.HasIndex(v => new { v.MeetingId, v.Number }).IsUnique();
        e.HasOne(v => v.SourceDocument).WithMany().HasForeignKey(v => v.SourceDocumentId).OnDelete(DeleteBehavior.Restrict);
        e.Property(v => v.TableOfContents).AsJson();
        e.Property(v => v.AttachmentsPart).AsJson();
    }
}

internal sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocumentRow>
{
    public void Configure(EntityTypeBuilder<SourceDocumentRow> e)
    {
        e.ToTable("source_document");
        e.HasIndex(d => d.Sha256).IsUnique();
        e.Property(d => d.Uncertain).AsJson();
        e.Property(d => d.Sha256).HasMaxLength(64);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItemRow>
{
    public void Configure(EntityTypeBuilder<AgendaItemRow> e)
    {
        e.ToTable("agenda_item");
        e.HasIndex(i => new { i.MeetingId, i.Order });
        e.Property(i => i.Types).AsJson();
        e.Property(i => i.Result).HasConversion<string>().HasMaxLength(32);
    }
}

internal sealed class ItemSectionConfiguration : IEntityTypeConfiguration<ItemSectionRow>
{
    public void Configure(EntityTypeBuilder<ItemSectionRow> e)
    {
        e.ToTable("item_section");
        e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        e.Property(s => s.Blocks).AsJson();
    }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<DecisionRow>
{
    public void Configure(EntityTypeBuilder<DecisionRow> e)
    {
        e.ToTable("decision");
        e.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(32);
        e.Property(d => d.Points).AsJson();
        e.HasOne(d => d.Organization).WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class VoteConfiguration : IEntityTypeConfiguration<VoteRow>
{
    public void Configure(EntityTypeBuilder<VoteRow> e)
    {
        e.ToTable("vote");
        e.Property(v => v.Position).HasConversion<string>().HasMaxLength(16);
        e.HasOne(v => v.Person).WithMany().HasForeignKey(v => v.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AbsenceConfiguration : IEntityTypeConfiguration<AbsenceRow>
{
    public void Configure(EntityTypeBuilder<AbsenceRow> e)
    {
        e.ToTable("absence");
        e.HasOne(a => a.Meeting).WithMany(m => m.Absences).HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(a => a.Decision).WithMany(d => d.Absences).HasForeignKey(a => a.DecisionId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(a => a.Substitute).WithMany().HasForeignKey(a => a.SubstituteId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CompetenceStepConfiguration : IEntityTypeConfiguration<CompetenceStepRow>
{
    public void Configure(EntityTypeBuilder<CompetenceStepRow> e)
    {
        e.ToTable("competence_step");
        e.Property(s => s.Role).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class FileConfiguration : IEntityTypeConfiguration<FileRow>
{
    public void Configure(EntityTypeBuilder<FileRow> e) => e.ToTable("file");
}

internal sealed class PaperConfiguration : IEntityTypeConfiguration<PaperRow>
{
    public void Configure(EntityTypeBuilder<PaperRow> e)
    {
        e.ToTable("paper");
        e.HasIndex(p => new { p.BodyId, p.Reference }).IsUnique();
    }
}

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<ConsultationRow>
{
    public void Configure(EntityTypeBuilder<ConsultationRow> e)
    {
        e.ToTable("consultation");
        e.Property(c => c.Role).HasConversion<string>().HasMaxLength(16);
        e.HasOne(c => c.Meeting).WithMany().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(c => c.Organization).WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(c => c.AgendaItem).WithMany(i => i.Consultations).HasForeignKey(c => c.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
