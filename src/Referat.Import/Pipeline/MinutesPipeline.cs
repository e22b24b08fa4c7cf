using Referat.Import.Formats;
using Referat.Import.Normalisation;
using Referat.Import.Recognition.Header;
using Referat.Import.Recognition;
using Referat.Import.Recognition.Items;
using Referat.Import.Recognition.Labels;

namespace Referat.Import.Pipeline;

/// <summary>
/// How a minutes document is read: the text extractors by format, the normalisation steps in order, the item heading
/// rules, the header rules, the section headings and the field labels. Built once by <see cref="MinutesPipelineBuilder"/> and shared (immutable); <see cref="Default"/>
/// reads the layouts Danish municipalities publish.
/// </summary>
public sealed class MinutesPipeline
{
    internal MinutesPipeline(IReadOnlyList<ITextExtractor> extractors, IReadOnlyList<ILineStep> steps, IReadOnlyList<IItemHeadingRule> headingRules,
        IReadOnlyList<IHeaderRule> headerRules, SectionCatalog sections, FieldLabels labels)
    {
        Extractors = extractors;
        Steps = steps;
        HeadingRules = headingRules;
        HeaderRules = headerRules;
        Sections = sections;
        Labels = labels;
    }

    public static MinutesPipeline Default { get; } = new MinutesPipelineBuilder().Build();

    public IReadOnlyList<ITextExtractor> Extractors { get; }
    public IReadOnlyList<ILineStep> Steps { get; }
    public IReadOnlyList<IItemHeadingRule> HeadingRules { get; }
    public IReadOnlyList<IHeaderRule> HeaderRules { get; }
    public SectionCatalog Sections { get; }
    public FieldLabels Labels { get; }

    /// <summary>Runs the normalisation steps over a document's lines, in order.</summary>
    public void Normalise(Lines.LineDocument document)
    {
        foreach (var step in Steps)
        {
            Formats.ReadingBudget.Check("while normalising the lines");
            step.Apply(document);
        }
    }
}
