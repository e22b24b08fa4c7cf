namespace Referat.Domain;

/// <summary>
/// Every text of the minutes that the public would see, each with its place in Danish: the meeting's header, the
/// table of contents, each item's title, case number, sections (paragraphs, lists, table cells), competence chain,
/// decisions and their absence notes, attachments (title and text), and the attachments part. Give it the minutes as
/// published (<see cref="PublicationPolicy.Publish(MinutesDocument)"/>): a closed item's content is not published.
/// </summary>
public static class PublishedTexts
{
    public static IEnumerable<PublishedText> Of(MinutesDocument minutes)
    {
        const string header = "Mødets hoved";
        if (minutes.Meeting.Location is { } location)
            yield return new(header, location);
        foreach (var absence in minutes.Meeting.Absences)
            if (absence.Note is { } note)
                yield return new(header, note);
        foreach (var entry in minutes.TableOfContents)
            yield return new("Indholdsfortegnelse", entry.Title);
        foreach (var item in minutes.Items)
            foreach (var text in Of(item))
                yield return text;
        foreach (var document in minutes.AttachmentsPart)
        {
            yield return new("Bilagsdel", document.Title);
            yield return new($"Bilagsdel · {document.Title}", document.Text);
        }
    }

    private static IEnumerable<PublishedText> Of(AgendaItem item)
    {
        var at = item.Number.Length > 0 ? $"Punkt {item.Number}" : $"Punkt nr. {item.Order} i rækken";
        yield return new($"{at} · titel", item.Title);
        if (item.CaseNumber is { } caseNumber)
            yield return new($"{at} · sagsnummer", caseNumber.ToString());
        foreach (var section in item.Sections)
        {
            var where = $"{at} · {(section.Heading.Length > 0 ? section.Heading : "tekst")}";
            yield return new(where, section.Heading);
            foreach (var block in section.Blocks)
                foreach (var text in Of(block))
                    yield return new(where, text);
        }
        foreach (var step in item.Competence)
            yield return new($"{at} · beslutningskompetence", step.Text);
        foreach (var decision in item.Decisions)
        {
            var where = $"{at} · beslutning{(decision.Body is { } body ? " i " + body : "")}";
            yield return new(where, decision.Text);
            foreach (var absence in decision.Absences)
                if (absence.Note is { } note)
                    yield return new(where, note);
        }
        foreach (var attachment in item.Attachments)
        {
            yield return new($"{at} · bilag", attachment.Title);
            if (attachment.Text is { } text)
                yield return new($"{at} · bilag \"{attachment.Title}\"", text);
        }
    }

    private static IEnumerable<string> Of(Block block) => block switch
    {
        Paragraph p => [p.Text],
        BulletList list => list.Entries,
        TableBlock table => table.Table.Header.Concat(table.Table.Rows.SelectMany(r => r.Cells.Select(c => c.Text))),
        _ => [block.PlainText],
    };
}
