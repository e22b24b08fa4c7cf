using Referat.Domain;
using Referat.Import.Lines;
using Referat.Import.Recognition.Labels;

namespace Referat.Import.Recognition.Header;

/// <summary>
/// Reads the meeting header that precedes the items by running its rules in order over the preamble's lines:
/// labelled fields first (<see cref="LabelledFieldRule"/>), then the title (<see cref="TitleRule"/>), then
/// unlabelled lines (<see cref="UnlabelledLineRule"/>), then the absences the members list itself shows
/// (<see cref="ListedAbsenceRule"/>). The first reading of each field wins, so the order is the order of trust.
/// </summary>
public sealed class HeaderReader(IReadOnlyList<IHeaderRule> rules)
{
    public HeaderReader(FieldLabels labels) : this(DefaultRules(labels))
    {
    }

    public HeaderReader() : this(FieldLabels.Default)
    {
    }

    public static IReadOnlyList<IHeaderRule> DefaultRules(FieldLabels labels) =>
        [new LabelledFieldRule(labels), new TitleRule(), new UnlabelledLineRule(labels), new ListedAbsenceRule()];

    public MeetingHeader Read(IReadOnlyList<Line> lines, List<FieldProvenance> provenance)
    {
        var draft = new HeaderDraft(lines.Where(l => !l.IsBlank).ToList(), provenance);
        foreach (var rule in rules)
            rule.Read(draft);
        return draft.ToHeader();
    }
}
