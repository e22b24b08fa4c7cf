namespace Referat.Import.Pipeline;

/// <summary>
/// A site's or a case system's own layout, added to the reader as one unit: it may add normalisation steps, heading
/// rules, section headings and field labels. Extension point for what the defaults do not read; see
/// <see cref="MinutesPipelineBuilder.Use"/>.
/// </summary>
public interface IMinutesExtension
{
    void Setup(MinutesPipelineBuilder builder);
}
