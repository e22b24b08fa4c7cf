using Referat.Domain;

namespace Referat.Generator.Layouts;

/// <summary>
/// Prints one meeting's minutes in one published layout. Returns the file's bytes and the minutes as that layout
/// prints them (what a reader of the file can know: the truth the document is scored against).
/// </summary>
public interface ILayoutWriter
{
    /// <summary>Short name used in file names and counts: text, pdftext, markdown, doublespaced, pdf.</summary>
    string Name { get; }

    string Extension { get; }

    WrittenDocument Write(GeneratedMeeting meeting, DamageOptions damage, Random rng);
}

public sealed record WrittenDocument(byte[] Content, MinutesDocument Printed, DamageReport Damage);

/// <summary>How often each kind of extraction damage is injected (0 = never, 1 = wherever it can be).</summary>
public sealed record DamageOptions(double PageBreakInSentence = 0, double Hyphenation = 0, double Mojibake = 0, double FoldedMojibake = 0, double DoubleSpacing = 0)
{
    public static DamageOptions None { get; } = new();

    public static DamageOptions At(double rate) => new(rate, rate, rate / 4, rate / 4, rate);

    public bool Any => PageBreakInSentence > 0 || Hyphenation > 0 || Mojibake > 0 || FoldedMojibake > 0 || DoubleSpacing > 0;
}

/// <summary>What was injected into one document.</summary>
public sealed class DamageReport
{
    public int PageBreaks { get; set; }
    public int Hyphenations { get; set; }
    public int MojibakeLines { get; set; }
    public int FoldedLines { get; set; }
    public bool DoubleSpaced { get; set; }

    /// <summary>Numbers a transcript site dropped: page numbers of the contents, the digits of decision dates.</summary>
    public int LostNumbers { get; set; }

    public bool Any => PageBreaks + Hyphenations + MojibakeLines + FoldedLines + LostNumbers > 0 || DoubleSpaced;
}
