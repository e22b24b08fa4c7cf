using System.Text.RegularExpressions;
using Referat.Domain;
using Referat.Import.Lines;
using Referat.Import.Normalisation;
using Referat.Import.Pipeline;
using Referat.Import.Recognition.Items;
using Referat.Import.Recognition.Labels;
using Referat.Import.Tests.Support;

namespace Referat.Import.Tests;

/// <summary>The reader extended the way a new layout is meant to be added: by the builder, not by a branch in the parser.</summary>
public sealed partial class PipelineBuilderTests
{
    /// <summary>A layout that numbers its items "§ 12 Title" and calls its decision "Afgørelse truffet".</summary>
    private static readonly string Paragraphs = Minutes.Lines(
        "Referat Vej- og Parkudvalget", "Mødelokalitet: Rådhuset, lokale 2", "Mødedato: 5. marts 2025", "",
        "§ 12 Vintervedligeholdelse af stierne", "", "Afgørelse truffet", "", "Godkendt.", "",
        "§ 13 Ny belysning", "", "Afgørelse truffet", "", "Udsat.");

    private sealed partial class ParagraphSignRule : IItemHeadingRule
    {
        [GeneratedRegex(@"^§\s*(?<n>\d{1,3})\s+(?<title>\p{Lu}.*)$")]
        private static partial Regex Pattern();

        public ItemCandidate? TryMatch(IReadOnlyList<Line> lines, int index)
        {
            var match = Pattern().Match(lines[index].Trimmed);
            return match.Success ? new ItemCandidate(match.Groups["n"].Value, match.Groups["title"].Value, index, index, "§N", 1.0) : null;
        }
    }

    private sealed class ParagraphSignLayout : IMinutesExtension
    {
        public void Setup(MinutesPipelineBuilder builder)
        {
            builder.HeadingRules.Add(new ParagraphSignRule());
            builder.ConfigureSections(s => s.With("Afgørelse truffet", SectionKind.Decision))
                .ConfigureLabels(l => l.With("Mødelokalitet", FieldRole.Location));
        }
    }

    [Fact]
    public void The_default_reader_does_not_know_the_layout()
    {
        Assert.Throws<MinutesFormatException>(() => Minutes.Read(Paragraphs));
    }

    [Fact]
    public void An_extension_adds_a_heading_rule_a_section_heading_and_a_label()
    {
        var parser = new MinutesParser(new MinutesPipelineBuilder().Use(new ParagraphSignLayout()).Build());
        var minutes = new DocumentReader(parser).Read("paragraffer.txt", System.Text.Encoding.UTF8.GetBytes(Paragraphs)).Minutes;
        Assert.Equal("Rådhuset, lokale 2", minutes.Meeting.Location);
        Assert.Equal(["12", "13"], minutes.Items.Select(i => i.Number));
        Assert.Equal(["Godkendt.", "Udsat."], minutes.Items.Select(i => i.Decisions.Single().Text));
        Assert.Equal(SectionKind.Decision, minutes.Items[0].Sections.Single().Kind);
    }

    private sealed class Shouting : ILineStep
    {
        public List<string> Seen { get; } = [];

        public void Apply(LineDocument document) => Seen.AddRange(document.Lines.Where(l => !l.IsBlank).Take(1).Select(l => l.Text));
    }

    [Fact]
    public void Steps_are_placed_by_type_and_run_in_that_order()
    {
        var builder = new MinutesPipelineBuilder();
        var probe = new Shouting();
        Assert.True(builder.Normalisation.InsertBefore<PageFurniture>(probe));
        Assert.True(builder.Normalisation.TryRemove<SiteFurniture>());
        var pipeline = builder.Build();
        var steps = pipeline.Steps.Select(s => s.GetType().Name).ToList();
        Assert.Equal(steps.IndexOf(nameof(PageFurniture)) - 1, steps.IndexOf(nameof(Shouting)));
        Assert.DoesNotContain(nameof(SiteFurniture), steps);

        new MinutesParser(pipeline).Parse("x.txt", Minutes.Lines("Skip navigationen", "Byrådet 05-03-2025", "", "1. Budget", "", "Beslutning", "", "Godkendt."));
        Assert.Equal(["Skip navigationen"], probe.Seen);    // the site furniture step was removed, so the line reached the probe
    }

    [Fact]
    public void New_labels_reach_the_steps_that_cut_run_on_text()
    {
        var pipeline = new MinutesPipelineBuilder().ConfigureLabels(l => l.With("Mødelokalitet", FieldRole.Location)).Build();
        var step = pipeline.Steps.OfType<RunOnText>().Single();
        var document = new LineDocument("x.txt", "Dato: 5. marts 2025 Mødelokalitet: Rådhuset\n");
        step.Apply(document);
        Assert.Equal(["Dato: 5. marts 2025", "Mødelokalitet: Rådhuset", ""], document.Lines.Select(l => l.Text));
    }

    /// <summary>"Mødet holdes i …": a site's own sentence for the place.</summary>
    private sealed partial class HeldInRule : Referat.Import.Recognition.Header.IHeaderRule
    {
        [GeneratedRegex(@"^Mødet holdes i (?<place>.+?)\.?$")]
        private static partial Regex Pattern();

        public void Read(Referat.Import.Recognition.Header.HeaderDraft draft)
        {
            foreach (var (line, index) in draft.Unclaimed())
                if (Pattern().Match(line.Trimmed) is { Success: true } match && draft.SetLocation(match.Groups["place"].Value, line, line, 0.9, "stedets sætning"))
                    draft.Claimed.Add(index);
        }
    }

    [Fact]
    public void A_header_rule_placed_before_the_unlabelled_lines_reads_a_sites_own_sentence()
    {
        var builder = new MinutesPipelineBuilder();
        Assert.True(builder.HeaderRules.InsertBefore<Referat.Import.Recognition.Header.UnlabelledLineRule>(new HeldInRule()));
        var text = Minutes.Lines("Byrådet 05-03-2025", "Mødet holdes i Byrådssalen.", "", "1. Budget", "", "Beslutning", "", "Godkendt.");
        // The defaults only guess: a line that looks like a place, taken whole, with low confidence.
        Assert.Equal("Mødet holdes i Byrådssalen.", new MinutesParser().Parse("x.txt", text).Minutes.Meeting.Location);
        Assert.Equal("Byrådssalen", new MinutesParser(builder.Build()).Parse("x.txt", text).Minutes.Meeting.Location);
    }

    private sealed class CountingExtractor(Formats.ITextExtractor inner) : Formats.ITextExtractor
    {
        public int Calls { get; private set; }

        public bool Reads(Formats.DocumentFormat format) => inner.Reads(format);

        public Formats.Extraction Extract(string source, byte[] bytes)
        {
            Calls++;
            return inner.Extract(source, bytes);
        }
    }

    [Fact]
    public void The_reader_asks_the_pipelines_extractors_for_the_text()
    {
        var builder = new MinutesPipelineBuilder();
        var counting = new CountingExtractor(new Formats.PlainTextExtractor());
        Assert.True(builder.Extractors.Replace<Formats.PlainTextExtractor>(counting));
        var reader = new DocumentReader(new MinutesParser(builder.Build()));
        reader.Read("x.txt", System.Text.Encoding.UTF8.GetBytes(Minutes.Lines("Byrådet 05-03-2025", "", "1. Budget", "", "Beslutning", "", "Godkendt.")));
        Assert.Equal(1, counting.Calls);
    }
}
