using System.IO.Compression;
using Referat.Domain;

namespace Referat.Archive.Tests;

/// <summary>
/// The publication policy from the command line: <c>referat publication</c> sets it, and <c>show meeting</c> and every
/// export follow it; nothing of a closed item but its number and title is ever printed or written.
/// </summary>
public sealed class PublicationCliTests
{
    private const string Secret = "FORTROLIGT-7Q2X";
    private const string ClosedTitle = "Grundsalg";

    private static MinutesDocument Minutes => new()
    {
        Meeting = new MeetingHeader { Committee = "Økonomiudvalget", Date = new DateOnly(2025, 6, 9), Participants = [new PartyMember("Anna Holm", "A")] },
        Items =
        [
            new AgendaItem { Number = "1", Order = 1, Title = "Budget 2026", Decisions = [new Decision { Text = "Godkendt.", Outcome = DecisionOutcome.Approved }] },
            new AgendaItem
            {
                Number = "2", Order = 2, Title = ClosedTitle, IsClosed = true,
                Sections = [new Section("Sagsfremstilling", SectionKind.CaseDescription, [new Paragraph(Secret)])],
                Decisions = [new Decision { Text = $"Godkendt. {Secret}", Outcome = DecisionOutcome.Approved }],
            },
        ],
    };

    [Fact]
    public void Show_meeting_and_the_exports_follow_the_policy()
    {
        using var archive = new TestArchive();
        using (var importer = archive.Importer())
            importer.ImportMinutes(new SourceFile("a.txt", "a"u8.ToArray(), "test"), Minutes);

        foreach (var (setting, shown) in new[] { ("withheld", false), ("published", true) })
        {
            var set = Cli.Run("publication", "--closed-item-titles", setting, "--db", archive.DbArgument);
            Assert.True(set.ExitCode == 0, set.Error);
            Assert.Contains(setting, set.Output);

            var show = Cli.Run("show", "meeting", "økonomi", "2025-06-09", "--db", archive.DbArgument);
            var json = Cli.Run("show", "meeting", "økonomi", "2025-06-09", "--db", archive.DbArgument, "--json");
            var outputs = new List<(string Name, string Text)> { ("show meeting", show.Output), ("show meeting --json", json.Output) };
            foreach (var format in new[] { "model", "json", "csv" })
            {
                var directory = Path.Combine(archive.Directory, $"{format}-{setting}");
                var export = Cli.Run("export", "--format", format, "--out", directory, "--db", archive.DbArgument);
                Assert.True(export.ExitCode == 0, export.Error);
                outputs.Add(($"export {format}", string.Join("\n", Directory.GetFiles(directory).Select(Read))));
            }
            foreach (var (name, text) in outputs)
            {
                Assert.DoesNotContain(Secret, text);
                Assert.True(text.Contains(ClosedTitle, StringComparison.Ordinal) == shown, $"{name} with titles {setting}");
            }
        }
    }

    /// <summary>A file's text, or every entry's of a ZIP.</summary>
    private static string Read(string path)
    {
        if (!path.EndsWith(".zip", StringComparison.Ordinal))
            return File.ReadAllText(path);
        using var zip = ZipFile.OpenRead(path);
        return string.Join("\n", zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }
}
