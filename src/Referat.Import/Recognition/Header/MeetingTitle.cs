using System.Text.RegularExpressions;
using Referat.Domain;

namespace Referat.Import.Recognition.Header;

/// <summary>What a title line or sentence says about the meeting.</summary>
public sealed record TitleReading(string? Body, LegislativeTerm? Term, DateOnly? Date, TimeOnly? Start, string? Location);

/// <summary>
/// Reads the title of minutes in its common wordings: "REFERAT Social- og Beskæftigelsesudvalget 2026-2029 d.
/// 09-03-2026", "Referat til mødet i Byrådet den 15. maj 2018 kl. 17:00 i Byrådssalen", "Referat fra mødet i Kultur-
/// og Idrætsudvalget (…)", "Åbent Referat til Byrådet", "Referat: 21. maj 2019 kl. 16:00", "KOMMUNALBESTYRELSEN …
/// REFERAT FRA MØDE NR. 26 TORSDAG DEN 29. JANUAR 2009, KL PÅ BOGENSE RÅDHUS", "Referat Økonomiudvalget tirsdag den
/// 18. april Kl. 16:30 i Mødelokale 1", and the protocol sentence "Mandag den 21. maj 2012 kl. 17:00 afholdt
/// Kommunalbestyrelsen møde i Mødesalen/Rådhus." A title names the kind of document (referat, dagsorden,
/// beslutningsprotokol, protokol); the body is the name of a body in it, the place what follows "i" or "på" after
/// the date and time.
/// </summary>
public static partial class MeetingTitle
{
    // The kind of document as a title names it, capitalised: "Godkendelse af dagsorden" is an item, not a title.
    [GeneratedRegex(@"(?<![\p{L}])(?:Referat|REFERAT|Dagsorden|DAGSORDEN|Beslutningsprotokol|BESLUTNINGSPROTOKOL|Protokol|PROTOKOL|Mødereferat|Beslutningsreferat)(?![\p{L}])")]
    private static partial Regex KindWord();

    [GeneratedRegex(@"(?<!\d)(?<term>\d{4})\s*[-–]\s*(?<end>\d{4})(?!\d)")]
    private static partial Regex TermPattern();

    [GeneratedRegex(@"^[\s,.]*(?:(?:[Kk][Ll]\.?|klokken)\s*[\d.:]*(?:\s*[-–]\s*[\d.:]+)?\s*)?(?:[-–,]\s*)?(?:i|på|I|PÅ|På)\s+(?<location>[^()]+?)\s*\.?$")]
    private static partial Regex PlaceAfter();

    [GeneratedRegex(@"(?:afholdt|holdt)\s+(?<body>\p{Lu}\S*(?:\s+\S+){0,5}?)\s+(?:sit\s+|et\s+)?(?:ordinært\s+|ekstraordinært\s+)?møde\s+(?:i|på)\s+(?<location>[^.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex HeldAt();

    public static bool IsTitle(string text) => text.Length < 400 && (KindWord().IsMatch(text) || HeldAt().IsMatch(text));

    /// <summary>The place after a date and time: "… kl. 13:00 i Mødelokale 2" gives "Mødelokale 2".</summary>
    public static string? PlaceAfterDate(string afterDate)
    {
        var place = PlaceAfter().Match(afterDate);
        return place.Success ? place.Groups["location"].Value.Trim().TrimEnd(',', '.').Trim() is { Length: > 0 } location ? location : null : null;
    }

    /// <summary>Reads a title line; null when it names no kind of document and is no protocol sentence.</summary>
    public static TitleReading? Read(string text)
    {
        var held = HeldAt().Match(text);
        var kind = KindWord().Match(text);
        if (!kind.Success && !held.Success)
            return null;
        var date = DanishDates.FindDateMatch(text);
        var after = date is { } d ? text[(d.Index + d.Length)..] : "";
        var start = date is not null ? DanishDates.FindAnyTime(after) ?? DanishDates.FindTime(text) : DanishDates.FindTime(text);

        string? body = null;
        if (held.Success && BodyNames.LooksLikeBody(held.Groups["body"].Value))
            body = held.Groups["body"].Value.Trim();
        if (body is null && kind.Success)
        {
            var before = text[..kind.Index];
            var rest = text[(kind.Index + kind.Length)..];
            var restBeforeDate = date is { } dd && dd.Index > kind.Index ? text[(kind.Index + kind.Length)..dd.Index] : rest;
            body = BodyNames.Find(before) ?? BodyNames.Find(restBeforeDate);
        }

        LegislativeTerm? term = null;
        var termMatch = TermPattern().Match(text);
        if (termMatch.Success && LegislativeTerm.TryParse($"{termMatch.Groups["term"].Value}-{termMatch.Groups["end"].Value}", out var t))
            term = t;

        string? location = null;
        if (held.Success)
            location = held.Groups["location"].Value.Trim();
        else if (date is not null)
            location = PlaceAfterDate(after);
        return new TitleReading(body is null ? null : BodyNames.Display(body), term, date?.Date, start, location is { Length: > 0 } ? location : null);
    }
}
