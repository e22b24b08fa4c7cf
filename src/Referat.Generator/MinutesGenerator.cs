using System.Text;
using Referat.Domain;

namespace Referat.Generator;

/// <summary>
/// Holds a municipality's meetings over a span of years: monthly rounds (committees in a standard week, Økonomiudvalget
/// the week after, Kommunalbestyrelsen last), cases that travel committee → Økonomiudvalget → Kommunalbestyrelsen and
/// carry the earlier bodies' decisions, postponed cases that return, standing items, closed items and attendance.
/// </summary>
public sealed class MinutesGenerator(Random rng, Municipality municipality)
{
    private enum CaseKind { Decide, Recommend, Inform, Discuss }

    private sealed class CaseFile
    {
        public required string Title { get; init; }
        public required string Topic { get; init; }
        public required string Document { get; init; }
        public required CaseNumber Number { get; init; }
        public required CaseKind Kind { get; init; }
        public required List<Section> Sections { get; init; }
        public required List<CompetenceStep> Competence { get; init; }
        public required List<Attachment> Attachments { get; init; }
        public required int Points { get; init; }
        public List<Decision> History { get; } = [];
        public bool Resubmitted { get; set; }
    }

    private readonly Dictionary<int, int> _serials = [];
    private readonly Dictionary<string, List<CaseFile>> _postponed = [];
    private readonly bool _signing = rng.NextDouble() < 0.5;
    private readonly bool _announcementsLast = rng.NextDouble() < 0.5;
    private readonly bool _problemAndSolutions = rng.NextDouble() < 0.6;
    private readonly bool _strategy = rng.NextDouble() < 0.5;

    public IEnumerable<GeneratedMeeting> Generate(int firstYear, int lastYear)
    {
        for (var year = firstYear; year <= lastYear; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                if (month == 7)
                    continue;
                foreach (var meeting in Round(year, month))
                    yield return meeting;
            }
        }
    }

    private IEnumerable<GeneratedMeeting> Round(int year, int month)
    {
        var monday = new DateOnly(year, month, 2);
        while (monday.DayOfWeek != DayOfWeek.Monday)
            monday = monday.AddDays(1);
        var term = municipality.TermOf(monday);
        var toFinance = new List<CaseFile>();
        foreach (var committee in term.Committees)
        {
            var date = monday.AddDays(committee.Weekday - 1);
            var cases = TakePostponed(committee.Name);
            for (var i = rng.Next(2, 6); i > 0; i--)
                cases.Add(NewCase(committee, date, term));
            yield return Meeting(term, committee, date, cases, toFinance);
        }

        var financeDate = monday.AddDays(8);
        var financeCases = TakePostponed(term.Finance.Name);
        financeCases.AddRange(toFinance);
        for (var i = rng.Next(1, 4); i > 0; i--)
            financeCases.Add(NewCase(term.Finance, financeDate, term));
        var toCouncil = new List<CaseFile>();
        yield return Meeting(term, term.Finance, financeDate, financeCases, toCouncil);

        var councilDate = monday.AddDays(16);
        var councilCases = TakePostponed(term.Council.Name);
        councilCases.AddRange(toCouncil);
        if (councilCases.Count < 2)
            councilCases.Add(NewCase(term.Council, councilDate, term));
        yield return Meeting(term, term.Council, councilDate, councilCases, []);
    }

    private List<CaseFile> TakePostponed(string body)
    {
        var list = _postponed.GetValueOrDefault(body) ?? [];
        _postponed.Remove(body);
        return list;
    }

    private GeneratedMeeting Meeting(Term term, Body body, DateOnly date, List<CaseFile> cases, List<CaseFile> forward)
    {
        // Attendance: some members absent for the whole meeting, a substitute of the same party in their seat.
        var absences = new List<Absence>();
        foreach (var member in body.Members.OrderBy(_ => rng.Next()).Take(rng.Next(0, 3)))
        {
            var substitutes = term.Substitutes.GetValueOrDefault(member.Party) ?? [];
            var substitute = substitutes.Count > 0 && rng.NextDouble() < 0.6 ? substitutes[rng.Next(substitutes.Count)].AsMember() : null;
            absences.Add(new Absence(member.AsMember(), substitute));
        }
        var inHeader = absences.Count > 0 && rng.NextDouble() < 0.3;
        var perDecision = inHeader ? [] : absences;
        if (inHeader)
            absences = absences.Select(a => a with { Substitute = null }).ToList();

        var items = new List<AgendaItem>();
        void Add(AgendaItem item) => items.Add(item with { Number = (items.Count + 1).ToString(), Order = items.Count + 1 });

        Add(Standing(body, date, "Godkendelse af dagsorden", [], "Godkendt.", perDecision));
        foreach (var file in cases)
            Add(CaseItem(term, body, date, file, perDecision, forward));
        if (body.Kind != BodyKind.Council)
        {
            var announcements = Standing(body, date, "Meddelelser", [new Section("Sagsfremstilling", SectionKind.CaseDescription,
                [new BulletList(WordLists.Announcements.OrderBy(_ => rng.Next()).Take(rng.Next(1, 4)).ToList(), Numbered: true)])],
                Pick(["Orientering givet.", "Taget til efterretning."]), perDecision);
            if (rng.NextDouble() < 0.4)
            {
                var attachment = Capital(Fill(Pick(WordLists.AttachmentTitles), Pick(WordLists.Topics), "notat", date));
                announcements = announcements with
                {
                    Sections = [.. announcements.Sections, new Section("Bilag", SectionKind.Attachments, [new BulletList([attachment])])],
                    Attachments = [new Attachment(attachment)],
                };
            }
            var upcoming = Standing(body, date, "Kommende sager", [new Section("Sagsfremstilling", SectionKind.CaseDescription,
                [new BulletList(Enumerable.Range(0, rng.Next(2, 4)).Select(_ => Capital(Fill(Pick(Templates.Titles), Pick(WordLists.Topics), Pick(WordLists.Documents), date))).ToList())])],
                Pick(["Drøftet.", "Taget til efterretning."]), perDecision);
            if (_announcementsLast) { Add(upcoming); Add(announcements); }
            else { Add(announcements); Add(upcoming); }
        }
        if (rng.NextDouble() < 0.3)
        {
            var closed = Standing(body, date, Pick(WordLists.ClosedTopics), [], Pick(["Godkendt.", "Anbefalet.", "Taget til efterretning."]), perDecision);
            Add(closed with { IsClosed = true, Types = ["Beslutning"], CaseNumber = NewCaseNumber(date, "00.15.00") });
        }
        if (_signing)
            Add(Standing(body, date, "Underskrift af protokol", [], "Underskrevet.", perDecision));

        var participants = body.Members.Select(m => m.AsMember()).Where(m => !absences.Any(a => a.Member == m)).ToList();
        var page = 3;
        var toc = new List<TocEntry>();
        foreach (var item in items)
        {
            toc.Add(new TocEntry(Layouts.Print.TitleWithTypes(item), page));
            page += item.Sections.Count > 2 ? rng.Next(2, 5) : 1;
        }
        var minutes = new MinutesDocument
        {
            Meeting = new MeetingHeader
            {
                Committee = body.Name,
                Term = term.Period,
                Date = date,
                Start = body.Start,
                Location = body.Room,
                Participants = participants,
                Absences = inHeader ? absences : [],
            },
            TableOfContents = toc,
            Items = items,
        };
        return new GeneratedMeeting(municipality, body, term, date, minutes);
    }

    private AgendaItem Standing(Body body, DateOnly date, string title, List<Section> sections, string decision, List<Absence> absences) => new()
    {
        Number = "0",
        Order = 0,
        Title = title,
        CaseNumber = NewCaseNumber(date, "00.01.00"),
        Sections = [.. sections, new Section("Beslutning", SectionKind.Decision, [new Paragraph(decision)])],
        Decisions = [Decide(body, date, decision, absences)],
    };

    private Decision Decide(Body body, DateOnly date, string text, List<Absence> absences, IReadOnlyList<Vote>? votes = null) => new()
    {
        Body = body.Name,
        Date = date,
        Text = text,
        Outcome = Outcome(text),
        Points = Points(text).ToValueList(),
        Votes = (votes ?? []).ToValueList(),
        Absences = absences,
    };

    private AgendaItem CaseItem(Term term, Body body, DateOnly date, CaseFile file, List<Absence> absences, List<CaseFile> forward)
    {
        var (text, votes) = DecisionText(body, file);
        var itemAbsences = absences.ToList();
        if (rng.NextDouble() < 0.08)
        {
            var extra = body.Members.FirstOrDefault(m => itemAbsences.All(a => a.Member.Name != m.Name));
            if (extra is not null)
                itemAbsences.Add(new Absence(extra.AsMember(), null, "under punktet"));
        }
        var decision = Decide(body, date, text, itemAbsences, votes);
        var decisions = file.History.Append(decision).ToList();
        var types = file.Kind switch
        {
            CaseKind.Inform => new List<string> { "Orientering" },
            CaseKind.Discuss => ["Drøftelse"],
            _ => ["Beslutning"],
        };
        if (file.Resubmitted)
            types.Add("Genforelæggelse");

        var sections = file.Sections.ToList();
        var competenceAt = sections.Count;
        sections.Add(new Section("Beslutningskompetence", SectionKind.Competence, file.Competence.Select(c => (Block)new Paragraph(c.Text)).ToList()));
        sections.Add(new Section("Beslutning", SectionKind.Decision, decisions.Select(d => (Block)new Paragraph(d.Text)).ToList()));
        if (file.Attachments.Count > 0)
            sections.Add(new Section("Bilag", SectionKind.Attachments, [new BulletList(file.Attachments.Select(a => a.Title).ToList())]));

        // Where the case goes next.
        file.History.Add(decision);
        if (decision.Outcome == DecisionOutcome.Postponed)
        {
            file.Resubmitted = true;
            var list = _postponed.TryGetValue(body.Name, out var l) ? l : _postponed[body.Name] = [];
            list.Add(file);
        }
        else if (file.Kind == CaseKind.Recommend && body.Kind != BodyKind.Council && decision.Outcome == DecisionOutcome.Recommended)
        {
            file.Resubmitted = false;
            forward.Add(file);
        }

        return new AgendaItem
        {
            Number = "0",
            Order = 0,
            Title = file.Title,
            Types = types,
            CaseNumber = file.Number,
            Sections = sections,
            Competence = file.Competence,
            Decisions = decisions,
            Attachments = file.Attachments,
        };
    }

    private (string Text, IReadOnlyList<Vote> Votes) DecisionText(Body body, CaseFile file)
    {
        var roll = rng.NextDouble();
        if (roll < 0.06)
            return ("Sagen udsat.", []);
        string outcome;
        if (file.Kind == CaseKind.Inform)
            outcome = Pick(["Taget til efterretning.", "Orientering givet."]);
        else if (file.Kind == CaseKind.Discuss)
            outcome = "Drøftet.";
        else if (file.Kind == CaseKind.Recommend && body.Kind != BodyKind.Council)
            outcome = "Anbefalet.";
        else
            outcome = roll < 0.1 ? "Ikke godkendt." : "Godkendt.";

        var text = outcome;
        if (file.Points >= 2 && rng.NextDouble() < 0.35 && outcome is "Godkendt." or "Anbefalet.")
            text = $"Ad 1) {outcome}\nAd 2{(file.Points > 2 ? "-" + file.Points : "")}) {Pick(["Taget til efterretning.", outcome])}";
        else if (rng.NextDouble() < 0.15 && outcome is "Godkendt." or "Anbefalet.")
            text = outcome.TrimEnd('.') + " " + Fill(Pick(Templates.DecisionRemarks), file.Topic, file.Document, DateOnly.FromDayNumber(0)) + ".";

        var votes = new List<Vote>();
        if (file.Kind is CaseKind.Decide or CaseKind.Recommend && rng.NextDouble() < 0.2 && body.Members.Count > 2)
        {
            var against = body.Members[rng.Next(body.Members.Count)];
            votes.Add(new Vote(VotePosition.Against, against.AsMember(), against.Party));
            text += $"\n{against} stemte imod.";
        }
        return (text, votes);
    }

    private CaseFile NewCase(Body body, DateOnly date, Term term)
    {
        var topic = Pick(WordLists.Topics);
        var document = Pick(WordLists.Documents);
        var kind = body.Kind switch
        {
            BodyKind.Council => CaseKind.Decide,
            BodyKind.FinanceCommittee => rng.NextDouble() < 0.6 ? CaseKind.Recommend : CaseKind.Decide,
            _ => rng.NextDouble() switch { < 0.35 => CaseKind.Recommend, < 0.65 => CaseKind.Decide, < 0.88 => CaseKind.Inform, _ => CaseKind.Discuss },
        };
        var title = Capital(Fill(Pick(Templates.Titles), topic, document, date));
        var points = kind is CaseKind.Decide or CaseKind.Recommend ? rng.Next(1, 4) : 1;
        var sections = new List<Section>
        {
            new("Resume", SectionKind.Resume, [new Paragraph(Sentences(Templates.Resume, 1, topic, document, body, date) + " " + Sentences(Templates.Body, 1, topic, document, body, date))]),
            new("Indstilling", SectionKind.Recommendation, [
                new Paragraph("Forvaltningen indstiller, at"),
                new BulletList(Templates.RecommendationPoints.OrderBy(_ => rng.Next()).Take(points)
                    .Select((p, i) => Fill(p, topic, document, date) + (i == points - 1 ? "." : ",")).ToList(), Numbered: true)]),
        };
        if (_problemAndSolutions)
        {
            sections.Add(new("Problemstilling", SectionKind.Problem, [new Paragraph(Sentences(Templates.Problem, 1, topic, document, body, date) + " " + Sentences(Templates.Body, 2, topic, document, body, date))]));
            sections.Add(new("Løsninger", SectionKind.Solutions, [new Paragraph(Sentences(Templates.Solutions, 2, topic, document, body, date))]));
        }
        sections.Add(new("Sagsfremstilling", SectionKind.CaseDescription,
            Enumerable.Range(0, rng.Next(2, 5)).Select(_ => (Block)new Paragraph(Sentences(Templates.Body, rng.Next(2, 5), topic, document, body, date))).ToList()));
        if (_strategy)
            sections.Add(new("Strategisk ramme", SectionKind.StrategicFramework, [new Paragraph(Sentences(Templates.Strategy, 1, topic, document, body, date))]));
        if (rng.NextDouble() < 0.4)
            sections.Add(new("Videre proces", SectionKind.NextSteps, [new Paragraph(Sentences(Templates.NextSteps, 1, topic, document, body, date))]));
        if (rng.NextDouble() < 0.3)
        {
            sections.Add(new("Økonomi", SectionKind.Economy, [new Paragraph(Pick(Templates.EconomyTable)), new TableBlock(AppropriationTable(date.Year))]));
        }
        else
        {
            sections.Add(new("Økonomi", SectionKind.Economy, [new Paragraph(Pick(Templates.EconomyNone))]));
        }

        var competence = Competence(kind, body);
        var attachments = Enumerable.Range(0, rng.Next(0, 4))
            .Select(_ => Capital(Fill(Pick(WordLists.AttachmentTitles), topic, document, date))).Distinct().Select(t => new Attachment(t)).ToList();
        var subject = $"{rng.Next(0, 86):00}.{rng.Next(0, 16) * 2:00}.{rng.Next(0, 11) * 2:00}";
        return new CaseFile
        {
            Title = title,
            Topic = topic,
            Document = document,
            Number = NewCaseNumber(date, subject),
            Kind = kind,
            Sections = sections,
            Competence = competence,
            Attachments = attachments,
            Points = points,
        };
    }

    private static List<CompetenceStep> Competence(CaseKind kind, Body body)
    {
        var steps = new List<CompetenceStep>();
        if (kind == CaseKind.Recommend)
        {
            if (body.Kind == BodyKind.Committee)
                steps.Add(new($"{body.Name} anbefaler.", body.Name, CompetenceRole.Recommends));
            steps.Add(new("Økonomiudvalget anbefaler.", "Økonomiudvalget", CompetenceRole.Recommends));
            steps.Add(new("Kommunalbestyrelsen beslutter.", "Kommunalbestyrelsen", CompetenceRole.Decides));
        }
        else if (kind == CaseKind.Inform)
            steps.Add(new($"{body.Name} orienteres.", body.Name, CompetenceRole.IsInformed));
        else if (kind == CaseKind.Discuss)
            steps.Add(new($"{body.Name}.", body.Name, CompetenceRole.Unspecified));
        else
            steps.Add(new($"{body.Name} beslutter.", body.Name, CompetenceRole.Decides));
        return steps;
    }

    private DataTable AppropriationTable(int year)
    {
        var header = new List<string> { "1.000 kr." };
        header.AddRange(Enumerable.Range(year, 4).Select(y => y.ToString()));
        var rows = new List<TableRow>();
        var totals = new long[4];
        foreach (var label in WordLists.AppropriationLines.OrderBy(_ => rng.Next()).Take(rng.Next(2, 4)))
        {
            var cells = new List<TableCell> { new(label, null) };
            for (var c = 0; c < 4; c++)
            {
                var value = (long)rng.Next(-40, 200) * 25;
                totals[c] += value;
                cells.Add(new TableCell(Danish.Amount(value), value));
            }
            rows.Add(new TableRow(cells));
        }
        var total = new List<TableCell> { new("I alt", null) };
        total.AddRange(totals.Select(t => new TableCell(Danish.Amount(t), t)));
        rows.Add(new TableRow(total));
        return new DataTable(header, rows);
    }

    private CaseNumber NewCaseNumber(DateOnly date, string subject)
    {
        var serial = _serials[date.Year] = _serials.GetValueOrDefault(date.Year) + 1;
        var facet = "AGKPS"[rng.Next(5)] + (new[] { "00", "01", "02", "10", "30", "40" })[rng.Next(6)];
        var text = $"{subject}-{facet}-{serial}-{date.Year % 100:00}";
        return CaseNumber.From(text) ?? throw new InvalidOperationException($"generated an invalid case number {text}");
    }

    private string Sentences(string[] pool, int count, string topic, string document, Body body, DateOnly date)
    {
        var builder = new StringBuilder();
        foreach (var sentence in pool.OrderBy(_ => rng.Next()).Take(count))
        {
            if (builder.Length > 0)
                builder.Append(' ');
            builder.Append(Capital(Fill(sentence, topic, document, date, body.Name)));
        }
        return builder.ToString();
    }

    private string Fill(string template, string topic, string document, DateOnly date, string committee = "udvalget") => template
        .Replace("{t}", topic).Replace("{d}", document).Replace("{c}", committee).Replace("{m}", municipality.Name)
        .Replace("{y0}", (date.Year - 3).ToString()).Replace("{y3}", (date.Year + 3).ToString()).Replace("{y}", date.Year.ToString())
        .Replace("{m1}", Danish.MonthName(1 + (date.Month + 2) % 12)).Replace("{n}", rng.Next(3, 40).ToString())
        .Replace("{a}", Danish.Amount(rng.Next(2, 90) * 25_000L)).Replace("{0}", topic).Replace("{1}", document);

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private T Pick<T>(IReadOnlyList<T> values) => values[rng.Next(values.Count)];

    private static DecisionOutcome Outcome(string text)
    {
        var head = text.Split('\n')[0];
        if (head.StartsWith("Ad ")) head = head[(head.IndexOf(')') + 1)..].Trim();
        return head switch
        {
            _ when head.StartsWith("Ikke godkendt") => DecisionOutcome.Rejected,
            _ when head.StartsWith("Sagen udsat") => DecisionOutcome.Postponed,
            _ when head.StartsWith("Anbefalet") => DecisionOutcome.Recommended,
            _ when head.StartsWith("Godkendt") => DecisionOutcome.Approved,
            _ when head.StartsWith("Taget til efterretning") || head.StartsWith("Orientering givet") => DecisionOutcome.Noted,
            _ when head.StartsWith("Drøftet") => DecisionOutcome.Discussed,
            _ => DecisionOutcome.Other,
        };
    }

    private static IReadOnlyList<int> Points(string text)
    {
        var points = new List<int>();
        foreach (var line in text.Split('\n'))
        {
            if (!line.StartsWith("Ad ")) continue;
            var range = line[3..line.IndexOf(')')].Split('-');
            var from = int.Parse(range[0]);
            var to = range.Length > 1 ? int.Parse(range[1]) : from;
            for (var p = from; p <= to; p++) points.Add(p);
        }
        return points;
    }
}
