namespace Referat.Import.Formats;

public enum DocumentFormat
{
    Text,
    Markdown,
    Pdf,
    Html,
}
