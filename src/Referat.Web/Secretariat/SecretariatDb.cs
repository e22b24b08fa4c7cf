using Referat.Storage;

namespace Referat.Web.Secretariat;

/// <summary>The request's writable archive context: the secretariat's changes and the accounts' stores share it.</summary>
public sealed class SecretariatDb(ArchiveAccess access) : IDisposable
{
    public ArchiveContext Db { get; } = access.OpenWritableContext();

    public void Dispose() => Db.Dispose();
}
