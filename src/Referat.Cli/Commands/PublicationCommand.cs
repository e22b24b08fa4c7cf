using System.CommandLine;
using Referat.Archive.Publication;
using Referat.Archive.Search;
using Referat.Domain;

namespace Referat.Cli.Commands;

/// <summary>
/// <c>referat publication [--closed-item-titles published|withheld] [--db DB]</c>: shows the body's publication policy,
/// or sets whether closed items are listed under their titles (and rebuilds the search index to follow).
/// </summary>
public static class PublicationCommand
{
    public static Command Create()
    {
        var titles = new Option<string?>("--closed-item-titles") { Description = "published: closed items are listed under their titles; withheld: as \"Lukket punkt\"" };
        titles.AcceptOnlyFromAmong("published", "withheld");
        var db = ArchiveOption.Create();
        var command = new Command("publication", "Show or set what the archive publishes of closed items") { titles, db };
        command.SetAction(result =>
        {
            var location = ArchiveOption.Resolve(result.GetValue(db));
            using var context = ArchiveOption.Open(location);
            if (context is null)
                return 1;
            var policy = result.GetValue(titles) is { } value
                ? PublicationSettings.SetClosedItemTitles(context, value == "published" ? ClosedItemTitles.Published : ClosedItemTitles.Withheld,
                    () => ArchiveSearchIndex.Open(location))
                : PublicationSettings.Read(context);
            Console.WriteLine($"Lukkede punkter: {policy.ClosedItemTitles.DanishName()} ({(policy.ShowsClosedTitles ? "published" : "withheld")})");
            return 0;
        });
        return command;
    }
}
