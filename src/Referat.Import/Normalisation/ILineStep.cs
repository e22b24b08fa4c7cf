using Referat.Import.Lines;

namespace Referat.Import.Normalisation;

/// <summary>
/// One normalisation step over the lines of a document: repairs what extraction damaged without knowing anything
/// about the meaning of the text. Steps are small and run in order; see <see cref="Pipeline.MinutesPipeline"/>.
/// </summary>
public interface ILineStep
{
    void Apply(LineDocument document);
}
