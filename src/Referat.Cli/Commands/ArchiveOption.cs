using System.CommandLine;
using Referat.Storage;

namespace Referat.Cli.Commands;

/// <summary>The <c>--db</c> option every archive command takes, and how it is resolved.</summary>
internal static class ArchiveOption
{
    public static Option<string?> Create() => new("--db")
    {
        Description = $"The archive: a SQLite file path, \"Data Source=…\" (SQLite) or \"Host=…\" (PostgreSQL); default ${ArchiveDb.EnvironmentVariable} or {ArchiveDb.DefaultPath}",
    };

    public static ArchiveLocation Resolve(string? value) =>
        ArchiveDb.Resolve(value, Environment.GetEnvironmentVariable(ArchiveDb.EnvironmentVariable));

    /// <summary>Opens the archive, or says on standard error why it cannot and returns null.</summary>
    public static ArchiveContext? Open(ArchiveLocation location)
    {
        try
        {
            return ArchiveDb.Open(location);
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"error: cannot open the archive {location.Display}: {e.GetBaseException().Message}");
            return null;
        }
    }

    public static ArchiveContext? Open(string? value) => Open(Resolve(value));

    /// <summary>
    /// Opens the archive as the public sees it (<see cref="ArchiveDb.OpenPublic"/>: personal data under review redacted),
    /// for the commands whose output is published; or says why it cannot and returns null.
    /// </summary>
    public static ArchiveContext? OpenPublic(ArchiveLocation location)
    {
        using var current = Open(location);
        return current is null ? null : ArchiveDb.OpenPublic(location);
    }

    public static ArchiveContext? OpenPublic(string? value) => OpenPublic(Resolve(value));
}
