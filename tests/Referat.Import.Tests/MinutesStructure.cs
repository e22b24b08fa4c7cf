using Referat.Domain;

namespace Referat.Import.Tests;

/// <summary>Compares what a round trip must keep: meeting, items, sections, competence, decisions, attachments.</summary>
internal static class MinutesStructure
{
    public static void AssertMeetingEqual(MeetingHeader expected, MeetingHeader actual)
    {
        Assert.Equal(expected.Committee, actual.Committee);
        Assert.Equal(expected.Term, actual.Term);
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.Start, actual.Start);
        Assert.Equal(expected.Location, actual.Location);
        Assert.Equal(expected.Participants, actual.Participants);
    }

    public static void AssertItemsEqual(IReadOnlyList<AgendaItem> expected, IReadOnlyList<AgendaItem> actual, bool compareBlocks = true)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            var where = $"item {e.Number}";
            Assert.True(e.Number == a.Number, $"{where}: number {a.Number}");
            Assert.True(e.Title == a.Title, $"{where}: title\nexpected: {e.Title}\nactual:   {a.Title}");
            Assert.Equal(e.Types, a.Types);
            Assert.Equal(e.CaseNumber?.Text, a.CaseNumber?.Text);
            Assert.Equal(e.Sections.Select(s => s.Heading), a.Sections.Select(s => s.Heading));
            Assert.Equal(e.Competence.Select(c => c.Text), a.Competence.Select(c => c.Text));
            Assert.Equal(e.Attachments.Select(x => x.Title), a.Attachments.Select(x => x.Title));
            AssertDecisionsEqual(e.Decisions, a.Decisions, where);
            if (!compareBlocks)
                continue;
            foreach (var (es, as_) in e.Sections.Zip(a.Sections))
            {
                if (es.Kind is SectionKind.Competence or SectionKind.Decision or SectionKind.Attachments)
                    continue;
                Assert.Equal(es.Blocks.Select(Describe), as_.Blocks.Select(Describe));
            }
        }
    }

    public static void AssertDecisionsEqual(IReadOnlyList<Decision> expected, IReadOnlyList<Decision> actual, string where)
    {
        Assert.True(expected.Count == actual.Count, $"{where}: {actual.Count} decisions, expected {expected.Count}");
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal(e.Body, a.Body);
            Assert.Equal(e.Date, a.Date);
            Assert.True(e.Text == a.Text, $"{where}: decision text\nexpected: {e.Text}\nactual:   {a.Text}");
            Assert.Equal(e.Absences, a.Absences);
        }
    }

    /// <summary>A block as kind and content, so that an assertion failure shows what differs.</summary>
    public static string Describe(Block block) => block switch
    {
        TableBlock t => "table: " + string.Join(" | ", t.Table.Header) + " / " + string.Join(" / ", t.Table.Rows.Select(r => string.Join(" | ", r.Cells.Select(c => c.Text)))),
        BulletList l => "list: " + string.Join(" / ", l.Entries),
        _ => "paragraph: " + block.PlainText,
    };
}
