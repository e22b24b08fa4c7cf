using System.Diagnostics;
using System.Text;
using Referat.Import.Tests.Support;
using Xunit.Abstractions;

namespace Referat.Import.Tests;

/// <summary>
/// Documents that are not minutes, or not documents at all: the reader must answer with a
/// <see cref="MinutesFormatException"/> that names the file and says what is wrong, never with another exception,
/// and never hang.
/// </summary>
public sealed class BadInputTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("referat-bad-input-");
    private readonly Report _report = new(output);

    public void Dispose() => _temp.Delete(recursive: true);

    private static MinutesFormatException AssertRejected(string name, Func<ParseResult> read, params string[] problemWords)
    {
        var error = Minutes.WithTimeout(Limit, () => Record.Exception(() => read()), $"reading {name}");
        Assert.NotNull(error);
        var rejection = Assert.IsType<MinutesFormatException>(error);
        Assert.Contains(name, rejection.Message);
        Assert.True(rejection.Problem.Trim().Length > 5, $"the problem description is empty: \"{rejection.Message}\"");
        foreach (var word in problemWords)
            Assert.Contains(word, rejection.Message, StringComparison.OrdinalIgnoreCase);
        return rejection;
    }

    [Fact]
    public void Empty_bytes_are_rejected()
    {
        AssertRejected("tom.txt", () => new DocumentReader().Read("tom.txt", []), "empty");
    }

    [Fact]
    public void Empty_file_is_rejected()
    {
        var path = Path.Combine(_temp.FullName, "tomt-referat.txt");
        File.WriteAllBytes(path, []);
        AssertRejected("tomt-referat.txt", () => new DocumentReader().ReadFile(path), "empty");
    }

    [Fact]
    public void Missing_file_is_rejected()
    {
        var path = Path.Combine(_temp.FullName, "findes-ikke.txt");
        AssertRejected("findes-ikke.txt", () => new DocumentReader().ReadFile(path), "not found");
    }

    [Fact]
    public void White_space_only_is_rejected()
    {
        AssertRejected("blank.txt", () => Minutes.Read(" \n\t\n   \r\n", "blank.txt"));
    }

    [Fact]
    public void Random_binary_bytes_with_nuls_are_rejected()
    {
        var random = new Random(4711);
        var bytes = new byte[8192];
        random.NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i += 7)
            bytes[i] = 0;
        AssertRejected("data.bin", () => new DocumentReader().Read("data.bin", bytes), "binary");
    }

    [Fact]
    public void Truncated_pdf_is_rejected()
    {
        var pdf = Encoding.Latin1.GetBytes(
            "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" +
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n" +
            "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>\nendobj\n" +
            "4 0 obj\n<< /Length 240 >>\nstream\nBT /F1 12 Tf 72 712 Td (Punkt 1: Godkendelse af dagsor");
        Assert.InRange(pdf.Length, 200, 600);
        AssertRejected("referat.pdf", () => new DocumentReader().Read("referat.pdf", pdf));
    }

    [Fact]
    public void Pdf_header_followed_by_junk_is_rejected()
    {
        var random = new Random(99);
        var junk = new byte[400];
        random.NextBytes(junk);
        byte[] bytes = [.. "%PDF-1.7\n"u8, .. junk];
        AssertRejected("skannet.txt", () => new DocumentReader().Read("skannet.txt", bytes));
    }

    [Fact]
    public void A_recipe_is_not_minutes()
    {
        var recipe = Minutes.Lines(
            "Æblekage med makroner",
            "",
            "Ingredienser",
            "• 1 kg madæbler",
            "• 100 g sukker",
            "• 200 g makroner",
            "• 1/4 l piskefløde",
            "",
            "Fremgangsmåde",
            "1. Skræl æblerne, og kog dem til grød med sukkeret.",
            "2. Lad grøden køle af.",
            "3. Læg grød og knuste makroner lagvis i en skål.",
            "4. Pynt med flødeskum lige før servering.",
            "",
            "Punktlighed er vigtig: kagen skal stå koldt i mindst en time.");
        AssertRejected("aeblekage.txt", () => Minutes.Read(recipe, "aeblekage.txt"), "no agenda items");
    }

    [Fact]
    public void Html_without_minutes_is_rejected()
    {
        var html = "<!DOCTYPE html><html><head><title>Forside</title><script>var x = 1;</script></head><body><p>Velkommen til kommunens hjemmeside.</p></body></html>";
        AssertRejected("forside.html", () => Minutes.Read(html, "forside.html"));
    }

    /// <summary>
    /// A 50 MB minutes file (many items, under the 64 MB limit): the reader either parses it or rejects it cleanly,
    /// within a minute either way.
    /// </summary>
    [Fact]
    public void Fifty_megabyte_file_parses_or_fails_cleanly_without_hanging()
    {
        var path = Path.Combine(_temp.FullName, "stort-referat.txt");
        WriteLargeMinutes(path, 50L * 1024 * 1024);
        var watch = Stopwatch.StartNew();
        var outcome = Minutes.WithTimeout(TimeSpan.FromSeconds(60), () =>
        {
            try
            {
                return (Result: new DocumentReader().ReadFile(path), Error: (Exception?)null);
            }
            catch (Exception e)
            {
                return (Result: (ParseResult?)null, Error: e);
            }
        }, "reading a 50 MB file");
        _report.Line($"50 MB file: {(outcome.Result is null ? "rejected: " + outcome.Error!.Message : $"{outcome.Result.Minutes.Items.Count} items")} in {watch.Elapsed.TotalSeconds:0.0} s");
        if (outcome.Error is not null)
        {
            var rejection = Assert.IsType<MinutesFormatException>(outcome.Error);
            Assert.Contains("stort-referat.txt", rejection.Message);
        }
        else
        {
            Assert.NotEmpty(outcome.Result!.Minutes.Items);
        }
    }

    private static void WriteLargeMinutes(string path, long size)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("REFERAT Vej- og Parkudvalget 2026-2029 d. 01-09-2026\n\nMødested Rådhuset\n\n");
        var paragraph = "Forvaltningen har gennemgået vejnettet og foreslår en prioriteret plan for asfaltarbejder, fortove og cykelstier i de kommende år.\n";
        long written = 0;
        for (var n = 1; written < size; n++)
        {
            var item = $"Punkt {n % 1000 + 1}: Vedligeholdelse af vejstrækning {n} (Beslutning)\n\nSagsfremstilling\n\n";
            writer.Write(item);
            written += Encoding.UTF8.GetByteCount(item);
            for (var k = 0; k < 40 && written < size; k++)
            {
                writer.Write(paragraph);
                written += Encoding.UTF8.GetByteCount(paragraph);
            }
            const string decision = "\nBeslutning\n\nVej- og Parkudvalget, den 1. september 2026\n\nGodkendt.\n\n";
            writer.Write(decision);
            written += Encoding.UTF8.GetByteCount(decision);
        }
    }
}
