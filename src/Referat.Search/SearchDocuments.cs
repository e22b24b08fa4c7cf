using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Referat.Domain;

namespace Referat.Search;

/// <summary>
/// Maps minutes, as published (<see cref="PublicationPolicy.Publish(MinutesDocument)"/>), onto search documents: one per
/// public item, per attachment, per case and per person. A closed item is found by its title only, and only where the
/// policy publishes its title.
/// </summary>
public static partial class SearchDocuments
{
    /// <summary>The documents of one meeting. Of a closed item at most its title; nothing under it.</summary>
    public static IEnumerable<SearchDocument> FromMinutes(MinutesDocument minutes, string meetingId)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        ArgumentException.ThrowIfNullOrWhiteSpace(meetingId);
        var meeting = minutes.Meeting;
        var term = meeting.Term ?? TermOf(meeting.Date);
        var meetingPath = $"/moeder/{Uri.EscapeDataString(meetingId)}";

        foreach (var item in minutes.Items)
        {
            if (item.IsClosed)
            {
                if (item.Title != PublicationPolicy.ClosedItemText)
                    yield return new SearchDocument
                    {
                        Id = $"item:{meetingId}:{item.Number}", Kind = SearchKind.Item, Path = $"{meetingPath}#punkt-{item.Number}",
                        MeetingId = meetingId, MeetingDate = meeting.Date, Committee = meeting.Committee, Term = term,
                        ItemNumber = item.Number, Title = item.Title,
                    };
                continue;
            }
            var itemId = $"item:{meetingId}:{item.Number}";
            var itemPath = $"{meetingPath}#punkt-{item.Number}";
            var sections = item.Sections.Where(s => s.Kind != SectionKind.Decision && s.Kind != SectionKind.Attachments)
                .Select(s => s.PlainText).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
            var people = item.Decisions.SelectMany(d => d.Absences.SelectMany(a => new[] { a.Member, a.Substitute })
                    .Concat(d.Votes.Select(v => v.Member)))
                .OfType<PartyMember>().Select(p => p.Name).Distinct().ToList();
            yield return new SearchDocument
            {
                Id = itemId,
                Kind = SearchKind.Item,
                Path = itemPath,
                MeetingId = meetingId,
                MeetingDate = meeting.Date,
                Committee = meeting.Committee,
                Term = term,
                ItemNumber = item.Number,
                Title = item.Title,
                SectionTexts = sections,
                DecisionTexts = item.Decisions.Select(d => d.Text).Where(t => !string.IsNullOrWhiteSpace(t)).ToList(),
                Outcomes = item.Decisions.Select(d => d.Outcome).Distinct().ToList(),
                ItemTypes = item.Types,
                CaseNumber = item.CaseNumber?.Text,
                KleMainGroup = item.CaseNumber?.MainGroup,
                HasAppropriation = HasAppropriation(item),
                Amounts = AmountsOf(ItemMoney.Of(item)),
                AttachmentTitles = item.Attachments.Select(a => a.Title).ToList(),
                People = people,
            };

            for (var k = 0; k < item.Attachments.Count; k++)
            {
                yield return new SearchDocument
                {
                    Id = $"{itemId}:bilag-{k + 1}",
                    Kind = SearchKind.Attachment,
                    Path = $"{itemPath}-bilag-{k + 1}",
                    MeetingId = meetingId,
                    MeetingDate = meeting.Date,
                    Committee = meeting.Committee,
                    Term = term,
                    ItemNumber = item.Number,
                    Title = item.Attachments[k].Title,
                    SectionTexts = string.IsNullOrWhiteSpace(item.Attachments[k].Text) ? [] : [item.Attachments[k].Text!],
                    CaseNumber = item.CaseNumber?.Text,
                    KleMainGroup = item.CaseNumber?.MainGroup,
                };
            }
        }

        for (var k = 0; k < minutes.AttachmentsPart.Count; k++)
        {
            var attached = minutes.AttachmentsPart[k];
            yield return new SearchDocument
            {
                Id = $"attachment:{meetingId}:{k + 1}",
                Kind = SearchKind.Attachment,
                Path = $"{meetingPath}#bilag-{k + 1}",
                MeetingId = meetingId,
                MeetingDate = meeting.Date,
                Committee = meeting.Committee,
                Term = term,
                Title = attached.Title,
                SectionTexts = [attached.Text],
            };
        }

        // One document per case: the case number and the titles it has carried at this meeting.
        foreach (var group in minutes.Items.Where(i => !i.IsClosed && i.CaseNumber is not null).GroupBy(i => i.CaseNumber!.Text))
        {
            // A case that also has a closed item at this meeting is not published as a case from it.
            if (minutes.Items.Any(i => i.IsClosed && i.CaseNumber?.Text == group.Key))
                continue;
            var first = group.First();
            yield return new SearchDocument
            {
                Id = $"case:{group.Key}",
                Kind = SearchKind.Case,
                Path = $"/sager/{Uri.EscapeDataString(group.Key)}",
                MeetingId = meetingId,
                MeetingDate = meeting.Date,
                Committee = meeting.Committee,
                Term = term,
                Title = string.Join(" · ", group.Select(i => i.Title).Distinct()),
                CaseNumber = group.Key,
                KleMainGroup = first.CaseNumber!.MainGroup,
                ItemTypes = group.SelectMany(i => i.Types).Distinct().ToList(),
            };
        }

        foreach (var member in meeting.Participants.DistinctBy(p => p.Name))
        {
            yield return new SearchDocument
            {
                Id = $"person:{Slug(member.Name)}",
                Kind = SearchKind.Person,
                Path = $"/personer/{Slug(member.Name)}",
                MeetingId = meetingId,
                MeetingDate = meeting.Date,
                Committee = meeting.Committee,
                Term = term,
                Title = member.ToString(),
                SectionTexts = meeting.Committee is null ? [] : [$"Medlem af {meeting.Committee}"],
                People = [member.Name],
            };
        }
    }

    /// <summary>
    /// The documents of many meetings, with one document per person and per case across them (the latest meeting's
    /// metadata, every committee the person sat in).
    /// </summary>
    public static IEnumerable<SearchDocument> FromArchive(IEnumerable<(MinutesDocument Minutes, string MeetingId)> meetings)
    {
        var merged = new Dictionary<string, SearchDocument>();
        var order = new List<string>();
        foreach (var (minutes, meetingId) in meetings)
        {
            foreach (var doc in FromMinutes(minutes, meetingId))
            {
                if (!merged.TryGetValue(doc.Id, out var existing))
                {
                    merged[doc.Id] = doc;
                    order.Add(doc.Id);
                    continue;
                }
                var newer = (doc.MeetingDate ?? DateOnly.MinValue) >= (existing.MeetingDate ?? DateOnly.MinValue) ? doc : existing;
                merged[doc.Id] = newer with
                {
                    SectionTexts = existing.SectionTexts.Concat(doc.SectionTexts).Distinct().ToList(),
                    Title = doc.Kind == SearchKind.Case
                        ? string.Join(" · ", existing.Title.Split(" · ").Concat(doc.Title.Split(" · ")).Distinct())
                        : newer.Title,
                };
            }
        }
        return order.Select(id => merged[id]);
    }

    private static LegislativeTerm? TermOf(DateOnly? date) => date is { } d ? LegislativeTerm.Containing(d) : null;

    [GeneratedRegex(@"\bbevilling|\bkr\.|mio\.|1\.000 kr|t\. ?kr", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AppropriationTableWords();

    [GeneratedRegex(@"(tillægs|udgifts|indtægts|anlægs)?bevilling|bevillingsmæssige", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AppropriationWords();

    [GeneratedRegex(@"\d[\d.,]*\s*(t\.|mio\.|1\.000)?\s*kr\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Amount();

    /// <summary>
    /// An item with an appropriation: a table that speaks of bevilling or amounts in kr., or an Økonomi section that
    /// names an appropriation together with an amount.
    /// </summary>
    public static bool HasAppropriation(AgendaItem item)
    {
        foreach (var section in item.Sections)
        {
            foreach (var table in section.Blocks.OfType<TableBlock>())
            {
                var text = table.PlainText;
                if (AppropriationWords().IsMatch(text) || (AppropriationTableWords().IsMatch(text) && table.Table.Rows.Any(r => r.Cells.Any(c => c.Number is not null))))
                    return true;
            }
            if (section.Kind == SectionKind.Economy)
            {
                var text = section.PlainText;
                if (AppropriationWords().IsMatch(text) && Amount().IsMatch(text))
                    return true;
            }
        }
        return false;
    }

    private static IReadOnlyList<(AmountKind?, long)> AmountsOf(ItemMoney money) =>
        money.Appropriations.SelectMany(a => a.Table.Lines).SelectMany(l => l.Amounts).Select(a => ((AmountKind?)null, Math.Abs(a.Kr)))
            .Concat(money.Amounts.Select(a => ((AmountKind?)a.Kind, Math.Abs(a.Kr))))
            .Where(a => a.Item2 > 0).Distinct().ToList();

    public static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.Trim().ToLower(CultureInfo.GetCultureInfo("da-DK")))
        {
            if (char.IsLetterOrDigit(c))
                sb.Append(c switch { 'æ' => "ae", 'ø' => "oe", 'å' => "aa", _ => c.ToString() });
            else if (sb.Length > 0 && sb[^1] != '-')
                sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}
