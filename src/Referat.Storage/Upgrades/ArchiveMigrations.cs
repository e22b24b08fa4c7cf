using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Referat.Storage.Upgrades;

/// <summary>
/// Brings an archive's schema up to date: the provider's migrations in order, and between them the data steps that SQL
/// cannot express (a step runs right after the migration it belongs to, before the next one takes the old columns away).
/// </summary>
internal static class ArchiveMigrations
{
    /// <summary>The data steps, each after the migration (by name) whose new columns it fills.</summary>
    private static readonly (string Migration, Action<ArchiveContext> Step)[] Steps =
    [
        ("ProcessModel", SectionBlocks.FromLegacyText),
    ];

    public static void Apply(ArchiveContext context)
    {
        var pending = context.Database.GetPendingMigrations().ToList();
        var migrator = context.GetService<IMigrator>();
        foreach (var (name, step) in Steps)
        {
            if (pending.FirstOrDefault(m => m.EndsWith("_" + name, StringComparison.Ordinal)) is not { } migration)
                continue;
            migrator.Migrate(migration);
            step(context);
        }
        context.Database.Migrate();
        Privacy.AuditChain.SealUnchained(context);
    }
}
