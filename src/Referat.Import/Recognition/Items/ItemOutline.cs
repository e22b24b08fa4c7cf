using Referat.Domain;
using Referat.Import.Lines;
using Referat.Import.Recognition.Decisions;
using Referat.Import.Recognition.Labels;
using Referat.Import.Recognition.Toc;

namespace Referat.Import.Recognition.Items;

/// <summary>
/// The agenda of a document: where each item starts, the table of contents, and where the header ends. Every
/// heading rule proposes candidates on every line; the outline keeps the chain of candidates that agrees best
/// across the document: numbers that rise (by one where nothing is lost), one printed form throughout, and
/// evidence around each heading (a case number, a section heading or a decision right after it, a case number just
/// above it, the top of a page, a heading mark in HTML, Markdown or PDF). Candidates that stand in a dense run of
/// three or more, with nothing between them, are a list: a table of contents before the first heading, body-less
/// items after it. Items found only in a table of contents are kept, without a body.
/// </summary>
public sealed class ItemOutline
{
    public required IReadOnlyList<ItemHeading> Headings { get; init; }
    public required IReadOnlyList<TocEntry> Toc { get; init; }

    /// <summary>Lines before this index are the preamble: header and table of contents.</summary>
    public required int BodyStart { get; init; }

    /// <summary>Preamble lines that belong to the table of contents, not to the header.</summary>
    public required IReadOnlySet<int> TocLines { get; init; }
}

public sealed class ItemOutlineFinder(IReadOnlyList<IItemHeadingRule> rules, SectionCatalog sections, FieldLabels labels)
{
    private const int LookAhead = 8;

    private sealed class Scored(ItemCandidate candidate)
    {
        public ItemCandidate Candidate { get; } = candidate;
        public double Weight { get; set; }
        public List<string> Evidence { get; } = [];
        public bool Followed { get; set; }
        public bool InList { get; set; }
    }

    public ItemOutline Find(IReadOnlyList<Line> lines)
    {
        var columnToc = ColumnSplitToc.Read(lines, lines.Count);
        var columnLines = columnToc is null ? new HashSet<int>() : columnToc.Lines.ToHashSet();
        var candidates = Candidates(lines, columnLines);
        foreach (var (candidate, k) in candidates.Select((c, k) => (c, k)))
            Weigh(lines, candidate, k + 1 < candidates.Count ? candidates[k + 1].Candidate.StartIndex : lines.Count);
        MarkLists(lines, candidates);

        var open = candidates.Where(c => !c.InList).ToList();
        var chain = Fill(Chain(open.Where(c => c.Weight > 0).ToList()), open);
        var headings = new List<(Scored Scored, bool FromList)>(chain.Select(c => (c, false)));
        var firstBody = chain.Count > 0 ? chain[0].Candidate.StartIndex : lines.Count;
        AddListsInBody(candidates, headings, firstBody);

        var tocLines = new HashSet<int>(columnLines);
        var toc = new List<TocEntry>();
        foreach (var line in lines.Take(firstBody).Select((l, i) => (l, i)).Where(x => DottedToc.IsEntry(x.l)))
        {
            toc.Add(DottedToc.Read(line.l));
            tocLines.Add(line.i);
        }
        if (columnToc is not null)
            toc.AddRange(columnToc.Entries);
        foreach (var listed in candidates.Where(c => c.InList && c.Candidate.StartIndex < firstBody))
        {
            toc.Add(new TocEntry(TocTitles.Clean(listed.Candidate.Title), null, listed.Candidate.Number));
            for (var i = listed.Candidate.StartIndex; i <= listed.Candidate.EndIndex; i++)
                tocLines.Add(i);
        }
        var (runningToc, runningLines) = RunningToc(lines, firstBody);
        toc.AddRange(runningToc);
        tocLines.UnionWith(runningLines);

        var result = headings.OrderBy(h => h.Scored.Candidate.StartIndex)
            .Select(h => Heading(h.Scored, h.FromList))
            .ToList();
        if (result.Count == 0)
            result = MarkedHeadings(lines);
        if (result.Count == 0)
            result = CaseNumberItems(lines, labels);
        if (result.Count == 0 && toc.All(t => t.Number is null))
            result = SingleItem(lines);
        AddTocOnly(result, toc, firstBody);
        return new ItemOutline
        {
            Headings = result,
            Toc = toc,
            BodyStart = result.FirstOrDefault(h => !h.ListOnly)?.StartIndex ?? lines.Count,
            TocLines = tocLines,
        };
    }

    private List<Scored> Candidates(IReadOnlyList<Line> lines, HashSet<int> excluded)
    {
        var candidates = new List<Scored>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank || excluded.Contains(i))
                continue;
            foreach (var rule in rules)
            {
                if (rule.TryMatch(lines, i) is not { } candidate)
                    continue;
                candidates.Add(new Scored(candidate));
                i = candidate.EndIndex;
                break;
            }
        }
        return candidates;
    }

    /// <summary>
    /// Runs of three or more candidates with at most one other line between neighbours are lists. A candidate that an
    /// item's structure follows is a heading, never part of a list, even right after one ("1. Bilag A" / "2. Bilag B"
    /// / "Sag nr. 4").
    /// </summary>
    private static void MarkLists(IReadOnlyList<Line> lines, List<Scored> candidates)
    {
        var runStart = 0;
        for (var k = 1; k <= candidates.Count; k++)
        {
            var continues = k < candidates.Count
                            && !candidates[k].Followed && !candidates[k - 1].Followed
                            && Gap(lines, candidates[k - 1].Candidate.EndIndex, candidates[k].Candidate.StartIndex) <= 1
                            && ItemNumbers.Follows(candidates[k - 1].Candidate.Order, candidates[k].Candidate.Order);
            if (continues)
                continue;
            if (k - runStart >= 3)
                for (var r = runStart; r < k; r++)
                    candidates[r].InList = true;
            runStart = k;
        }
    }

    /// <summary>Lines of text between two candidates, not counting group headings ("Lukkede dagsordenspunkter").</summary>
    private static int Gap(IReadOnlyList<Line> lines, int afterEnd, int beforeStart)
    {
        var gap = 0;
        for (var i = afterEnd + 1; i < beforeStart; i++)
            if (!lines[i].IsBlank && !GroupHeadings.IsGroupHeading(lines[i].Text))
                gap++;
        return gap;
    }

    private void Weigh(IReadOnlyList<Line> lines, Scored scored, int nextCandidate)
    {
        var candidate = scored.Candidate;
        var weight = candidate.FormWeight;
        var seen = 0;
        for (var j = candidate.EndIndex + 1; j < nextCandidate && seen < LookAhead; j++)
        {
            if (lines[j].IsBlank)
                continue;
            seen++;
            if (Structure(lines[j].Trimmed) is { } what && !OpensNext(lines, j, nextCandidate) && (!what.StartsWith("afsnittet") || ContentFollows(lines, j, nextCandidate)))
            {
                weight += 2;
                scored.Followed = true;
                scored.Evidence.Add($"efterfulgt af {what}");
                break;
            }
        }
        var above = candidate.StartIndex - 1;
        while (above >= 0 && lines[above].IsBlank)
            above--;
        if (above >= 0 && CaseNumberLine.IsMatch(lines[above].Text))
        {
            weight += 1;
            scored.Evidence.Add("sagsnummer over overskriften");
        }
        if (lines[candidate.StartIndex].PageStart)
        {
            weight += 0.5;
            scored.Evidence.Add("øverst på en side");
        }
        if (lines[candidate.StartIndex].HeadingLevel > 0)
        {
            weight += 1.5;
            scored.Evidence.Add("markeret som overskrift");
        }
        scored.Weight = weight - 1.0;
    }

    /// <summary>
    /// A section heading counts as an item's structure only over text: "Sagsfremstilling" over prose does,
    /// "Bilagsoversigt" over "Underskriftsside" and a column of page numbers (a table of contents) does not.
    /// </summary>
    private bool ContentFollows(IReadOnlyList<Line> lines, int heading, int nextCandidate)
    {
        for (var j = heading + 1; j <= nextCandidate && j < lines.Count; j++)
        {
            if (lines[j].IsBlank)
                continue;
            var text = lines[j].Trimmed;
            if (sections.TryRecognise(text, out _, out _))
                continue;
            return text.Contains(' ') && text.Length >= 8 || text.EndsWith('.') || DecisionHeaders.TryRead(text, out _);
        }
        // "Beslutning" at the end of an excerpt, or "Sagsfremstilling:" with its text on the same line.
        return sections.TryOpening(lines[heading].Trimmed, out _, out _, out var rest) && rest.Length > 0 || nextCandidate >= lines.Count || heading + 1 >= lines.Count;
    }

    /// <summary>A case number right over the next candidate is that heading's ("00.01.00-G01-5-10" / "125. Godkendelse …").</summary>
    private static bool OpensNext(IReadOnlyList<Line> lines, int j, int nextCandidate)
    {
        if (!CaseNumberLine.IsMatch(lines[j].Text))
            return false;
        var k = j + 1;
        while (k < lines.Count && lines[k].IsBlank)
            k++;
        return k == nextCandidate;
    }

    /// <summary>What makes the line part of an item's body, in words; null when it is ordinary text.</summary>
    private string? Structure(string text)
    {
        if (sections.TryOpening(text, out var heading, out _, out _))
            return $"afsnittet \"{heading}\"";
        if (DecisionHeaders.TryRead(text, out _))
            return "en beslutning";
        if (CaseNumberLine.IsMatch(text) || CaseNumberLine.TryLabelled(text, out _, labels) || CaseNumberLine.IsBareLabel(text, labels) || CaseNumberLine.TryMarked(text, out _, out _))
            return "et sagsnummer";
        if (labels.TryOpening(text, out var label, out _) && label.Role == FieldRole.ItemFact)
            return $"feltet \"{label.Printed}\"";
        return null;
    }

    /// <summary>The best chain of candidates: rising numbers, one form, the most evidence.</summary>
    private static List<Scored> Chain(List<Scored> candidates)
    {
        var n = candidates.Count;
        var best = new double[n];
        var previous = new int[n];
        var top = -1;
        for (var j = 0; j < n; j++)
        {
            best[j] = candidates[j].Weight;
            previous[j] = -1;
            for (var i = 0; i < j; i++)
            {
                if (!ItemNumbers.Follows(candidates[i].Candidate.Order, candidates[j].Candidate.Order))
                    continue;
                var value = best[i] + candidates[j].Weight + Transition(candidates[i].Candidate, candidates[j].Candidate);
                if (value > best[j])
                {
                    best[j] = value;
                    previous[j] = i;
                }
            }
            if (top < 0 || best[j] > best[top])
                top = j;
        }
        var chain = new List<Scored>();
        if (top < 0 || best[top] <= 0)
            return chain;
        for (var j = top; j >= 0; j = previous[j])
            chain.Add(candidates[j]);
        chain.Reverse();
        return chain;
    }

    /// <summary>
    /// Candidates without evidence of their own ("5. Eventuelt" over "Intet.") are headings only where they continue the
    /// chain's numbering in its form: between two of its headings, or right before its first and after its last, one
    /// number apart.
    /// </summary>
    private static List<Scored> Fill(List<Scored> chain, List<Scored> open)
    {
        if (chain.Count == 0)
            return chain;
        var form = chain.GroupBy(c => c.Candidate.Form).OrderByDescending(g => g.Count()).First().Key;
        var weak = open.Where(c => c.Weight <= 0 && c.Candidate.Form == form).ToList();
        var result = new List<Scored>();
        var before = weak.Where(c => c.Candidate.StartIndex < chain[0].Candidate.StartIndex).Reverse();
        var expected = chain[0].Candidate.Order.Value - 1;
        foreach (var candidate in before)
        {
            if (candidate.Candidate.Order.Value != expected || candidate.Candidate.Order.Suffix.Length > 0)
                break;
            result.Insert(0, candidate);
            expected--;
        }
        for (var k = 0; k < chain.Count; k++)
        {
            var from = chain[k];
            result.Add(from);
            var next = k + 1 < chain.Count ? chain[k + 1] : null;
            var last = from.Candidate;
            foreach (var candidate in weak.Where(c => c.Candidate.StartIndex > from.Candidate.StartIndex && (next is null || c.Candidate.StartIndex < next.Candidate.StartIndex)))
            {
                var fits = ItemNumbers.Follows(last.Order, candidate.Candidate.Order)
                           && (next is null ? candidate.Candidate.Order.Value == last.Order.Value + 1 : ItemNumbers.Follows(candidate.Candidate.Order, next.Candidate.Order));
                if (!fits)
                {
                    if (next is null)
                        break;
                    continue;
                }
                result.Add(candidate);
                last = candidate.Candidate;
            }
        }
        return result;
    }

    private static double Transition(ItemCandidate from, ItemCandidate to)
    {
        var step = to.Order.Value - from.Order.Value;
        var score = step switch
        {
            0 => 1.0,                // "8" then "8a"
            1 => 1.5,
            <= 3 => 0.5,
            <= 20 => 0,
            _ => -1,
        };
        return score + (from.Form == to.Form ? 0.5 : -0.75);
    }

    /// <summary>Lists after the first heading are items without a body ("Punkt 2 … (Lukket)"), where their numbers fit.</summary>
    private static void AddListsInBody(List<Scored> candidates, List<(Scored Scored, bool FromList)> headings, int firstBody)
    {
        if (headings.Count == 0)
            return;
        var form = headings.GroupBy(h => h.Scored.Candidate.Form).OrderByDescending(g => g.Count()).First().Key;
        foreach (var listed in candidates.Where(c => c.InList && c.Candidate.StartIndex > firstBody && c.Candidate.Form == form))
        {
            var before = headings.Where(h => h.Scored.Candidate.StartIndex < listed.Candidate.StartIndex).Select(h => h.Scored.Candidate).LastOrDefault();
            var after = headings.Where(h => h.Scored.Candidate.StartIndex > listed.Candidate.StartIndex).Select(h => h.Scored.Candidate).FirstOrDefault();
            if ((before is null || ItemNumbers.Follows(before.Order, listed.Candidate.Order)) && (after is null || ItemNumbers.Follows(listed.Candidate.Order, after.Order)))
                headings.Add((listed, true));
        }
        headings.Sort((a, b) => a.Scored.Candidate.StartIndex.CompareTo(b.Scored.Candidate.StartIndex));
    }

    private static ItemHeading Heading(Scored scored, bool fromList)
    {
        var evidence = new List<string> { $"formen \"{scored.Candidate.Form}\"" };
        evidence.AddRange(scored.Evidence);
        if (fromList)
            evidence.Add("i en række af punkter uden tekst");
        var confidence = scored.Followed ? 1.0 : fromList ? 0.8 : 0.7;
        return scored.Candidate.ToHeading(confidence, string.Join(", ", evidence));
    }

    /// <summary>The table of contents run into the text of transcript pages, from its keyword until a page with item structure.</summary>
    private (List<TocEntry>, List<int>) RunningToc(IReadOnlyList<Line> lines, int end)
    {
        var pages = new List<(List<int> Lines, string Text)>();
        for (var i = 0; i < end; i++)
        {
            if (!lines[i].RunOn)
                continue;
            if (lines[i].PageStart || pages.Count == 0)
                pages.Add(([], ""));
            var (pageLines, text) = pages[^1];
            pageLines.Add(i);
            pages[^1] = (pageLines, text.Length == 0 ? lines[i].Trimmed : text + " " + lines[i].Trimmed);
        }
        var tocPages = new List<(List<int> Lines, string Text)>();
        foreach (var page in pages)
        {
            var keyword = page.Text.Contains("Indholdsfortegnelse", StringComparison.OrdinalIgnoreCase);
            if (tocPages.Count == 0 && !keyword)
                continue;
            if (tocPages.Count > 0 && page.Lines.Any(i => Structure(lines[i].Trimmed) is not null))
                break;
            var text = page.Text;
            var at = text.IndexOf("Indholdsfortegnelse", StringComparison.OrdinalIgnoreCase);
            tocPages.Add((page.Lines, at >= 0 ? text[(at + "Indholdsfortegnelse".Length)..] : text));
        }
        if (tocPages.Count == 0)
            return ([], []);
        return (RunningTextToc.Read(tocPages.Select(p => p.Text).ToList()), tocPages.SelectMany(p => p.Lines).ToList());
    }

    /// <summary>
    /// Items without numbers whose headings the source marks (HTML h2, Markdown "##", a larger PDF font): the marked
    /// lines of the level that most often has an item's structure under it.
    /// </summary>
    private List<ItemHeading> MarkedHeadings(IReadOnlyList<Line> lines)
    {
        var marked = new List<(int Index, int Level)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trimmed;
            if (lines[i].HeadingLevel > 0 && text.Length is > 2 and <= NumberedHeadingRule.MaxTitleLength && char.IsUpper(text[0])
                && !sections.TryOpening(text, out _, out _, out _) && !Header.MeetingTitle.IsTitle(text) && !GroupHeadings.IsGroupHeading(text))
                marked.Add((i, lines[i].HeadingLevel));
        }
        var followed = marked.Where((m, k) => Followed(lines, m.Index, k + 1 < marked.Count ? marked[k + 1].Index : lines.Count)).ToList();
        if (followed.Count == 0)
            return [];
        var level = followed.GroupBy(m => m.Level).OrderByDescending(g => g.Count()).First().Key;
        return marked.Where(m => m.Level == level)
            .Select(m => new ItemHeading("", lines[m.Index].Trimmed, m.Index, m.Index, 0.8, $"en overskrift på niveau {level} uden nummer, efterfulgt af et punkts indhold"))
            .ToList();
    }

    private bool Followed(IReadOnlyList<Line> lines, int heading, int next)
    {
        var seen = 0;
        for (var j = heading + 1; j < next && seen < LookAhead; j++)
        {
            if (lines[j].IsBlank)
                continue;
            seen++;
            if (Structure(lines[j].Trimmed) is not null)
                return true;
        }
        return false;
    }

    /// <summary>
    /// Items that print no number (01: "Udskriv" / "Sagsid.: 22/2694", or a title over "Åbent - 23/01234"): each
    /// labelled or marked case number opens an item, identified by its case number and titled by the line above a
    /// marker where there is one.
    /// </summary>
    private static List<ItemHeading> CaseNumberItems(IReadOnlyList<Line> lines, FieldLabels labels)
    {
        var headings = new List<ItemHeading>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank)
                continue;
            var text = lines[i].Trimmed;
            if (CaseNumberLine.TryLabelled(text, out var number, labels) && number is not null)
                headings.Add(new ItemHeading("", "", i, i - 1, 0.6, "et sagsnummer uden nummer og titel åbner punktet"));
            else if (CaseNumberLine.TryMarked(text, out _, out _))
            {
                var above = i - 1;
                while (above >= 0 && lines[above].IsBlank)
                    above--;
                var titled = above >= 0 && IsTitleLine(lines[above].Trimmed) && (headings.Count == 0 || headings[^1].EndIndex < above);
                headings.Add(titled
                    ? new ItemHeading("", lines[above].Trimmed, above, above, 0.7, "en titel over \"Åbent\"/\"Lukket\" og sagsnummeret")
                    : new ItemHeading("", "", i, i - 1, 0.6, "\"Åbent\"/\"Lukket\" og sagsnummeret uden titel åbner punktet"));
            }
        }
        return headings;
    }

    /// <summary>
    /// A page that holds one item without a number (a single item's page, or minutes of one case): the item's
    /// structure is there, and its title is the line before it.
    /// </summary>
    private List<ItemHeading> SingleItem(IReadOnlyList<Line> lines)
    {
        var first = -1;
        for (var i = 0; i < lines.Count && first < 0; i++)
            if (!lines[i].IsBlank && Structure(lines[i].Trimmed) is not null && (sections.TryOpening(lines[i].Trimmed, out _, out _, out _) || DecisionHeaders.TryRead(lines[i].Trimmed, out _)))
                first = i;
        if (first < 0)
            return [];
        for (int i = first - 1, seen = 0; i >= 0 && seen < 6; i--)
        {
            if (lines[i].IsBlank)
                continue;
            seen++;
            var text = lines[i].Trimmed;
            if (IsTitleLine(text) && !CaseNumberLine.IsMatch(text) && !labels.TryOpening(text, out _, out _) && DanishDates.FindDate(text) is null)
                return [new ItemHeading("", text, i, i, 0.6, "ét punkt uden nummer; titlen er linjen over punktets første afsnit")];
        }
        return [new ItemHeading("", "", first, first - 1, 0.5, "ét punkt uden nummer og titel")];
    }

    private static bool IsTitleLine(string text) =>
        text.Length is > 2 and <= NumberedHeadingRule.MaxTitleLength && char.IsUpper(text[0]) && !text.EndsWith(':') && !GroupHeadings.IsGroupHeading(text)
        && !Header.MeetingTitle.IsTitle(text) && !BodyNames.LooksLikeBody(text);

    /// <summary>Items the table of contents numbers but the body never opens: kept, in number order, without a body.</summary>
    private static void AddTocOnly(List<ItemHeading> headings, List<TocEntry> toc, int firstBody)
    {
        var known = headings.Select(h => h.Number).Where(n => n.Length > 0).ToHashSet();
        foreach (var entry in toc.Where(e => e.Number is { Length: > 0 }))
        {
            if (!known.Add(entry.Number!))
                continue;
            var order = ItemNumbers.Order(entry.Number!);
            var position = headings.FindIndex(h => h.Number.Length > 0 && ItemNumbers.Follows(order, ItemNumbers.Order(h.Number)));
            var heading = new ItemHeading(entry.Number!, entry.Title, -1, -1, 0.7, "kun i indholdsfortegnelsen") { ListOnly = true };
            if (position < 0)
                headings.Add(heading);
            else
                headings.Insert(position, heading);
        }
    }
}
