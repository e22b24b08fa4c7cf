using Referat.Domain;
using Referat.Storage;
using Referat.Storage.Reading;

namespace Referat.Archive.Export;

/// <summary>
/// <c>export --format model</c>: every meeting's current minutes in the domain model's JSON (<see cref="ModelJson"/>),
/// one file per meeting (<c>meeting-{id}.json</c>), the same JSON <c>parse --model</c> prints for the document: the
/// archive loses nothing. Published by the policy (closed items by number and title), unless
/// <see cref="ExportSettings.IncludeClosed"/> asks for everything.
/// </summary>
public sealed class ModelExport : IArchiveExporter
{
    public string Name => "model";

    public string Description => "the domain model of each meeting's minutes, one JSON file per meeting";

    public static string FileName(long meetingId) => $"meeting-{meetingId}.json";

    public ExportResult Export(ArchiveContext archive, string directory, ExportSettings settings)
    {
        Directory.CreateDirectory(directory);
        // the keeper's export holds everything as stored; the published one reads the archive as the public sees it
        using var view = settings.IncludeClosed ? null : ArchiveDb.PublicView(archive);
        var content = new ArchiveContent(view ?? archive);
        var count = 0;
        foreach (var meeting in content.Meetings())
        {
            var minutes = StoredMinutes.ToDomain(meeting);
            if (!settings.IncludeClosed)
                minutes = content.Policy.Publish(minutes);
            File.WriteAllText(Path.Combine(directory, FileName(meeting.Id)), ModelJson.Serialize(minutes));
            count++;
        }
        return new ExportResult([("meeting-*.json", count)]);
    }
}
