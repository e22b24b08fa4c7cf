using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Referat.Domain;
using Referat.Generator;
using Referat.Generator.Layouts;

namespace Referat.Generator.Tests;

public sealed class GeneratorTests : IDisposable
{
    private readonly List<string> _directories = [];

    private string NewDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "referat-gen-" + Guid.NewGuid().ToString("N"));
        _directories.Add(directory);
        return directory;
    }

    public void Dispose()
    {
        foreach (var directory in _directories.Where(Directory.Exists))
            Directory.Delete(directory, recursive: true);
    }

    private static Dictionary<string, string> Hashes(string directory) =>
        Directory.GetFiles(directory).OrderBy(f => f, StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void SameSeedWritesByteIdenticalFiles()
    {
        var options = new CorpusOptions { Seed = 42, Municipalities = 2, Years = 3, Documents = 40, Damage = DamageOptions.At(0.3) };
        var first = NewDirectory();
        var second = NewDirectory();
        CorpusWriter.Write(first, options);
        CorpusWriter.Write(second, options);
        var a = Hashes(first);
        Assert.Equal(80, a.Count);
        Assert.Equal(a, Hashes(second));

        var other = NewDirectory();
        CorpusWriter.Write(other, options with { Seed = 43 });
        Assert.NotEqual(a, Hashes(other));
    }

    /// <summary>All wording comes from our own templates and word lists: nothing only the real seed minutes contain.</summary>
    [Fact]
    public void GeneratedTextContainsNoSeedOnlyStrings()
    {
        string[] seedOnly = ["Lyngby-Taarbæk", "Kornbek", "Kjær-Westermann", "Henriette Breum", "Lundtoftegårdsvej", "Torvehuset", "Headspace", "Magnetens", "Udvalgsværelse 1.1", "Novo Nordisk"];
        var directory = NewDirectory();
        CorpusWriter.Write(directory, new CorpusOptions { Seed = 7, Municipalities = 3, Years = 9, Documents = 120 });
        foreach (var file in Directory.GetFiles(directory))
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            foreach (var s in seedOnly)
                Assert.False(text.Contains(s, StringComparison.OrdinalIgnoreCase), $"{Path.GetFileName(file)} contains the seed-only string \"{s}\"");
        }
    }

    [Fact]
    public void MunicipalityHasTermsCommitteesAndRenames()
    {
        var rng = new Random(5);
        var renamed = 0;
        for (var i = 0; i < 5; i++)
        {
            var municipality = MunicipalityFactory.Create(rng, i + 1, 2018, 2029);
            Assert.Equal(["2018-2021", "2022-2025", "2026-2029"], municipality.Terms.Select(t => t.Period.ToString()));
            foreach (var term in municipality.Terms)
            {
                Assert.InRange(term.Committees.Count, 6, 9);
                Assert.Equal("Kommunalbestyrelsen", term.Council.Name);
                Assert.Equal("Økonomiudvalget", term.Finance.Name);
                Assert.All(term.Bodies.SelectMany(b => b.Members), m => Assert.Contains(m.Party, WordLists.Parties));
            }
            renamed += municipality.Terms.Sum(t => t.Renames.Count());
        }
        Assert.True(renamed > 0, "no committee was renamed between terms");
    }

    [Fact]
    public void CasesTravelFromCommitteeThroughFinanceCommitteeToCouncil()
    {
        var municipality = MunicipalityFactory.Create(new Random(11), 1, 2022, 2022);
        var meetings = new MinutesGenerator(new Random(12), municipality).Generate(2022, 2022).ToList();

        // Monthly rounds without July: committees first, Økonomiudvalget the week after, Kommunalbestyrelsen last.
        foreach (var round in meetings.GroupBy(m => m.Date.Month))
        {
            var committees = round.Where(m => m.Body.Kind == BodyKind.Committee).Max(m => m.Date);
            var finance = round.Single(m => m.Body.Kind == BodyKind.FinanceCommittee).Date;
            var council = round.Single(m => m.Body.Kind == BodyKind.Council).Date;
            Assert.True(committees < finance && finance < council);
        }
        Assert.DoesNotContain(meetings, m => m.Date.Month == 7);

        var councilItems = meetings.Where(m => m.Body.Kind == BodyKind.Council).SelectMany(m => m.Minutes.Items).ToList();
        var travelled = councilItems.Where(i => i.Decisions.Count == 3 && i.Decisions[0].Body is not ("Økonomiudvalget" or "Kommunalbestyrelsen")).ToList();
        Assert.NotEmpty(travelled);
        foreach (var item in travelled)
        {
            Assert.Equal("Økonomiudvalget", item.Decisions[1].Body);
            Assert.Equal("Kommunalbestyrelsen", item.Decisions[2].Body);
            Assert.True(item.Decisions[0].Date < item.Decisions[1].Date && item.Decisions[1].Date < item.Decisions[2].Date);
            Assert.Equal(["Økonomiudvalget anbefaler.", "Kommunalbestyrelsen beslutter."], item.Competence.Skip(1).Select(c => c.Text));
        }

        var items = meetings.SelectMany(m => m.Minutes.Items).ToList();
        Assert.Contains(items, i => i.IsClosed && i.PrintedTitle.StartsWith("Lukket punkt: ") && !i.Title.StartsWith("Lukket"));
        Assert.Contains(items, i => i.Types.Contains("Genforelæggelse"));
        Assert.Contains(items, i => i.Title == "Godkendelse af dagsorden");
        Assert.Contains(items, i => i.Decisions.Any(d => d.Absences.Any(a => a.Substitute is not null)));
        Assert.Contains(items, i => i.Decisions.Any(d => d.Votes.Count > 0 && d.Text.Contains("stemte imod.")));
        Assert.Contains(items, i => i.Decisions.Any(d => d.Points.Count >= 2 && d.Text.StartsWith("Ad 1) ")));
        Assert.All(items.Where(i => i.CaseNumber is not null), i => Assert.Matches(@"^\d{2}\.\d{2}\.\d{2}-[A-Z]\d{2}-\d+-\d{2}$", i.CaseNumber!.Text));

        // Appropriation tables: the "I alt" row sums the rows above.
        var tables = items.SelectMany(i => i.Sections).SelectMany(s => s.Blocks).OfType<TableBlock>().Select(t => t.Table).ToList();
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            Assert.Equal("1.000 kr.", table.Header[0]);
            for (var col = 1; col < table.Header.Count; col++)
                Assert.Equal(table.Rows[^1].Cells[col].Number, table.Rows.Take(table.Rows.Count - 1).Sum(r => r.Cells[col].Number));
        }
    }

    [Fact]
    public void PdfLayoutIsSkippedWithANoteWhileTheRendererIsAStub()
    {
        var directory = NewDirectory();
        var result = CorpusWriter.Write(directory, new CorpusOptions { Seed = 3, Documents = 10 });
        Assert.Equal(10, result.Entries.Count);
        if (!result.Entries.Any(e => e.Layout == "pdf"))
            Assert.Contains(result.Notes, n => n.Contains("PDF output skipped"));
        foreach (var entry in result.Entries)
            Assert.Equal(entry.FileName, JsonNode.Parse(File.ReadAllText(Path.Combine(directory, entry.TruthFileName)))!["source"]!.GetValue<string>());
    }
}
