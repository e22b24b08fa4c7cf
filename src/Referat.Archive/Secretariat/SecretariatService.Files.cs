using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Storage.Rows;

namespace Referat.Archive.Secretariat;

// Attachments (bilag): files uploaded for an item, checked by their content, listed under the item, published with it.
public sealed partial class SecretariatService
{
    /// <summary>Attaches a file to an item under a title (the file's name without extension when none is given).</summary>
    public void Attach(Actor actor, long meetingId, int order, string? title, string fileName, byte[] data) => Change(_ =>
    {
        var loaded = Load(meetingId, actor);
        RequireState(loaded.Meeting, "Et bilag tilføjes", Editable);
        var item = ItemAt(loaded.Minutes, order);
        if (data.Length == 0)
            throw new SecretariatException($"Filen \"{fileName}\" er tom.");
        if (data.Length > FileContent.MaxBytes)
            throw new SecretariatException($"Filen \"{fileName}\" er større end {FileContent.MaxBytes / 1024 / 1024} MB.");
        if (FileContent.Detect(data) is not var (mime, extension))
            throw new SecretariatException($"Filen \"{fileName}\" er hverken en PDF, et billede (PNG, JPEG) eller et Word- eller Excel-dokument; indholdet afgør det, ikke navnet.");
        if (FileContent.Refusal(data, fileName) is { } refusal)
            throw new SecretariatException(refusal);
        var name = string.IsNullOrWhiteSpace(title) ? Path.GetFileNameWithoutExtension(fileName).Trim() : title.Trim();
        if (name.Length == 0)
            throw new SecretariatException("Bilaget skal have en titel.");
        if (item.Attachments.Any(a => a.Title == name))
            throw new SecretariatException($"Punktet har allerede et bilag med titlen \"{name}\".");
        var stored = Path.GetFileNameWithoutExtension(fileName) + extension;
        db.DraftFiles.Add(new DraftFileRow { MeetingId = meetingId, ItemOrder = order, Title = name, FileName = stored, MimeType = mime, Data = data, Uploaded = Now, UploadedBy = actor.UserName });
        var changed = item with { Attachments = item.Attachments.Append(new Attachment(name)).ToValueList() };
        Save(loaded, loaded.Minutes with { Items = loaded.Minutes.Items.Select(i => i.Order == order ? changed : i).ToValueList() }, actor);
        Audit(actor, "Bilag tilføjet", $"{Subject(loaded.Meeting)}, punkt {order}", null, $"{name} ({stored}, {mime}, {data.Length:N0} bytes)");
    });

    public void Detach(Actor actor, long meetingId, int order, string title) => Change(_ =>
    {
        var loaded = Load(meetingId, actor);
        RequireState(loaded.Meeting, "Et bilag fjernes", Editable);
        var item = ItemAt(loaded.Minutes, order);
        if (item.Attachments.All(a => a.Title != title))
            throw new SecretariatException($"Punktet har intet bilag med titlen \"{title}\".");
        db.DraftFiles.Where(f => f.MeetingId == meetingId && f.ItemOrder == order && f.Title == title).ExecuteDelete();
        var changed = item with { Attachments = item.Attachments.Where(a => a.Title != title).ToValueList() };
        Save(loaded, loaded.Minutes with { Items = loaded.Minutes.Items.Select(i => i.Order == order ? changed : i).ToValueList() }, actor);
        Audit(actor, "Bilag fjernet", $"{Subject(loaded.Meeting)}, punkt {order}", title, null);
    });

    /// <summary>Moves the working copy's files with their items: <paramref name="map"/> gives an item's new position, or null when it went.</summary>
    private void MoveFiles(long meetingId, Func<int, int?> map)
    {
        foreach (var file in db.DraftFiles.AsTracking().Where(f => f.MeetingId == meetingId).ToList())
        {
            if (map(file.ItemOrder) is { } moved)
                file.ItemOrder = moved;
            else
                db.DraftFiles.Remove(file);
        }
    }

    /// <summary>After a publication: the published items' files get the uploaded bytes (closed items have none).</summary>
    private void PublishFiles(long meetingId)
    {
        var files = db.DraftFiles.AsNoTracking().Where(f => f.MeetingId == meetingId).ToList();
        if (files.Count == 0)
            return;
        var rows = db.Files.AsTracking().Where(f => f.AgendaItem.MeetingId == meetingId && !f.AgendaItem.Deleted && f.AgendaItem.Public && !f.Deleted)
            .Include(f => f.AgendaItem).ToList();
        foreach (var row in rows)
            if (files.FirstOrDefault(f => f.ItemOrder == row.AgendaItem.Order && f.Title == row.Name) is { } file)
                (row.Data, row.FileName, row.MimeType) = (file.Data, file.FileName, file.MimeType);
    }
}
