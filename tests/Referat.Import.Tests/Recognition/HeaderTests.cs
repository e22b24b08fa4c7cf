using Referat.Domain;
using Referat.Import.Tests.Support;

namespace Referat.Import.Tests.Recognition;

/// <summary>The meeting header in its common layouts and wordings, one rule per test.</summary>
public sealed class HeaderTests
{
    private const string Item = "1. Godkendelse af dagsorden";

    private static MeetingHeader Header(params string[] lines) =>
        Minutes.Read(Minutes.Lines([.. lines, "", Item, "", "Beslutning", "", "Godkendt."])).Minutes.Meeting;

    [Fact]
    public void Labels_with_their_values_on_the_same_line()
    {
        var header = Header("Udvalg: Teknik- og Miljøudvalget", "Mødedato: Tirsdag den 4. februar 2025 kl. 15:30", "Mødested: Rådhuset, lokale 3");
        Assert.Equal("Teknik- og Miljøudvalget", header.Committee);
        Assert.Equal(new DateOnly(2025, 2, 4), header.Date);
        Assert.Equal(new TimeOnly(15, 30), header.Start);
        Assert.Equal("Rådhuset, lokale 3", header.Location);
    }

    [Fact]
    public void Labels_over_their_values_and_labels_in_capitals()
    {
        var header = Header("UDVALG", "", "Teknik- og Miljøudvalget", "", "STED", "", "Rådhuset, lokale 3", "", "STARTTIDSPUNKT", "", "04-02-2025 15:30:00");
        Assert.Equal("Teknik- og Miljøudvalget", header.Committee);
        Assert.Equal(new DateOnly(2025, 2, 4), header.Date);
        Assert.Equal(new TimeOnly(15, 30), header.Start);
        Assert.Equal("Rådhuset, lokale 3", header.Location);
    }

    [Fact]
    public void An_empty_label_takes_no_value_from_the_next_label()
    {
        var header = Header("Økonomiudvalget - 04-02-2025", "Dato:", "Tirsdag, 4 februar, 2025 - 15:30", "Lokation:", "Dagsorden publiceret:", "Fredag, 31 januar, 2025 - 12:00");
        Assert.Equal("Økonomiudvalget", header.Committee);
        Assert.Equal(new DateOnly(2025, 2, 4), header.Date);
        Assert.Equal(new TimeOnly(15, 30), header.Start);
        Assert.Null(header.Location);
    }

    [Fact]
    public void Two_labels_on_one_line_are_two_fields()
    {
        var header = Header("Kommunalbestyrelsen - 04-02-2025", "Dato: Tirsdag den 4. februar 2025 Tid: Kl. 19:00", "Sted: Byrådssalen");
        Assert.Equal(new TimeOnly(19, 0), header.Start);
        Assert.Equal("Byrådssalen", header.Location);
    }

    [Theory]
    [InlineData("Referat af mødet i Børne- og Skoleudvalget den 4. februar 2025 kl. 15:30 i Rådhusets mødesal")]
    [InlineData("Referat fra mødet i Børne- og Skoleudvalget den 4. februar 2025 kl. 15:30 i Rådhusets mødesal")]
    [InlineData("BØRNE- OG SKOLEUDVALGET REFERAT FRA MØDE NR. 3 TIRSDAG DEN 4. FEBRUAR 2025, KL. 15:30 PÅ RÅDHUSETS MØDESAL")]
    public void A_title_sentence_names_body_date_time_and_place(string title)
    {
        var header = Header(title);
        Assert.Equal("børne- og skoleudvalget", header.Committee!.ToLowerInvariant());
        Assert.Equal(new DateOnly(2025, 2, 4), header.Date);
        Assert.Equal(new TimeOnly(15, 30), header.Start);
        Assert.Equal("rådhusets mødesal", header.Location!.ToLowerInvariant());
    }

    [Fact]
    public void A_title_broken_over_short_lines_is_one_sentence()
    {
        var header = Header("Referat", "fra", "mødet i Byrådet", "den 4. februar 2025 kl. 19:00", "i Byrådssalen");
        Assert.Equal(("Byrådet", new DateOnly(2025, 2, 4), new TimeOnly(19, 0), "Byrådssalen"), (header.Committee, header.Date, header.Start, header.Location));
    }

    [Fact]
    public void A_protocol_sentence_names_body_and_place()
    {
        var header = Header("Protokol", "Tirsdag den 4. februar 2025 kl. 19:00 afholdt Kommunalbestyrelsen møde på Rådhuset.");
        Assert.Equal(("Kommunalbestyrelsen", new TimeOnly(19, 0), "Rådhuset"), (header.Committee, header.Start, header.Location));
    }

    [Fact]
    public void A_date_line_with_time_and_place()
    {
        var header = Header("Kultur- og Fritidsudvalget", "Den 04.02.2025 kl. 13:00 i Mødelokale 2");
        Assert.Equal(("Kultur- og Fritidsudvalget", new DateOnly(2025, 2, 4), new TimeOnly(13, 0), "Mødelokale 2"), (header.Committee, header.Date, header.Start, header.Location));
    }

    [Fact]
    public void An_unlabelled_place_beside_the_date_and_body_lines()
    {
        var header = Header("Referat: 4. februar 2025 kl. 19:00", "", "Byrådssalen, Rådhuset, Torvet 1", "Byrådet");
        Assert.Equal(("Byrådet", "Byrådssalen, Rådhuset, Torvet 1"), (header.Committee, header.Location));
    }

    [Fact]
    public void Members_one_per_line_in_bullets_and_in_a_wrapped_comma_list()
    {
        Assert.Equal(["Anne Holm (A)", "Bo Lund (V)"], Header("Byrådet 04-02-2025", "Deltagere", "", " • Anne Holm (A)", " • Bo Lund (V)").Participants.Select(p => p.ToString()));
        Assert.Equal(["Anne Holm", "Bo Lund", "H.C. Jensen"], Header("Byrådet 04-02-2025", "Medlemmer:", "Anne Holm, Bo", "Lund, H.C.", "Jensen", "Bemærkninger:").Participants.Select(p => p.Name));
    }

    [Fact]
    public void Roles_login_initials_party_letters_leave_and_substitutes_in_a_members_list()
    {
        var header = Header("Referat Byrådet", "Mødedato: 4. februar 2025",
            "Medlemmer: Formand: Anne Holm (abho) A Næstformand: Bo Lund (bolu) V Carl Berg (cabe) C (Orlov) Dorte Dam (dodam) C (Stedfortræder for Carl Berg)");
        Assert.Equal(["Anne Holm (A)", "Bo Lund (V)", "Carl Berg (C)", "Dorte Dam (C)"], header.Participants.Select(p => p.ToString()));
        var absence = Assert.Single(header.Absences);
        Assert.Equal("Carl Berg", absence.Member.Name);
        Assert.Equal("Dorte Dam", absence.Substitute?.Name);
    }

    [Fact]
    public void Members_marked_as_taking_part_or_absent()
    {
        var header = Header("Byrådet 04-02-2025", "Deltagere:", "Anne Holm (A) deltog", "Bo Lund (V) var fraværende", "Carl Berg (C) - afbud");
        Assert.Equal(3, header.Participants.Count);
        Assert.Equal(["Bo Lund", "Carl Berg"], header.Absences.Select(a => a.Member.Name));
    }

    [Theory]
    [InlineData("Der var afbud fra Anne Holm (A) og Bo Lund (V).")]
    [InlineData("Fraværende var: Anne Holm (A) og Bo Lund (V)")]
    [InlineData("Afbud fra: Anne Holm (A), Bo Lund (V)")]
    [InlineData("Fraværende med afbud: Anne Holm (A), Bo Lund (V)")]
    [InlineData("Medlemmerne var til stede, undtagen: Anne Holm (A) og Bo Lund (V).")]
    public void Absence_from_the_whole_meeting_in_its_wordings(string line)
    {
        var header = Header("Byrådet 04-02-2025", line);
        Assert.Equal(["Anne Holm", "Bo Lund"], header.Absences.Select(a => a.Member.Name));
    }

    [Fact]
    public void Labels_first_and_their_values_after_in_one_run()
    {
        var header = Header("Referat til Byrådet", "Mødedato: Tirsdag den 4. februar 2025", "Mødested:", "Deltagere:", "Fraværende:",
            "Referent: Byrådssalen, Rådhuset Anne Holm, Bo Lund, Carl Berg Jens Dam, Per Ravn Lise Bach");
        Assert.Equal("Byrådssalen, Rådhuset", header.Location);
        Assert.Equal(["Anne Holm", "Bo Lund", "Carl Berg"], header.Participants.Select(p => p.Name));
        Assert.Equal(["Jens Dam", "Per Ravn"], header.Absences.Select(a => a.Member.Name));
    }

    [Fact]
    public void Without_a_header_the_meetings_own_decision_lines_name_body_and_date()
    {
        var minutes = Minutes.Read(Minutes.Lines("1. Godkendelse af dagsorden", "", "Beslutning i Byrådet den 04-02-2025", "", "Godkendt.", "",
            "2. Budget", "", "Økonomiudvalget, 28. januar 2025, pkt. 12:", "", "Anbefales.", "", "Beslutning i Byrådet den 04-02-2025", "", "Godkendt.")).Minutes;
        Assert.Equal(("Byrådet", new DateOnly(2025, 2, 4)), (minutes.Meeting.Committee, minutes.Meeting.Date));
    }
}
