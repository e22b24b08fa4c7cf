using Microsoft.EntityFrameworkCore;
using Referat.Domain;

namespace Referat.Storage.Reading;

/// <summary>The body's publication policy as the archive keeps it (the default for an archive without a body yet).</summary>
public static class StoredPolicy
{
    public static PublicationPolicy Read(ArchiveContext db) =>
        db.Bodies.AsNoTracking().Where(b => !b.Deleted).OrderBy(b => b.Id).Select(b => (ClosedItemTitles?)b.ClosedItemTitles).FirstOrDefault() is { } titles
            ? new PublicationPolicy(titles)
            : PublicationPolicy.Default;

    /// <summary>Sets how closed items' titles are published (on the body, made when the archive has none yet).</summary>
    public static void Write(ArchiveContext db, ClosedItemTitles titles, DateTime now)
    {
        if (db.Bodies.Where(b => !b.Deleted).ExecuteUpdate(s => s.SetProperty(b => b.ClosedItemTitles, titles).SetProperty(b => b.Modified, now)) > 0)
            return;
        db.Bodies.Add(new Rows.BodyRow { Name = Writing.MinutesImporter.DefaultBodyName, ClosedItemTitles = titles, Created = now, Modified = now });
        db.SaveChanges();
    }
}
