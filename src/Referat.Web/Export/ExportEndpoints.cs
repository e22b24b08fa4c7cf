using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Referat.Archive.Export;
using Referat.Storage;
using Referat.Web.Feeds;
using Referat.Web.Portal;

namespace Referat.Web.Export;

/// <summary>
/// Downloads of the whole archive: <c>/eksport/referat-csv.zip</c> (<see cref="CsvExport"/>) and
/// <c>/eksport/referat-json.zip</c> (<see cref="JsonExport"/>). Each is generated once per archive version (the
/// <see cref="FeedQueries.Stamp"/>) into a file in the temporary folder and served from there, with an ETag.
/// </summary>
public static class ExportEndpoints
{
    public const string CsvPath = "/eksport/" + CsvExport.ZipFileName;
    public const string JsonPath = "/eksport/" + JsonExport.ZipFileName;
    public const string AppropriationsPath = "/eksport/" + AppropriationCsv.FileName;

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Locks = new();

    public static IEndpointRouteBuilder MapReferatExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CsvPath, (HttpContext context, ArchiveContext db, ArchiveAccess access, PolicySource policy) =>
            Serve(context, db, access, "csv", CsvExport.ZipFileName, stream => CsvExport.WriteZip(db, stream), policy));
        endpoints.MapGet(JsonPath, (HttpContext context, ArchiveContext db, ArchiveAccess access, PolicySource policy) =>
            Serve(context, db, access, "json", JsonExport.ZipFileName, stream => JsonExport.WriteZip(db, stream), policy));
        endpoints.MapGet(AppropriationsPath, (HttpContext context, ArchiveContext db, ArchiveAccess access, PolicySource policy) =>
            Serve(context, db, access, "appropriations", AppropriationCsv.FileName,
                stream => stream.Write(AppropriationCsv.Write(new Referat.Archive.Queries.AppropriationQueries(db).Lines((long?)null))), policy));
        return endpoints;
    }

    private static async Task<IResult> Serve(HttpContext context, ArchiveContext db, ArchiveAccess access, string format, string fileName,
        Action<Stream> write, PolicySource policy)
    {
        var stamp = FeedQueries.Stamp(db);
        var etag = FeedHttp.ETag(stamp, format + policy.Tag);
        if (FeedHttp.NotModified(context, etag))
            return Results.StatusCode(StatusCodes.Status304NotModified);

        var folder = Path.Combine(Path.GetTempPath(), "referat-export", Hash(access.Location.ConnectionString));
        var path = Path.Combine(folder, $"{Hash(etag)}-{fileName}");
        if (!File.Exists(path))
        {
            var gate = Locks.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
            await gate.WaitAsync(context.RequestAborted);
            try
            {
                if (!File.Exists(path))
                {
                    Directory.CreateDirectory(folder);
                    foreach (var old in Directory.EnumerateFiles(folder, "*-" + fileName))
                        TryDelete(old);
                    var partial = path + ".part-" + Guid.NewGuid().ToString("N");
                    await using (var stream = File.Create(partial))
                        await Task.Run(() => write(stream), context.RequestAborted);
                    File.Move(partial, path, overwrite: true);
                }
            }
            finally
            {
                gate.Release();
            }
        }
        FeedHttp.SetCaching(context, etag, stamp);
        return Results.File(path, "application/zip", fileName);
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..16];
}
