using Referat.Web.Portal;

namespace Referat.Web.Pages;

public sealed class IndexModel(PortalData data, TimeProvider clock) : PortalPage
{
    public List<MeetingSummary> Upcoming { get; private set; } = [];
    public List<MeetingSummary> Latest { get; private set; } = [];
    public List<LatestDecision> Decisions { get; private set; } = [];

    public void OnGet()
    {
        Title = "Forside";
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Upcoming = data.Upcoming(today, 6);
        Latest = data.LatestMinutes(today, 6);
        Decisions = data.LatestDecisions(today, 10);
    }
}
