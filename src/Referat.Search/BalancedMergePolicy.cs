using Lucene.Net.Index;

namespace Referat.Search;

/// <summary>
/// Lucene's tiered merging, except that a forced merge to N segments makes N segments of about equal size (largest
/// first into the emptiest group), so that a search can score them in parallel, one per core, and finish together.
/// While <see cref="HoldMerges"/> (a build), the flushed segments are left alone until that forced merge: merging
/// some of them early would make one segment too large to balance.
/// </summary>
internal sealed class BalancedMergePolicy : TieredMergePolicy
{
    public bool HoldMerges { get; set; }

    public override MergeSpecification? FindMerges(MergeTrigger trigger, SegmentInfos infos) =>
        HoldMerges ? null : base.FindMerges(trigger, infos);

    public override MergeSpecification? FindForcedMerges(SegmentInfos infos, int maxSegmentCount, IDictionary<SegmentCommitInfo, bool> segmentsToMerge)
    {
        var merging = m_writer.Get().MergingSegments;
        var eligible = infos.Where(s => segmentsToMerge.ContainsKey(s) && !merging.Contains(s)).ToList();
        if (eligible.Count <= maxSegmentCount || maxSegmentCount < 1)
            return null;
        var groups = Enumerable.Range(0, maxSegmentCount).Select(_ => new List<SegmentCommitInfo>()).ToList();
        foreach (var segment in eligible.OrderByDescending(s => s.Info.DocCount))
            groups.MinBy(g => g.Sum(s => (long)s.Info.DocCount))!.Add(segment);
        var spec = new MergeSpecification();
        foreach (var group in groups.Where(g => g.Count > 1))
            spec.Add(new OneMerge(group));
        return spec.Merges.Count == 0 ? null : spec;
    }
}
