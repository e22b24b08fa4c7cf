using Referat.Import.Lines;

namespace Referat.Import.Normalisation;

/// <summary>The ordered normalisation steps. Extension point: insert a step where a new kind of damage appears.</summary>
public sealed class NormalisationPipeline(IReadOnlyList<ILineStep> steps)
{
    public static NormalisationPipeline Default { get; } = new([
        new CharacterRepair(),
        new MarkdownMarkup(),
        new DoubleSpacing(),
        new SiteFurniture(),
        new TranscriptPages(),
        new RunOnText(),
        new PageFurniture(),
        new WhitespaceTrim(),
    ]);

    public IReadOnlyList<ILineStep> Steps { get; } = steps;

    public void Apply(LineDocument document)
    {
        foreach (var step in Steps)
            step.Apply(document);
    }
}
