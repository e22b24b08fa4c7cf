using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Referat.Storage;

/// <summary>The archive on SQLite, the embedded default. Migrations in Migrations/Sqlite.</summary>
public sealed class SqliteArchiveContext(DbContextOptions<SqliteArchiveContext> options) : ArchiveContext(options);

/// <summary>The archive on PostgreSQL, a municipality's server. Migrations in Migrations/PostgreSql.</summary>
public sealed class PostgreSqlArchiveContext(DbContextOptions<PostgreSqlArchiveContext> options) : ArchiveContext(options);

/// <summary>For <c>dotnet ef migrations add … --context SqliteArchiveContext</c>: no database is touched.</summary>
public sealed class SqliteArchiveContextFactory : IDesignTimeDbContextFactory<SqliteArchiveContext>
{
    public SqliteArchiveContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteArchiveContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>For <c>dotnet ef migrations add … --context PostgreSqlArchiveContext</c>: no server is needed.</summary>
public sealed class PostgreSqlArchiveContextFactory : IDesignTimeDbContextFactory<PostgreSqlArchiveContext>
{
    public PostgreSqlArchiveContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlArchiveContext>().UseNpgsql("Host=localhost;Database=referat_design_time").Options);
}
