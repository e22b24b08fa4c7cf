using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Storage;
using Referat.Import.Recognition;
using Referat.Storage.Resolution;

namespace Referat.Archive.Tests;

/// <summary>Entity resolution of committees: spelling variants, word order, renames stated in the minutes.</summary>
public sealed class CommitteeResolutionTests
{
    private static SourceFile Source(string text) => new($"{text}.txt", System.Text.Encoding.UTF8.GetBytes(text), "test");

    private static MinutesDocument Meeting(string committee, DateOnly date, string? sectionText = null) => new()
    {
        Meeting = new MeetingHeader { Committee = committee, Date = date },
        Items = sectionText is null ? [] :
        [
            new AgendaItem
            {
                Number = "1", Order = 1, Title = "Udvalgsstruktur",
                Sections = [new Section("Sagsfremstilling", SectionKind.Other, sectionText.Split('\n').Select(l => (Block)new Paragraph(l)).ToList())],
            },
        ],
    };

    [Theory]
    [InlineData("Beskæftigelse- og Integrationsudvalget", "Beskæftigelses- og Integrationsudvalget")]
    [InlineData("Kultur-og Fritidsudvalget", "Kultur- og Fritidsudvalget")]
    [InlineData("Forebyggelse- og Socialudvalget", "Forebyggelses- og Socialudvalget")]
    [InlineData("Teknik - og Miljøudvalget", "Teknik- og Miljøudvalget")]
    [InlineData("Børne og uddannelsesudvalget", "Børne- og Uddannelsesudvalget")]
    [InlineData("det tidligere Skoleudvalg", "Skoleudvalget")]
    public void Spelling_variants_have_one_key(string a, string b)
    {
        var found = System.Text.RegularExpressions.Regex.Match(a, CommitteeNames.Pattern).Value;
        Assert.Equal(CommitteeNames.Key(b), CommitteeNames.Key(found));
    }

    [Fact]
    public void Word_order_changes_the_key_but_not_the_word_set()
    {
        Assert.NotEqual(CommitteeNames.Key("Social- og Beskæftigelsesudvalget"), CommitteeNames.Key("Beskæftigelses- og Socialudvalget"));
        Assert.Equal(CommitteeNames.WordSet("Social- og Beskæftigelsesudvalget"), CommitteeNames.WordSet("Beskæftigelses- og Socialudvalget"));
        Assert.NotEqual(CommitteeNames.WordSet("Social- og Sundhedsudvalget"), CommitteeNames.WordSet("Social- og Beskæftigelsesudvalget"));
    }

    [Fact]
    public void Rename_statements_are_read_generically()
    {
        var text = "Vejudvalget omdøbes til Trafikudvalget.\n"
            + "Efter valget skal der ske en ændring af navnene: Natur- og Parkudvalget samt Skole-og Klubudvalget til i stedet at være: Park- og Naturudvalget samt Skole- og Fritidsudvalget (SFU).\n"
            + "Havneudvalget\n"
            + "Udvalget er i udgangspunktet det tidligere Kajudvalg.\n"
            + "Ungeudvalget\n"
            + "Udvalget er en sammenlægning af det tidligere Klubudvalg og det tidligere Fritidsudvalg.\n"
            + "Kirkeudvalget skifter navn til Kirke- og Kulturudvalget, og det er vedtaget.";

        var found = RenameStatements.Find(text).Select(s => (s.OldName, s.NewName, s.Rule)).ToList();

        Assert.Contains(("Vejudvalget", "Trafikudvalget", "omdøbning"), found);
        Assert.Contains(("Skole-og Klubudvalget", "Skole- og Fritidsudvalget", "navneændring-liste"), found);
        Assert.Contains(("Kajudvalg", "Havneudvalget", "tidligere-udvalg"), found);
        Assert.Contains(("Kirkeudvalget", "Kirke- og Kulturudvalget", "omdøbning"), found);
        Assert.Contains(("Natur- og Parkudvalget", "Park- og Naturudvalget", "navneændring-liste"), found);
        // A merger is not a rename.
        Assert.DoesNotContain(found, f => f.NewName == "Ungeudvalget");
        // Lists of different lengths pair nothing.
        Assert.Empty(RenameStatements.Find("En ændring af navnene: Natur- og Parkudvalget samt Vejudvalget til i stedet at være: Grønt Udvalg samt Trafikudvalget."));
    }

    [Fact]
    public void The_seed_committees_are_linked_where_the_minutes_say_so()
    {
        using var archive = new TestArchive();
        foreach (var file in Seeds.Files)
            Assert.Null(archive.Importer().ImportFile(file).Failure);
        var organizations = Registers.Organizations(archive.Db);

        // 2019: both spellings are one committee, and both of that year's meetings belong to it.
        var integration = Assert.Single(organizations, o => o.Names.Any(n => n.Spellings.Contains("Beskæftigelse- og Integrationsudvalget")));
        Assert.Contains("Beskæftigelses- og Integrationsudvalget", integration.Names.SelectMany(n => n.Spellings));
        Assert.Contains(integration.Merges, m => m.Rule == "stavevariant-udvalgsnavn");
        Assert.Equal(2, archive.Db.Meetings.Count(m => m.OrganizationId == integration.Id));

        // 2024 → 2026: the rename chain ends as one organization with dated names, its meetings of both terms under it.
        var social = Assert.Single(organizations, o => o.Names.Any(n => n.Name == "Social- og Beskæftigelsesudvalget"));
        Assert.Equal("Social- og Beskæftigelsesudvalget", social.Name);
        Assert.Equal(["Forebyggelses- og Socialudvalget", "Beskæftigelses- og Socialudvalget", "Social- og Beskæftigelsesudvalget"],
            social.Names.Select(n => n.Name));
        Assert.True(social.Names.Count(n => n.ValidFrom is not null) >= 2);
        Assert.Equal(new DateOnly(2022, 1, 1), social.Names[0].ValidFrom);
        Assert.Equal(new DateOnly(2029, 12, 31), social.Names[^1].ValidTo);
        Assert.Equal(2, archive.Db.Meetings.Count(m => m.OrganizationId == social.Id));
        Assert.Contains(social.Merges, m => m.Rule == "tidligere-udvalg" && m.Evidence.Contains("000_d8cfbfd4b523ceee.txt"));
        Assert.Contains(social.Merges, m => m.Rule == "navneændring-liste");

        // The 2015 committee is not linked to any of them.
        Assert.Single(organizations, o => o.Names.Any(n => n.Name == "Erhvervs- og Beskæftigelsesudvalget"));
    }

    [Fact]
    public void A_rename_stated_after_both_committees_are_archived_makes_them_one()
    {
        using var archive = new TestArchive();
        var importer = archive.Importer();
        importer.ImportMinutes(Source("a"), Meeting("Vejudvalget", new DateOnly(2021, 5, 4)));
        importer.ImportMinutes(Source("b"), Meeting("Trafikudvalget", new DateOnly(2022, 2, 1)));
        Assert.Equal(2, archive.Db.Organizations.Count(o => !o.Deleted));

        importer.ImportMinutes(Source("c"), Meeting("Trafikudvalget", new DateOnly(2022, 3, 1), "Vejudvalget skifter navn til Trafikudvalget fra 1. januar 2022."));

        var organization = Assert.Single(Registers.Organizations(archive.Db));
        Assert.Equal("Trafikudvalget", organization.Name);
        Assert.Equal(["Vejudvalget", "Trafikudvalget"], organization.Names.Select(n => n.Name));
        Assert.Equal(3, archive.Db.Meetings.Count(m => m.OrganizationId == organization.Id));
        var merge = Assert.Single(organization.Merges);
        Assert.Equal(("omdøbning", "Vejudvalget", "Trafikudvalget"), (merge.Rule, merge.From, merge.To));
        Assert.Contains("c.txt", merge.Evidence);
    }

    [Fact]
    public void The_same_words_in_another_order_are_one_committee_in_adjacent_terms_and_a_review_further_apart()
    {
        using var archive = new TestArchive();
        var importer = archive.Importer();
        importer.ImportMinutes(Source("a"), Meeting("Natur- og Miljøudvalget", new DateOnly(2017, 5, 4)));
        importer.ImportMinutes(Source("b"), Meeting("Miljø- og Naturudvalget", new DateOnly(2019, 2, 1)));
        importer.ImportMinutes(Source("c"), Meeting("Skole- og Børneudvalget", new DateOnly(2011, 2, 1)));
        importer.ImportMinutes(Source("d"), Meeting("Børne- og Skoleudvalget", new DateOnly(2023, 2, 1)));

        var organizations = Registers.Organizations(archive.Db);
        Assert.Equal(3, organizations.Count);
        var nature = Assert.Single(organizations, o => o.Names.Count == 2);
        Assert.Equal("samme-fagord-anden-rækkefølge", Assert.Single(nature.Merges).Rule);
        var review = Assert.Single(Registers.Reviews(archive.Db, ReviewKind.Organization));
        Assert.Contains("valgperioder imellem", review.Reason);
    }
}
