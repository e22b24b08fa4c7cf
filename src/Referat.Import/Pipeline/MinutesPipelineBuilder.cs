using Referat.Import.Formats;
using Referat.Import.Normalisation;
using Referat.Import.Recognition.Header;
using Referat.Import.Recognition;
using Referat.Import.Recognition.Items;
using Referat.Import.Recognition.Labels;

namespace Referat.Import.Pipeline;

/// <summary>
/// Builds a <see cref="MinutesPipeline"/>, in the manner of Markdig's pipeline builder: start from the defaults,
/// insert, replace or remove steps and rules by type, extend the catalogues, or add a whole
/// <see cref="IMinutesExtension"/>.
/// <code>
/// var parser = new MinutesParser(new MinutesPipelineBuilder()
///     .ConfigureSections(s => s.With("Afgørelse", SectionKind.Decision))
///     .ConfigureLabels(l => l.With("Mødelokalitet", FieldRole.Location))
///     .Use(new MyCaseSystemExtension())
///     .Build());
/// </code>
/// </summary>
public sealed class MinutesPipelineBuilder
{
    private readonly List<IMinutesExtension> _extensions = [];

    public MinutesPipelineBuilder()
    {
        Normalisation = new OrderedList<ILineStep>(
        [
            new CharacterRepair(),
            new MarkdownMarkup(),
            new DoubleSpacing(),
            new SiteFurniture(),
            new TranscriptPages(),
            new RunOnText(Labels, Sections),
            new PageFurniture(),
            new WhitespaceTrim(),
        ]);
        HeadingRules = new OrderedList<IItemHeadingRule>([new NumberedHeadingRule(Sections, Labels)]);
        HeaderRules = new OrderedList<IHeaderRule>(HeaderReader.DefaultRules(Labels));
        Extractors = new OrderedList<ITextExtractor>([new PdfExtractor(), new HtmlExtractor(), new PlainTextExtractor()]);
    }

    /// <summary>The normalisation steps, in the order they run.</summary>
    public OrderedList<ILineStep> Normalisation { get; }

    /// <summary>The rules that propose item headings; the outline chooses among their candidates.</summary>
    public OrderedList<IItemHeadingRule> HeadingRules { get; }

    /// <summary>The rules that read the header, in the order of trust: the first reading of a field wins.</summary>
    public OrderedList<IHeaderRule> HeaderRules { get; }

    /// <summary>The text extractors, asked in order whether they read a document's format (PDF, HTML, text).</summary>
    public OrderedList<ITextExtractor> Extractors { get; }

    public SectionCatalog Sections { get; private set; } = SectionCatalog.Default;

    public FieldLabels Labels { get; private set; } = FieldLabels.Default;

    /// <summary>Extends the section headings; the default steps and rules that read headings follow.</summary>
    public MinutesPipelineBuilder ConfigureSections(Func<SectionCatalog, SectionCatalog> configure)
    {
        Sections = configure(Sections);
        Rebind();
        return this;
    }

    /// <summary>Extends the field labels; the default steps and rules that read labels follow.</summary>
    public MinutesPipelineBuilder ConfigureLabels(Func<FieldLabels, FieldLabels> configure)
    {
        Labels = configure(Labels);
        Rebind();
        return this;
    }

    public MinutesPipelineBuilder Use(IMinutesExtension extension)
    {
        _extensions.Add(extension);
        return this;
    }

    public MinutesPipeline Build()
    {
        foreach (var extension in _extensions)
            extension.Setup(this);
        _extensions.Clear();
        return new MinutesPipeline(Extractors.ToList(), Normalisation.ToList(), HeadingRules.ToList(), HeaderRules.ToList(), Sections, Labels);
    }

    /// <summary>The default parts that hold the catalogues are made again for the new ones; a part an extension put in its place stays.</summary>
    private void Rebind()
    {
        Normalisation.Replace<RunOnText>(new RunOnText(Labels, Sections));
        HeadingRules.Replace<NumberedHeadingRule>(new NumberedHeadingRule(Sections, Labels));
        HeaderRules.Replace<LabelledFieldRule>(new LabelledFieldRule(Labels));
        HeaderRules.Replace<UnlabelledLineRule>(new UnlabelledLineRule(Labels));
    }
}
