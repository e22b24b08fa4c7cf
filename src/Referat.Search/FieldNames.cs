using Referat.Domain;

namespace Referat.Search;

/// <summary>The index schema.</summary>
internal static class FieldNames
{
    public const string Id = "id";
    public const string Kind = "kind";
    public const string Path = "path";
    public const string Meeting = "meeting";
    public const string Date = "date";          // Int32 yyyyMMdd: range filter, numeric doc values for sorting, stored
    public const string DateSort = "date_sort";
    public const string Committee = "committee";      // analysed
    public const string CommitteeKey = "committee_key"; // exact, filter
    public const string Term = "term";
    public const string Number = "number";
    public const string Title = "title";
    public const string Text = "text";          // sections (stored, for snippets)
    public const string Decision = "decision";  // decisions (stored)
    public const string Attachments = "attachments";
    public const string People = "people";
    public const string All = "all";            // every analysed field but the title, for unfielded words (one posting list, not five)
    public const string CaseNumber = "case";    // lower-case keyword: exact and prefix
    public const string CaseNumberStored = "case_stored";
    public const string Type = "type";
    public const string Outcome = "outcome";
    public const string Kle = "kle";
    public const string Appropriation = "appropriation";
    public const string Year = "year";
    public const string Amount = "amount";      // Int64 kroner, one value per amount: range filter
    public const string AmountSize = "amount_size"; // the size class of the largest amount: filter

    /// <summary>The amounts of one kind: "amount_supplementaryappropriation".</summary>
    public static string AmountOf(AmountKind kind) => Amount + "_" + kind.ToString().ToLowerInvariant();
    public const string PartsSuffix = "_parts";

    public static string Parts(string field) => field + PartsSuffix;
    public static string FacetField(string facet) => "facet_" + facet;

    /// <summary>The analysed fields that get a compound-parts twin.</summary>
    public static readonly string[] Analysed = [Title, Text, Decision, Attachments, Committee, All];
}
