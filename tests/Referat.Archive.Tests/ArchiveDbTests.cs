using Microsoft.EntityFrameworkCore;
using Referat.Storage;

namespace Referat.Archive.Tests;

public sealed class ArchiveDbTests
{
    [Fact]
    public void The_db_argument_wins_over_the_environment()
    {
        var location = ArchiveDb.Resolve("/tmp/a.db", "/tmp/b.db", "/work");
        Assert.Equal(ArchiveProvider.Sqlite, location.Provider);
        Assert.Contains("/tmp/a.db", location.ConnectionString);
    }

    [Fact]
    public void The_environment_is_used_when_there_is_no_argument()
    {
        Assert.Contains("/tmp/b.db", ArchiveDb.Resolve(null, "/tmp/b.db", "/work").ConnectionString);
    }

    [Fact]
    public void The_default_is_the_embedded_file_under_the_current_directory()
    {
        var location = ArchiveDb.Resolve(null, null, "/work/x");
        Assert.Equal(ArchiveProvider.Sqlite, location.Provider);
        Assert.Equal("SQLite /work/x/.referat/archive.db", location.Display);
    }

    [Fact]
    public void A_relative_path_is_taken_from_the_current_directory()
    {
        Assert.Equal("SQLite /work/x/data/r.db", ArchiveDb.Resolve("data/r.db", null, "/work/x").Display);
    }

    [Fact]
    public void A_sqlite_connection_string_is_kept()
    {
        var location = ArchiveDb.Resolve("Data Source=/tmp/c.db;Cache=Shared", null, "/work");
        Assert.Equal(ArchiveProvider.Sqlite, location.Provider);
        Assert.Contains("Cache=Shared", location.ConnectionString);
        Assert.Equal("SQLite /tmp/c.db", location.Display);
    }

    [Fact]
    public void A_host_connection_string_is_postgres_and_its_password_is_not_shown()
    {
        var location = ArchiveDb.Resolve("Host=db.example;Database=referat;Username=r;Password=secret", null, "/work");
        Assert.Equal(ArchiveProvider.PostgreSql, location.Provider);
        Assert.DoesNotContain("secret", location.Display);
        Assert.Contains("Host=db.example", location.Display);
    }
}

public sealed class MigrationTests
{
    [Fact]
    public void A_new_sqlite_archive_is_created_by_the_migrations_and_opens_again()
    {
        using var archive = new TestArchive();
        Assert.NotEmpty(archive.Db.Database.GetAppliedMigrations());
        Assert.Empty(archive.Db.Database.GetPendingMigrations());
        using var again = archive.Open();
        Assert.Equal(archive.Db.Database.GetAppliedMigrations(), again.Database.GetAppliedMigrations());
    }

    [Fact]
    public void A_new_postgresql_archive_is_created_by_the_migrations_and_opens_again()
    {
        using var archive = new TestArchive(ArchiveProvider.PostgreSql);
        Assert.IsType<PostgreSqlArchiveContext>(archive.Db);
        Assert.NotEmpty(archive.Db.Database.GetAppliedMigrations());
        Assert.Empty(archive.Db.Database.GetPendingMigrations());
        using var again = archive.Open();
        Assert.Equal(archive.Db.Database.GetAppliedMigrations(), again.Database.GetAppliedMigrations());
    }

    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        using var context = new SqliteArchiveContextFactory().CreateDbContext([]);
        Assert.False(context.Database.HasPendingModelChanges(), "the model changed: add a migration (see src/Referat.Storage/MIGRATIONS.md)");
    }

    [Fact]
    public void The_postgresql_migrations_match_the_model()
    {
        // Needs no server: compares the model with the migrations' snapshot.
        using var context = new PostgreSqlArchiveContextFactory().CreateDbContext([]);
        Assert.False(context.Database.HasPendingModelChanges(), "the model changed: add a migration (see src/Referat.Storage/MIGRATIONS.md)");
        Assert.NotEmpty(context.Database.GetMigrations());
    }
}
