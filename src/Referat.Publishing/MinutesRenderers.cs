using System.Text;
using Referat.Domain;

namespace Referat.Publishing;

/// <summary>A way of writing minutes in the municipality's layout, chosen by <see cref="Name"/> (<c>render --format NAME</c>).</summary>
public interface IMinutesRenderer
{
    /// <summary>"text", "html", "pdf".</summary>
    string Name { get; }

    string MediaType { get; }

    /// <summary>Whether the output is text (and may go to standard output).</summary>
    bool IsText { get; }

    void Write(MinutesDocument minutes, Stream output);
}

/// <summary>The renderers by name.</summary>
public static class MinutesRenderers
{
    public static IReadOnlyList<IMinutesRenderer> All { get; } =
    [
        new TextRenderer("text", "text/plain; charset=utf-8", MinutesTextRenderer.Render),
        new TextRenderer("html", "text/html; charset=utf-8", MinutesHtmlRenderer.Render),
        new PdfRenderer(),
    ];

    public static IMinutesRenderer? Find(string name) =>
        All.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    private sealed class TextRenderer(string name, string mediaType, Func<MinutesDocument, string> render) : IMinutesRenderer
    {
        public string Name => name;
        public string MediaType => mediaType;
        public bool IsText => true;

        public void Write(MinutesDocument minutes, Stream output)
        {
            var bytes = new UTF8Encoding(false).GetBytes(render(minutes));
            output.Write(bytes);
        }
    }

    private sealed class PdfRenderer : IMinutesRenderer
    {
        public string Name => "pdf";
        public string MediaType => "application/pdf";
        public bool IsText => false;

        public void Write(MinutesDocument minutes, Stream output) => output.Write(MinutesPdfRenderer.Render(minutes));
    }
}
