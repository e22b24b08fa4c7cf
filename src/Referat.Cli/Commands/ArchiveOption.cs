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
}
