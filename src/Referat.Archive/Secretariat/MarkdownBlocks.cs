using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Referat.Domain;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using MarkdigTableRow = Markdig.Extensions.Tables.TableRow;
using Block = Referat.Domain.Block;
using Paragraph = Referat.Domain.Paragraph;

namespace Referat.Archive.Secretariat;

/// <summary>
/// A section as the secretary writes it, in Markdown, and as the model holds it: paragraphs, bullet and numbered
/// lists, and pipe tables (an appropriation table's cells with their Danish numbers). Emphasis and links are kept as
/// their text: minutes are plain text with structure.
/// </summary>
public static class MarkdownBlocks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static ValueList<Block> Parse(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return [];
        var blocks = new List<Block>();
        foreach (var block in Markdown.Parse(markdown.Replace("\r\n", "\n"), Pipeline))
            switch (block)
            {
                case ListBlock list:
                    blocks.Add(new BulletList(list.OfType<ListItemBlock>().Select(item => string.Join(" ", item.Descendants<LeafBlock>().Select(Text))).ToValueList(), list.IsOrdered));
                    break;
                case MarkdigTable table:
                    var rows = table.OfType<MarkdigTableRow>().Select(r => r.OfType<Markdig.Extensions.Tables.TableCell>().Select(c => string.Join(" ", c.Descendants<LeafBlock>().Select(Text))).ToList()).ToList();
                    if (rows.Count > 0)
                        blocks.Add(new TableBlock(new DataTable(rows[0].ToValueList(),
                            rows.Skip(1).Select(r => new Domain.TableRow(r.Select(t => new Domain.TableCell(t, DanishNumbers.Parse(t))).ToValueList())).ToValueList())));
                    break;
                case LeafBlock leaf when Text(leaf) is { Length: > 0 } text:
                    blocks.Add(new Paragraph(text));
                    break;
                case ContainerBlock container:
                    blocks.AddRange(container.Descendants<LeafBlock>().Select(Text).Where(t => t.Length > 0).Select(t => new Paragraph(t)));
                    break;
            }
        return blocks.ToValueList();
    }

    /// <summary>The blocks as Markdown again, for editing: <c>Parse(Write(b)) == b</c> for what Parse gives.</summary>
    public static string Write(IEnumerable<Block> blocks) => string.Join("\n\n", blocks.Select(block => block switch
    {
        Paragraph p => p.Text,
        BulletList l => string.Join("\n", l.Entries.Select((e, i) => l.Numbered ? $"{i + 1}. {e}" : $"- {e}")),
        TableBlock t => string.Join("\n", new[] { Row(t.Table.Header), Row(t.Table.Header.Select(_ => "---")) }
            .Concat(t.Table.Rows.Select(r => Row(r.Cells.Select(c => c.Text))))),
        _ => block.PlainText,
    }));

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|"))) + " |";

    private static string Text(LeafBlock leaf)
    {
        if (leaf.Inline is null)
            return string.Join(" ", leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.ToString().Trim())).Trim();
        var parts = new List<string>();
        foreach (var inline in leaf.Inline.Descendants<Inline>())
            switch (inline)
            {
                case LiteralInline literal:
                    parts.Add(literal.Content.ToString());
                    break;
                case CodeInline code:
                    parts.Add(code.Content);
                    break;
                case LineBreakInline:
                    parts.Add(" ");
                    break;
            }
        return string.Join("", parts).Trim();
    }
}
