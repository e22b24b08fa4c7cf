using Referat.Web.Portal;

namespace Referat.Web.Pages.Udvalg;

public sealed class IndexModel(PortalData data) : PortalPage
{
    public List<(string Term, List<CommitteeSummary> Committees)> Terms { get; private set; } = [];

    public void OnGet()
    {
        Title = "Udvalg";
        Crumb("Udvalg");
        Terms = data.CommitteesByTerm();
    }
}
