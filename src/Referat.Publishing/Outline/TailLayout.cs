using Referat.Domain;

namespace Referat.Publishing.Outline;

/// <summary>
/// The attachments part of a meeting package, printed after the last item. It is written only when the last item
/// lists attachments: that list is what tells a reader where the item ends and the attached documents begin.
/// </summary>
internal static class TailLayout
{
    public static List<OutlineBlock> Build(MinutesDocument minutes)
    {
        if (minutes.AttachmentsPart.Count == 0 || minutes.Items.Count == 0 || minutes.Items[^1].Attachments.Count == 0)
            return [];
        return minutes.AttachmentsPart.Where(d => d.Text.Trim().Length > 0).Select(d => (OutlineBlock)new VerbatimBlock(d.Text.Trim())).ToList();
    }
}
