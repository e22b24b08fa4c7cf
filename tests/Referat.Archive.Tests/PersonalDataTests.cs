using Microsoft.EntityFrameworkCore;
using Referat.Archive.Privacy;
using Referat.Archive.Search;
using Referat.Domain;
using Referat.Search;
using Referat.Storage;
using Referat.Storage.Privacy;
using Referat.Storage.Reading;

namespace Referat.Archive.Tests;

/// <summary>The rules that find personal data in published texts, each with its reason; public figures stay public.</summary>
public sealed class PersonalDataScannerTests
{
    private static readonly PersonalDataScanner Scanner = new(new PublicFigures(["Ida Iversen"]), SensitiveTerms.Default);

    private static IReadOnlyList<PersonalDataFinding> Scan(string text) => Scanner.Scan([new PublishedText("Punkt 1 · Sagsfremstilling", text)]);

    [Theory]
    [InlineData("Borgerens CPR-nr. er 121085-2417.", "121085-2417")]
    [InlineData("Sendt til 1210852417 i dag.", "1210852417")]
    [InlineData("Personnummer 12 10 85 2417 oplyst.", "12 10 85 2417")]
    [InlineData("Ægtefælle 03.04.72-1198 er orienteret.", "03.04.72-1198")]
    [InlineData("Født 290220-4011, skolestart 2026.", "290220-4011")]   // 29 February 2020: serial 4 gives the 2000s
    public void CPR_numbers_in_their_written_forms_are_found(string text, string value)
    {
        var finding = Assert.Single(Scan(text));
        Assert.Equal(PersonalDataKind.Cpr, finding.Kind);
        Assert.Equal(value, finding.Value);
        Assert.Equal("Punkt 1 · Sagsfremstilling", finding.Location);
        Assert.Contains("findes", finding.Reason);
        Assert.Contains(value, finding.Context);
    }

    [Theory]
    [InlineData("Sagsnummer 321085-2417.")]                 // day 32
    [InlineData("Løbenummer 121385-2417.")]                 // month 13
    [InlineData("Født 290221-4011.")]                       // 29 February 2021 does not exist
    [InlineData("Beløbet er 1.713.000 kr. i 2026.")]
    [InlineData("Journal 2019-1234567890-11.")]
    public void Ten_digits_that_are_no_CPR_number_are_left(string text) =>
        Assert.DoesNotContain(Scan(text), f => f.Kind == PersonalDataKind.Cpr);

    [Fact]
    public void The_modulus_11_check_is_only_a_remark()
    {
        Assert.True(CprNumber.PassesModulus11("0707614285"));
        Assert.Contains("stemmer ikke", Assert.Single(Scan("CPR 121085-2417.")).Reason);   // valid date, fails modulus 11
    }

    [Theory]
    [InlineData("Borgeren kan kontaktes på tlf. 28 64 91 37.", "28 64 91 37")]
    [InlineData("Pårørende: +45 61234895.", "+45 61234895")]
    [InlineData("Ring på mobil 61 23 48 95 efter kl. 16.", "61 23 48 95")]
    public void Private_phone_numbers_are_found(string text, string value) =>
        Assert.Equal(value, Assert.Single(Scan(text), f => f.Kind == PersonalDataKind.Phone).Value);

    [Theory]
    [InlineData("Udvalgets formand Ida Iversen kan kontaktes på tlf. 40 12 34 56.")]   // a public figure
    [InlineData("Kontakt Borgerservice på tlf. 70 10 20 30.")]                          // an authority
    [InlineData("Tallene for 2019 2020 og 2021 viser en stigning.")]                    // years, not a number
    [InlineData("Der er 12345678 kr. i puljen.")]                                       // eight digits without a cue
    public void Phone_numbers_of_public_figures_and_authorities_and_other_numbers_are_left(string text) =>
        Assert.DoesNotContain(Scan(text), f => f.Kind == PersonalDataKind.Phone);

    [Fact]
    public void Private_mail_addresses_are_found_and_official_ones_left()
    {
        Assert.Equal("lise.kragh77@gmail.com", Assert.Single(Scan("Skriv til lise.kragh77@gmail.com."), f => f.Kind == PersonalDataKind.Email).Value);
        Assert.Empty(Scan("Skriv til post@lyngrup.dk eller sekretariatet@lyngrup.dk."));
        Assert.Empty(Scan("Formanden kan også nås på ida.iversen@gmail.com."));   // the member's own address
    }

    [Fact]
    public void A_street_address_next_to_a_private_name_is_found_with_the_name()
    {
        var finding = Assert.Single(Scan("Ansøgningen kommer fra Lise Kragh, Skovagervej 14, 8472 Lyngrup, og behandles nu."));
        Assert.Equal(PersonalDataKind.Address, finding.Kind);
        Assert.Equal("Lise Kragh, Skovagervej 14, 8472 Lyngrup", finding.Value);
        Assert.Empty(Scan("Mødet holdes på Rådhuset, Torvet 1, 8472 Lyngrup."));
        Assert.Empty(Scan("Ida Iversen, Skovvej 2, er valgt som formand."));
    }

    [Fact]
    public void A_sentence_with_a_sensitive_term_is_found_whole_across_a_wrapped_line()
    {
        var finding = Assert.Single(Scan("Sagen er behandlet. Borgeren er efter ulykken\ndiagnosticeret med en kronisk lidelse. Der søges om tilskud."));
        Assert.Equal(PersonalDataKind.SensitiveTerm, finding.Kind);
        Assert.Equal("Borgeren er efter ulykken\ndiagnosticeret med en kronisk lidelse.", finding.Value);
        var own = new PersonalDataScanner(PublicFigures.None, SensitiveTerms.Parse("# vores egne\nmisbrugsbehandling\n"));
        Assert.Single(own.Scan([new PublishedText("x", "Han er i misbrugsbehandling. Sagen lukkes.")]));
    }

    [Fact]
    public void The_redactor_replaces_every_value_in_text_and_in_the_model_s_JSON()
    {
        var redactor = new Redactor([("121085-2417", PersonalDataKind.Cpr), ("Lise Kragh, Skovagervej 14", PersonalDataKind.Address)]);
        Assert.Equal("CPR [CPR-nummer skjult], [navn og adresse skjult].", redactor.Redact("CPR 121085-2417, Lise Kragh, Skovagervej 14."));
        var section = new Section("Sagsfremstilling", SectionKind.CaseDescription, [new Paragraph("Fra Lise Kragh, Skovagervej 14: \"121085-2417\"")]);
        Assert.Equal("Fra [navn og adresse skjult]: \"[CPR-nummer skjult]\"", ((Paragraph)redactor.RedactModel(section).Blocks[0]).Text);
    }
}

/// <summary>
/// Redaction and review over a real archive (SQLite and PostgreSQL): every import is scanned in its transaction,
/// the public view never reads a value under review, the original is kept unchanged, and each decision follows into
/// the search index; rebuilding the index never brings a redacted value back.
/// </summary>
public sealed class PersonalDataReviewTests
{
    private const string Cpr = "121085-2417";
    private const string Email = "lise.kragh77@gmail.com";

    private static MinutesDocument Minutes(string decision = "Godkendt.") => new()
    {
        Meeting = new MeetingHeader { Committee = "Social- og Sundhedsudvalget", Date = new DateOnly(2025, 11, 4), Participants = [new PartyMember("Ida Iversen", "A")] },
        Items =
        [
            new AgendaItem
            {
                Number = "1", Order = 1, Title = "Ansøgning om hjælpemiddel",
                Sections = [new Section("Sagsfremstilling", SectionKind.CaseDescription, [new Paragraph($"Borgeren, CPR-nr. {Cpr}, kan kontaktes på {Email}.")])],
                Decisions = [new Decision { Text = decision, Outcome = DecisionOutcome.Approved }],
            },
        ],
    };

    public static TheoryData<ArchiveProvider> Providers => [ArchiveProvider.Sqlite, ArchiveProvider.PostgreSql];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Findings_are_redacted_until_decided_and_decisions_follow_into_search(ArchiveProvider provider)
    {
        using var archive = new TestArchive(provider);
        var indexDirectory = Path.Combine(archive.Directory, "search");
        using var import = new ImportService(archive.Db, () => SearchIndex.Open(indexDirectory));
        var meetingId = import.ImportMinutes(new Storage.Writing.SourceFile("privat.txt", "privat"u8.ToArray(), "test"), Minutes()).MeetingId;

        var review = new PersonalDataReview(archive.Db, openIndex: () => SearchIndex.Open(indexDirectory));
        var findings = review.Findings();
        Assert.Equal([PersonalDataKind.Cpr, PersonalDataKind.Email], findings.Select(f => f.Kind).Order());
        Assert.All(findings, f => Assert.Equal("Punkt 1 · Sagsfremstilling", f.Location));

        Assert.DoesNotContain(Cpr, PublicText(archive, meetingId));
        Assert.DoesNotContain(Email, PublicText(archive, meetingId));
        Assert.Contains("[CPR-nummer skjult]", PublicText(archive, meetingId));
        Assert.Contains(Cpr, StoredMinutes.Load(archive.Db, meetingId)!.Items[0].Sections[0].PlainText);   // kept as imported
        using (var view = ArchiveDb.OpenPublic(archive.Location))
            Assert.Empty(view.SourceDocuments.Where(d => d.FileName == "privat.txt").Select(d => d.Bytes).Single());
        Assert.Equal(0, Hits(indexDirectory, Email));

        review.Decide(findings.Single(f => f.Kind == PersonalDataKind.Email).Id, FindingStatus.Safe, "sekretær");
        review.Decide(findings.Single(f => f.Kind == PersonalDataKind.Cpr).Id, FindingStatus.Redacted, "sekretær");
        Assert.Empty(review.Findings());
        Assert.Contains(Email, PublicText(archive, meetingId));
        Assert.DoesNotContain(Cpr, PublicText(archive, meetingId));
        Assert.True(Hits(indexDirectory, Email) > 0, "the value marked safe is searchable");

        // rebuilding the index, and a corrected version of the meeting, keep the decisions
        using (var index = SearchIndex.Open(indexDirectory))
            new ArchiveSearchIndex(archive.Db, index).Rebuild();
        Assert.Equal(0, Hits(indexDirectory, Cpr));
        import.ImportMinutes(new Storage.Writing.SourceFile("privat-2.txt", "privat 2"u8.ToArray(), "test"), Minutes("Godkendt med en bemærkning."));
        Assert.Empty(review.Findings());
        Assert.DoesNotContain(Cpr, PublicText(archive, meetingId));
        Assert.Contains(Email, PublicText(archive, meetingId));
        Assert.Contains(archive.Db.AuditEntries.AsNoTracking().ToList(), a => a.Action == "Personoplysning skjult" && !a.Subject.Contains(Cpr));
    }

    private static string PublicText(TestArchive archive, long meetingId)
    {
        using var view = ArchiveDb.OpenPublic(archive.Location);
        return ModelJson.Serialize(StoredMinutes.Load(view, meetingId));
    }

    private static int Hits(string indexDirectory, string query)
    {
        using var index = SearchIndex.Open(indexDirectory);
        return index.Search(new SearchRequest { Query = query }).Total;
    }
}

/// <summary>The audit log is append-only and hash-chained: a changed or removed entry is found by <c>audit verify</c>.</summary>
public sealed class AuditChainTests
{
    [Fact]
    public void The_chain_holds_until_an_entry_is_changed_behind_the_archive_s_back()
    {
        using var archive = new TestArchive();
        for (var i = 1; i <= 3; i++)
        {
            archive.Db.AuditEntries.Add(new Storage.Rows.AuditEntryRow { At = DateTime.UtcNow, UserName = "sekretær", Action = "Punkt tilføjet", Subject = $"møde {i}" });
            archive.Db.SaveChanges();
        }
        Assert.Null(AuditChain.Verify(archive.Db).Break);
        var ok = Cli.Run("audit", "verify", "--db", archive.DbArgument);
        Assert.True(ok.ExitCode == 0, ok.Output + ok.Error);
        Assert.Contains("3 poster", ok.Output);

        // append-only: the database refuses a change
        Assert.ThrowsAny<Exception>(() => archive.Db.Database.ExecuteSqlRaw("UPDATE audit_entry SET \"Action\" = 'Intet' WHERE \"Id\" = 2"));

        // someone with the database's own rights drops the guard and edits the second entry
        archive.Db.Database.ExecuteSqlRaw("DROP TRIGGER audit_entry_no_update");
        archive.Db.Database.ExecuteSqlRaw("UPDATE audit_entry SET \"Subject\" = 'møde 9' WHERE \"Id\" = 2");
        var broken = AuditChain.Verify(archive.Db).Break;
        Assert.Equal(2, broken?.EntryId);
        var cli = Cli.Run("audit", "verify", "--db", archive.DbArgument);
        Assert.Equal(1, cli.ExitCode);
        Assert.Contains("post 2", cli.Output);
        Assert.Contains("ændret", cli.Output);
    }
}

/// <summary>The review queue from the command line, and the commands whose output is published following it.</summary>
public sealed class ReviewCliTests
{
    [Fact]
    public void Review_list_approve_and_redact_and_the_published_outputs_follow()
    {
        using var archive = new TestArchive();
        var minutes = new MinutesDocument
        {
            Meeting = new MeetingHeader { Committee = "Social- og Sundhedsudvalget", Date = new DateOnly(2025, 11, 4) },
            Items = [new AgendaItem
            {
                Number = "1", Order = 1, Title = "Ansøgning",
                Decisions = [new Decision { Text = "Godkendt. Svar til 121085-2417 på lise.kragh77@gmail.com.", Outcome = DecisionOutcome.Approved }],
            }],
        };
        using (var import = archive.Importer())
            import.ImportMinutes(new Storage.Writing.SourceFile("a.txt", "a"u8.ToArray(), "test"), minutes);

        var list = Cli.Run("review", "list", "--json", "--db", archive.DbArgument);
        Assert.True(list.ExitCode == 0, list.Error);
        var findings = System.Text.Json.JsonDocument.Parse(list.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(["cpr", "email"], findings.Select(f => f.GetProperty("kind").GetString()).Order());
        Assert.All(findings, f => Assert.Equal("Punkt 1 · beslutning", f.GetProperty("location").GetString()));
        string Id(string kind) => findings.Single(f => f.GetProperty("kind").GetString() == kind).GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var shown = Cli.Run("show", "meeting", "social", "2025-11-04", "--db", archive.DbArgument);
        Assert.DoesNotContain("121085-2417", shown.Output);
        Assert.DoesNotContain("lise.kragh77@gmail.com", shown.Output);
        Assert.Contains("[CPR-nummer skjult]", shown.Output);

        var approve = Cli.Run("review", "approve", Id("email"), "--db", archive.DbArgument);
        Assert.True(approve.ExitCode == 0, approve.Error);
        Assert.Contains("Godkendt til offentliggørelse", approve.Output);
        Assert.Equal(0, Cli.Run("review", "redact", Id("cpr"), "--db", archive.DbArgument).ExitCode);
        Assert.Contains("Ingen fund venter", Cli.Run("review", "list", "--db", archive.DbArgument).Output);
        Assert.Equal(1, Cli.Run("review", "approve", "999", "--db", archive.DbArgument).ExitCode);

        shown = Cli.Run("show", "meeting", "social", "2025-11-04", "--db", archive.DbArgument);
        Assert.Contains("lise.kragh77@gmail.com", shown.Output);
        Assert.DoesNotContain("121085-2417", shown.Output);
        var directory = Path.Combine(archive.Directory, "export");
        Assert.Equal(0, Cli.Run("export", "--format", "json", "--out", directory, "--db", archive.DbArgument).ExitCode);
        var exported = string.Concat(Directory.EnumerateFiles(directory).Select(File.ReadAllText));
        Assert.Contains("lise.kragh77@gmail.com", exported);
        Assert.DoesNotContain("121085-2417", exported);
    }
}
