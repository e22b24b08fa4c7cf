using System.Text;
using Referat.Domain;
using Referat.Import.Tests.Support;

namespace Referat.Import.Tests;

public sealed partial class SyntheticLayoutTests
{
    private static readonly string DanishDocument = Minutes.Lines(
        "REFERAT Miljø- og Forsyningsudvalget 2026-2029 d. 10-03-2026",
        "",
        "Mødested Mødelokale Åbyhøj, 2. sal",
        "",
        "Punkt 1: Løsninger for affaldssortering på genbrugsstationen (Beslutning)",
        "",
        "07.00.00-G01-5-26",
        "",
        "Problemstilling",
        "",
        "Sorteringen på genbrugsstationen skal være nemmere for borgerne.",
        "",
        "Løsninger",
        "",
        "Forvaltningen foreslår, at der opsættes større skilte ved containerne.",
        "",
        "Beslutning",
        "",
        "Miljø- og Forsyningsudvalget, den 10. marts 2026",
        "",
        "Godkendt med bemærkning om særlig skiltning for gående.");

    private static void AssertDanishDocument(ParseResult result)
    {
        var minutes = result.Minutes;
        Assert.Equal("Miljø- og Forsyningsudvalget", minutes.Meeting.Committee);
        Assert.Equal("Mødelokale Åbyhøj, 2. sal", minutes.Meeting.Location);
        var item = Assert.Single(minutes.Items);
        Assert.Equal("Løsninger for affaldssortering på genbrugsstationen", item.Title);
        Assert.Equal(["Problemstilling", "Løsninger", "Beslutning"], item.Sections.Select(s => s.Heading));
        Assert.Equal("Sorteringen på genbrugsstationen skal være nemmere for borgerne.", item.Sections[0].PlainText);
        var decision = Assert.Single(item.Decisions);
        Assert.Equal("Miljø- og Forsyningsudvalget", decision.Body);
        Assert.Equal("Godkendt med bemærkning om særlig skiltning for gående.", decision.Text);
    }

    [Fact]
    public void Utf8_read_as_windows_1252_mojibake_is_repaired()
    {
        var broken = Layouts.Mojibake(DanishDocument);
        Assert.Contains("Ã¸", broken); // the test really feeds mojibake
        var result = Minutes.Read(broken);
        AssertDanishDocument(result);
        Assert.Contains(result.Warnings, w => w.Message.Contains("mojibake"));
    }

    [Fact]
    public void Ascii_folded_mojibake_is_repaired()
    {
        var broken = Layouts.FoldedMojibake(DanishDocument);
        Assert.Contains("LÅ,sninger", broken);
        Assert.Contains("pÅ¥", broken);
        Assert.Contains("vÅ|re", broken);
        AssertDanishDocument(Minutes.Read(broken));
    }

    [Fact]
    public void Clean_Danish_text_is_left_alone_and_raises_no_warning()
    {
        var result = Minutes.Read(DanishDocument);
        AssertDanishDocument(result);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("mojibake"));
    }

    [Theory]
    [InlineData("windows-1252")]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16be")]
    public void Encodings_are_detected_and_decoded(string encoding)
    {
        byte[] bytes = encoding switch
        {
            "windows-1252" => Referat.Import.Decoding.TextDecoder.Windows1252.GetBytes(DanishDocument),
            "utf-8" => Encoding.UTF8.GetBytes(DanishDocument),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(DanishDocument)],
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(DanishDocument)],
            "utf-16le" => Encoding.Unicode.GetBytes(DanishDocument),
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(DanishDocument)],
            "utf-16be" => Encoding.BigEndianUnicode.GetBytes(DanishDocument),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
        };
        var result = Minutes.Read(bytes, "miljoe.txt");
        Assert.Equal(encoding, result.Encoding);
        AssertDanishDocument(result);
    }

    [Fact]
    public void Bullet_glyphs_become_one_bullet_list()
    {
        var text = Minutes.Lines(
            "Punkt 1: Forskønnelse af parken ved Søbakken (Orientering)",
            "",
            "Sagsfremstilling",
            "",
            "Planen omfatter:",
            "• nye bænke ved søen",
            "\uF0B7 belysning på stien",
            "\uFFFD en ny legeplads",
            "",
            "Bilag",
            "",
            "\uF0B7 Kort over parken",
            "\uFFFD Tidsplan for anlægsarbejdet",
            "",
            "Beslutning",
            "",
            "Parkudvalget, den 5. juni 2026",
            "",
            "Taget til efterretning.");
        var item = Minutes.Read(text).Minutes.Items.Single();
        var blocks = item.Sections.Single(s => s.Heading == "Sagsfremstilling").Blocks;
        Assert.Equal(new Paragraph("Planen omfatter:"), blocks[0]);
        var list = Assert.IsType<BulletList>(blocks[1]);
        Assert.Equal(["nye bænke ved søen", "belysning på stien", "en ny legeplads"], list.Entries);
        Assert.Equal(["Kort over parken", "Tidsplan for anlægsarbejdet"], item.Attachments.Select(a => a.Title));
    }
}
