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
