using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Referat.Archive.Queries;
using Referat.Archive.Secretariat;
using Referat.Domain;
using Referat.Storage;
using Referat.Web.Secretariat;

namespace Referat.Web.Api;

/// <summary>
/// The integration API for the municipality's case system (ESDH), <c>/api/v1</c>: create meetings and items, record
/// the meeting, approve, sign and publish, and read the decisions back. Every call needs an API token
/// (<see cref="ApiTokenAuthentication"/>); a call acts as the token's account, with the same rules and the same audit
/// log as the secretariat's pages. The OpenAPI description is at <c>/api/v1/openapi.json</c>.
/// </summary>
public static class ApiEndpoints
{
    public const string Prefix = "/api/v1";
    public const string Policy = "Api";

    public static IEndpointRouteBuilder MapReferatApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix).RequireAuthorization(Policy).WithTags("Sekretariat");
        api.MapGet("/meetings", (HttpContext http, SecretariatQueries queries, TimeProvider clock, DateOnly? from) =>
            Results.Ok(queries.Meetings(Actor(http), from ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-60)).Where(m => m.Prepared).Select(Summary)))
            .WithSummary("Møderne i nøglens udvalg fra en dato (standard: 60 dage tilbage)");
        api.MapPost("/meetings", (HttpContext http, MeetingRequest request, SecretariatService service, ArchiveContext db) => Do(() =>
        {
            var organization = new ArchiveQueries(db).FindOrganization(request.Committee);
            var id = service.CreateMeeting(Actor(http), organization.Id, request.Date, request.Start, request.End, request.Location ?? "");
            return Results.Created($"{Prefix}/meetings/{id}", new { id });
        })).WithSummary("Opret et møde");
        api.MapGet("/meetings/{id:long}", (HttpContext http, long id, SecretariatQueries queries) =>
            queries.Workspace(Actor(http), id) is { } w ? Results.Json(Meeting(w)) : NotFound())
            .WithSummary("Mødet med dets punkter og beslutninger, som sekretariatet har det");
        api.MapGet("/meetings/{id:long}/decisions", (HttpContext http, long id, SecretariatQueries queries) =>
            queries.Workspace(Actor(http), id) is { } w ? Results.Json(Decisions(w)) : NotFound())
            .WithSummary("Mødets egne beslutninger pr. punkt");
        api.MapPost("/meetings/{id:long}/items", (HttpContext http, long id, ItemRequest request, SecretariatService service) => Do(() =>
        {
            var order = service.AddItem(Actor(http), id, new ItemInput(request.Title ?? "", request.CaseNumber, request.Closed, request.Types, request.Sections, request.Competence,
                request.Table?.Select(r => (IReadOnlyList<string?>)r).ToList()));
            return Results.Created($"{Prefix}/meetings/{id}#punkt-{order}", new { order });
        })).WithSummary("Tilføj et punkt (afsnit i Markdown efter skabelonens overskrifter)");
        api.MapPost("/meetings/{id:long}/items/{order:int}/attachments", async (HttpContext http, long id, int order, IFormFile file, [Microsoft.AspNetCore.Mvc.FromForm] string? title, SecretariatService service) =>
        {
            using var copy = new MemoryStream();
            if (file.Length <= FileContent.MaxBytes)
                await file.CopyToAsync(copy);
            var data = file.Length <= FileContent.MaxBytes ? copy.ToArray() : new byte[FileContent.MaxBytes + 1];
            return Do(() => { service.Attach(Actor(http), id, order, title, file.FileName, data); return Results.Created($"{Prefix}/meetings/{id}#punkt-{order}", new { order }); });
        }).DisableAntiforgery().WithSummary("Tilføj et bilag til et punkt (multipart: file, title); filen kontrolleres på sit indhold");
        api.MapPost("/meetings/{id:long}/agenda", (HttpContext http, long id, SecretariatService service) =>
            Do(() => { service.PublishAgenda(Actor(http), id); return Results.NoContent(); })).WithSummary("Offentliggør dagsordenen (igen: tillægsdagsorden)");
        api.MapPost("/meetings/{id:long}/absences", (HttpContext http, long id, AbsenceRequest request, SecretariatService service) => Do(() =>
        {
            var substitute = service.RecordAbsence(Actor(http), id, request.Member, request.Substitute);
            return Results.Ok(new { member = request.Member, substitute = substitute?.ToString() });
        })).WithSummary("Registrér et fraværende medlem; uden stedfortræder foreslås den næste i rækkefølgen");
        api.MapPut("/meetings/{id:long}/items/{order:int}/decision", (HttpContext http, long id, int order, DecisionRequest request, SecretariatService service) =>
            Do(() => { service.RecordDecision(Actor(http), id, order, request.ToInput()); return Results.NoContent(); })).WithSummary("Registrér mødets beslutning på et punkt");
        api.MapPost("/meetings/{id:long}/approval", (HttpContext http, long id, SecretariatService service) =>
            Do(() => { service.Approve(Actor(http), id); return Results.NoContent(); })).WithSummary("Godkend referatet");
        api.MapPost("/meetings/{id:long}/signatures", (HttpContext http, long id, SecretariatService service) =>
            Do(() => { service.Sign(Actor(http), id); return Results.NoContent(); })).WithSummary("Underskriv referatet (et medlems nøgle)");
        api.MapPost("/meetings/{id:long}/minutes", (HttpContext http, long id, SecretariatService service) =>
            Do(() => { service.PublishMinutes(Actor(http), id); return Results.NoContent(); })).WithSummary("Offentliggør referatet");
        api.MapGet("/organizations/{id:long}/forward-plan", (long id, SecretariatQueries queries) => Results.Ok(queries.ForwardPlan(id, includeClosed: true)))
            .WithSummary("Sagerne på et organs kommende plan");
        return endpoints;
    }

    private static Actor Actor(HttpContext http) => Actors.From(http.User) ?? throw new SecretariatException("API-nøglens konto har ingen rolle i sekretariatet.");

    private static IResult Do(Func<IResult> change)
    {
        try
        {
            return change();
        }
        catch (Exception e) when (e is SecretariatException or QueryException)
        {
            return Results.Problem(title: e.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static IResult NotFound() => Results.Problem(title: "Mødet findes ikke i nøglens udvalg.", statusCode: StatusCodes.Status404NotFound);

    private static object Summary(SecretariatMeeting m) => new
    {
        m.Id, m.Committee, m.Date, m.Start, state = Camel(m.State), stateName = m.State.DanishName(), url = $"{Prefix}/meetings/{m.Id}", portal = $"/moeder/{m.Id}",
    };

    private static JsonObject Meeting(MeetingWorkspace w)
    {
        var minutes = System.Text.Json.JsonSerializer.SerializeToNode(w.Minutes, ModelJson.Options)!.AsObject();
        return new JsonObject
        {
            ["id"] = w.Meeting.Id, ["committee"] = w.Meeting.Committee, ["date"] = w.Meeting.Date.ToString("yyyy-MM-dd"),
            ["state"] = Camel(w.Meeting.State), ["stateName"] = w.Meeting.State.DanishName(), ["portal"] = $"/moeder/{w.Meeting.Id}",
            ["signatures"] = new JsonArray(w.Signatures.Select(s => (JsonNode)new JsonObject { ["name"] = s.Name, ["signedAt"] = s.SignedAt }).ToArray()),
            ["minutes"] = minutes,
        };
    }

    private static JsonArray Decisions(MeetingWorkspace w) => new(w.Minutes.Items.Select(item =>
    {
        var own = item.OwnDecision(w.Meeting.Committee, w.Meeting.Date);
        return (JsonNode)new JsonObject
        {
            ["number"] = item.Number, ["title"] = item.Title, ["caseNumber"] = item.CaseNumber?.Text, ["closed"] = item.IsClosed,
            ["decision"] = own is null ? null : System.Text.Json.JsonSerializer.SerializeToNode(own, ModelJson.Options),
        };
    }).ToArray());

    private static string Camel(MeetingState state) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(state.ToString());
}

public sealed record MeetingRequest(string Committee, DateOnly Date, TimeOnly Start, TimeOnly? End, string? Location);

/// <summary>An item: sections in Markdown by the template's headings; <c>table</c> the appropriation table as rows of cells, the first row its header.</summary>
public sealed record ItemRequest(string? Title, string? CaseNumber, bool Closed, List<string>? Types, Dictionary<string, string>? Sections, string? Competence, List<List<string?>>? Table);

public sealed record AbsenceRequest(string Member, string? Substitute);

public sealed record VoteRequest(VotePosition Position, string Who);

public sealed record DecisionRequest(DecisionOutcome Outcome, string? Text, List<int>? Points, List<VoteRequest>? Votes, List<string>? AbsentUnderItem)
{
    public DecisionInput ToInput() => new(Outcome, Text, Points, Votes?.Select(v => new VoteInput(v.Position, v.Who)).ToList(), AbsentUnderItem);
}
