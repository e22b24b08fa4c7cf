using Microsoft.AspNetCore.Http;

namespace Referat.Web.OParl;

/// <summary>
/// The canonical URLs of the API, absolute and built from the request's scheme and host (behind a proxy only when
/// forwarded headers are configured). One URL per object: <c>/oparl/v1.1/{type}/{id}</c>, type in camelCase as
/// OParl names it; the body's external lists below it (<c>/oparl/v1.1/body/1/meeting</c>).
/// </summary>
public sealed class OParlUrls(string root)
{
    public const string Prefix = "/oparl/v1.1";

    public static OParlUrls For(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}");

    public string Root { get; } = root;
    public string Api => Root + Prefix;
    public string System => Api + "/system";
    public string Bodies => Api + "/body";
    public string Object(string kind, long id) => $"{Api}/{kind}/{id}";
    public string Body(long id) => Object("body", id);
    public string BodyList(long bodyId, string list) => $"{Body(bodyId)}/{list}";
    public string LegislativeTerm(long id) => Object("legislativeTerm", id);
    public string Organization(long id) => Object("organization", id);
    public string Person(long id) => Object("person", id);
    public string Membership(long id) => Object("membership", id);
    public string Meeting(long id) => Object("meeting", id);
    public string AgendaItem(long id) => Object("agendaItem", id);
    public string Paper(long id) => Object("paper", id);
    public string Consultation(long id) => Object("consultation", id);
    public string File(long id) => Object("file", id);
    public string FileAccess(long id) => File(id) + "/access";
    public string FileDownload(long id) => File(id) + "/download";
    public string Location(long id) => Object("location", id);

    /// <summary>A page of the citizens' portal (paths reserved for it: /moeder, /punkter, /sager, /personer, /udvalg).</summary>
    public string Web(string path) => Root + path;
}
