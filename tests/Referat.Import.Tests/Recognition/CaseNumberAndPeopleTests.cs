using Referat.Import.Recognition.Items;
using Referat.Import.Recognition.People;
using Referat.Import.Tests.Support;

namespace Referat.Import.Tests.Recognition;

/// <summary>Case numbers of the common case systems and the lists of people, read on their own.</summary>
public sealed class CaseNumberAndPeopleTests
{
    [Theory]
    [InlineData("27.00.00-A00-1-20", "27.00.00-A00-1-20", true)]
    [InlineData("Sagsnr.: 17/1234", "17/1234", false)]
    [InlineData("Sagsid.: 19/12345, Sagsinitialer: abc", "19/12345", false)]
    [InlineData("Sagsnummer: 2020/012345", "2020/012345", false)]
    [InlineData("J.nr.: 450-2017-25250", "450-2017-25250", false)]
    [InlineData("Sagsnr.: EMN-2019-01234", "EMN-2019-01234", false)]
    [InlineData("00.22.04G01", "00.22.04G01", false)]
    public void Case_numbers_are_kept_as_printed_and_read_into_KLE_parts_where_they_are_KLE(string line, string printed, bool kle)
    {
        var item = Minutes.Read(Minutes.Lines("Udvalg: Byrådet", "Mødedato: 4. februar 2025", "", "1. Budget 2026", "", line, "", "Beslutning", "", "Godkendt.")).Minutes.Items.Single();
        Assert.Equal(printed, item.CaseNumber?.Text);
        Assert.Equal(kle, item.CaseNumber?.Kle is not null);
    }

    [Fact]
    public void A_case_number_under_its_label()
    {
        var item = Minutes.Read(Minutes.Lines("Udvalg: Byrådet", "Mødedato: 4. februar 2025", "", "1.     Budget 2026", "", "Sagsnr.", "", "450-2025-4075", "", "Initialer", "", "ABC", "",
            "Åbent", "", "Beslutning", "", "Godkendt.")).Minutes.Items.Single();
        Assert.Equal("450-2025-4075", item.CaseNumber?.Text);
        Assert.False(item.IsClosed);
        Assert.Equal(["Beslutning"], item.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void A_label_whose_digits_were_lost_gives_no_case_number()
    {
        Assert.True(CaseNumberLine.TryLabelled("Sagsnr.:", out var empty));
        Assert.Null(empty);
        Assert.False(CaseNumberLine.IsMatch("Sagsnr J.nr"));
    }

    [Fact]
    public void People_separated_by_nothing_but_their_parties()
    {
        var people = PersonLists.People("Formand: Anne Holm (A) Næstformand: Bo Lund (V) Carl Berg (C)");
        Assert.Equal(["Anne Holm (A)", "Bo Lund (V)", "Carl Berg (C)"], people.Select(p => p.ToString()));
        Assert.Equal(["Formand", "Næstformand", null], people.Select(p => p.Role));
    }

    [Fact]
    public void A_list_ends_where_a_sentence_begins()
    {
        var reading = PersonLists.Read("Anne Holm, Bo Lund, Anders Fog- Petersen. Til behandling forelå: …");
        Assert.Equal(["Anne Holm", "Bo Lund", "Anders Fog-Petersen"], reading.People.Select(p => p.Name));
        Assert.StartsWith("Til behandling forelå", reading.Rest);
    }

    [Fact]
    public void Names_whose_separators_were_lost_are_cut_before_a_first_name()
    {
        Assert.Equal(["Holger Grumme Nielsen", "Anders Linde"], PersonLists.People("Holger Grumme Nielsen Anders Linde").Select(p => p.Name));
        Assert.Equal(["Jens Erik Damgaard"], PersonLists.People("Jens Erik Damgaard").Select(p => p.Name));
    }

    [Fact]
    public void Abbreviations_and_initials_stay_in_the_name()
    {
        Assert.Equal(["Chr. Vindum", "John A. Bilenberg", "H.C. Rasmussen"], PersonLists.People("Chr. Vindum, John A. Bilenberg og H.C. Rasmussen").Select(p => p.Name));
    }

    [Fact]
    public void Notes_and_substitutes_in_parentheses()
    {
        var people = PersonLists.People("Anni Grimm (Løsgænger), Jan Berg (jb) Ø (Orlov), Berit Bruun (Suppleant for Jan Berg)");
        Assert.Equal([null, "Ø", null], people.Select(p => p.Party));
        Assert.Equal([false, true, false], people.Select(p => p.MarkedAbsent));
        Assert.Equal("Jan Berg", people[2].SubstituteFor);
    }
}
