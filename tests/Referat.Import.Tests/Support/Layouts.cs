using System.Text;

namespace Referat.Import.Tests.Support;

/// <summary>Builders for the layout quirks of exported minutes, applied to invented documents.</summary>
public static class Layouts
{
    /// <summary>Every line followed by an empty line, as some PDF-to-text exports print; a real paragraph break is a line of two spaces.</summary>
    public static string DoubleSpaced(params string[] lines)
    {
        var builder = new StringBuilder();
        foreach (var line in lines)
            builder.Append(line).Append("\n\n");
        return builder.ToString();
    }

    /// <summary>UTF-8 bytes read as Windows-1252: "ø" becomes "Ã¸".</summary>
    public static string Mojibake(string text) =>
        Referat.Import.Decoding.TextDecoder.Windows1252.GetString(Encoding.UTF8.GetBytes(text));

    /// <summary>The ASCII-folded mojibake some export chains produce: "ø" as "Å,", "å" as "Å¥", "æ" as "Å|".</summary>
    public static string FoldedMojibake(string text) => text
        .Replace("ø", "Å,").Replace("å", "Å¥").Replace("æ", "Å|")
        .Replace("Ø", "Å~");
}
