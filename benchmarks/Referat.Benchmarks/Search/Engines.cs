using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Referat.Search;

namespace Referat.Benchmarks.Search;

public interface ISearchEngine : IDisposable
{
    string Name { get; }
    /// <summary>The top 10 ids (what is timed).</summary>
    IReadOnlyList<string> Top10(BenchQuery query);
    /// <summary>All matches (not timed).</summary>
    long Count(BenchQuery query);
}

/// <summary>
/// Lucene through <see cref="SearchIndex.Search"/>: as the portal asks (facets and snippets), bare (neither), or with
/// only one of them (for the profile).
/// </summary>
public sealed class LuceneEngine(SearchIndex index, bool facets, bool snippets, string? name = null) : ISearchEngine
{
    public string Name => name ?? (facets, snippets) switch
    {
        (true, true) => "Lucene",
        (false, false) => "Lucene (bare)",
        (true, false) => "Lucene (facets only)",
        _ => "Lucene (snippets only)",
    };

    private SearchRequest Request(BenchQuery q) => new()
    {
        Query = q.Text,
        Committee = q.Committee,
        From = q.Year is { } y ? new DateOnly(y, 1, 1) : null,
        To = q.Year is { } y2 ? new DateOnly(y2, 12, 31) : null,
        PageSize = 10,
        IncludeFacets = facets,
        IncludeSnippets = snippets,
    };

    public IReadOnlyList<string> Top10(BenchQuery query) => index.Search(Request(query)).Hits.Select(h => h.Id).ToList();
    public long Count(BenchQuery query) => index.Search(Request(query) with { IncludeFacets = false, IncludeSnippets = false }).Total;
    public SearchResults Raw(BenchQuery query) => index.Search(Request(query));
    public void Dispose() { }
}

/// <summary>
/// PostgreSQL full-text search: a stored generated tsvector column, to_tsvector('danish', title || ' ' || text || ' ' ||
/// decisions), with a GIN index; websearch_to_tsquery('danish', …), ORDER BY ts_rank DESC LIMIT 10.
/// </summary>
public sealed class PostgresEngine : ISearchEngine
{
    private readonly NpgsqlDataSource _source;
    private readonly NpgsqlConnection _connection;
    public string Name => "PostgreSQL";

    public PostgresEngine(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 16, AutoPrepareMinUsages = 1 };
        _source = NpgsqlDataSource.Create(builder.ConnectionString);
        _connection = _source.OpenConnection();
    }

    public Dictionary<string, string> Load(IReadOnlyList<SearchDocument> docs, Action<string, TimeSpan> phase)
    {
        Exec("DROP TABLE IF EXISTS items");
        Exec("""
            CREATE TABLE items (
              id text NOT NULL, title text NOT NULL, body text NOT NULL, decisions text NOT NULL,
              committee text, year int, case_number text, people text,
              tsv tsvector GENERATED ALWAYS AS (to_tsvector('danish', title || ' ' || body || ' ' || decisions)) STORED)
            """);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        using (var importer = _connection.BeginBinaryImport("COPY items (id, title, body, decisions, committee, year, case_number, people) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var d in docs)
            {
                importer.StartRow();
                importer.Write(d.Id, NpgsqlDbType.Text);
                importer.Write(d.Title, NpgsqlDbType.Text);
                importer.Write(SearchCorpus.Text(d), NpgsqlDbType.Text);
                importer.Write(SearchCorpus.Decisions(d), NpgsqlDbType.Text);
                importer.Write(d.Committee ?? "", NpgsqlDbType.Text);
                importer.Write(d.MeetingDate?.Year ?? 0, NpgsqlDbType.Integer);
                importer.Write(d.CaseNumber ?? "", NpgsqlDbType.Text);
                importer.Write(string.Join(", ", d.People), NpgsqlDbType.Text);
            }
            importer.Complete();
        }
        phase("COPY (incl. to_tsvector)", sw.Elapsed);
        sw.Restart();
        Exec("CREATE INDEX items_tsv ON items USING gin (tsv)");
        phase("GIN index", sw.Elapsed);
        sw.Restart();
        Exec("CREATE INDEX items_case ON items (case_number text_pattern_ops)");
        Exec("CREATE INDEX items_committee_year ON items (committee, year)");
        Exec("VACUUM ANALYZE items");
        phase("b-tree indexes + VACUUM ANALYZE", sw.Elapsed);
        return new Dictionary<string, string>
        {
            ["total"] = Scalar("SELECT pg_size_pretty(pg_total_relation_size('items'))"),
            ["total_bytes"] = Scalar("SELECT pg_total_relation_size('items')::text"),
            ["gin"] = Scalar("SELECT pg_size_pretty(pg_relation_size('items_tsv'))"),
            ["version"] = Scalar("SHOW server_version"),
        };
    }

    private void Exec(string sql)
    {
        using var cmd = new NpgsqlCommand(sql, _connection) { CommandTimeout = 0 };
        cmd.ExecuteNonQuery();
    }

    private string Scalar(string sql)
    {
        using var cmd = new NpgsqlCommand(sql, _connection);
        return Convert.ToString(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private NpgsqlCommand Command(BenchQuery q, bool count)
    {
        NpgsqlCommand cmd;
        if (q.CaseNumber)
        {
            cmd = new NpgsqlCommand(count
                ? "SELECT count(*) FROM items WHERE case_number LIKE $1"
                : "SELECT id FROM items WHERE case_number LIKE $1 ORDER BY case_number LIMIT 10", _connection);
            cmd.Parameters.Add(new NpgsqlParameter { Value = q.Text.ToUpperInvariant() + "%" });
            return cmd;
        }
        var filter = q.Committee is null ? "" : " AND committee = $2 AND year = $3";
        cmd = new NpgsqlCommand(count
            ? $"SELECT count(*) FROM items WHERE tsv @@ websearch_to_tsquery('danish', $1){filter}"
            : $"SELECT id FROM items, websearch_to_tsquery('danish', $1) query WHERE tsv @@ query{filter} ORDER BY ts_rank(tsv, query) DESC LIMIT 10",
            _connection);
        cmd.Parameters.Add(new NpgsqlParameter { Value = q.Text });
        if (q.Committee is not null)
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = q.Committee });
            cmd.Parameters.Add(new NpgsqlParameter { Value = q.Year!.Value });
        }
        return cmd;
    }

    public IReadOnlyList<string> Top10(BenchQuery query)
    {
        using var cmd = Command(query, count: false);
        using var reader = cmd.ExecuteReader();
        var ids = new List<string>(10);
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    public long Count(BenchQuery query)
    {
        using var cmd = Command(query, count: true);
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    public void Drop() => Exec("DROP TABLE IF EXISTS items");

    public void Dispose()
    {
        _connection.Dispose();
        _source.Dispose();
    }
}

/// <summary>
/// SQLite FTS5 (e_sqlite3 through Microsoft.Data.Sqlite): an fts5 table over title, text and decisions with
/// tokenize = 'unicode61 remove_diacritics 0' (SQLite has no Danish stemmer), a plain table for id, committee, year
/// and case number by rowid; MATCH … ORDER BY bm25 LIMIT 10.
/// </summary>
public sealed class SqliteEngine : ISearchEngine
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<(bool CaseNumber, bool Filter, bool Count), SqliteCommand> _commands = [];
    public string Name => "SQLite FTS5";
    public string Path { get; }

    public SqliteEngine(string path)
    {
        Path = path;
        _connection = new SqliteConnection($"Data Source={path};Pooling=False");
        _connection.Open();
        Exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA mmap_size = 4294967296; PRAGMA temp_store = MEMORY");
    }

    public Dictionary<string, string> Load(IReadOnlyList<SearchDocument> docs, Action<string, TimeSpan> phase)
    {
        Exec("CREATE TABLE items (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, committee TEXT, year INTEGER, case_number TEXT)");
        Exec("CREATE VIRTUAL TABLE fts USING fts5(title, body, decisions, tokenize = 'unicode61 remove_diacritics 0')");
        var sw = System.Diagnostics.Stopwatch.StartNew();
        using (var tx = _connection.BeginTransaction())
        {
            using var meta = _connection.CreateCommand();
            meta.Transaction = tx;
            meta.CommandText = "INSERT INTO items (rowid, id, committee, year, case_number) VALUES ($r, $id, $c, $y, $n)";
            var mr = meta.Parameters.Add("$r", SqliteType.Integer);
            var mid = meta.Parameters.Add("$id", SqliteType.Text);
            var mc = meta.Parameters.Add("$c", SqliteType.Text);
            var my = meta.Parameters.Add("$y", SqliteType.Integer);
            var mn = meta.Parameters.Add("$n", SqliteType.Text);
            meta.Prepare();
            using var fts = _connection.CreateCommand();
            fts.Transaction = tx;
            fts.CommandText = "INSERT INTO fts (rowid, title, body, decisions) VALUES ($r, $t, $b, $d)";
            var fr = fts.Parameters.Add("$r", SqliteType.Integer);
            var ft = fts.Parameters.Add("$t", SqliteType.Text);
            var fb = fts.Parameters.Add("$b", SqliteType.Text);
            var fd = fts.Parameters.Add("$d", SqliteType.Text);
            fts.Prepare();
            long rowid = 0;
            foreach (var d in docs)
            {
                rowid++;
                mr.Value = rowid; mid.Value = d.Id; mc.Value = d.Committee ?? ""; my.Value = d.MeetingDate?.Year ?? 0; mn.Value = d.CaseNumber ?? "";
                meta.ExecuteNonQuery();
                fr.Value = rowid; ft.Value = d.Title; fb.Value = SearchCorpus.Text(d); fd.Value = SearchCorpus.Decisions(d);
                fts.ExecuteNonQuery();
            }
            tx.Commit();
        }
        phase("insert (one transaction, prepared)", sw.Elapsed);
        sw.Restart();
        Exec("CREATE INDEX items_case ON items (case_number)");
        Exec("CREATE INDEX items_committee_year ON items (committee, year)");
        phase("b-tree indexes", sw.Elapsed);
        sw.Restart();
        Exec("INSERT INTO fts (fts) VALUES ('optimize')");
        phase("FTS5 optimize", sw.Elapsed);
        Exec("ANALYZE");
        return new Dictionary<string, string>
        {
            ["version"] = Scalar("SELECT sqlite_version()"),
        };
    }

    private void Exec(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private string Scalar(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private SqliteCommand Command(BenchQuery q, bool count)
    {
        var key = (q.CaseNumber, q.Committee is not null, count);
        if (!_commands.TryGetValue(key, out var cmd))
        {
            cmd = _connection.CreateCommand();
            if (q.CaseNumber)
            {
                cmd.CommandText = count
                    ? "SELECT count(*) FROM items WHERE case_number GLOB $q"
                    : "SELECT id FROM items WHERE case_number GLOB $q ORDER BY case_number LIMIT 10";
                cmd.Parameters.Add("$q", SqliteType.Text);
            }
            else
            {
                var filter = q.Committee is null ? "" : " AND items.committee = $c AND items.year = $y";
                cmd.CommandText = count
                    ? $"SELECT count(*) FROM fts JOIN items ON items.rowid = fts.rowid WHERE fts MATCH $q{filter}"
                    : $"SELECT items.id FROM fts JOIN items ON items.rowid = fts.rowid WHERE fts MATCH $q{filter} ORDER BY bm25(fts) LIMIT 10";
                cmd.Parameters.Add("$q", SqliteType.Text);
                if (q.Committee is not null)
                {
                    cmd.Parameters.Add("$c", SqliteType.Text);
                    cmd.Parameters.Add("$y", SqliteType.Integer);
                }
            }
            cmd.Prepare();
            _commands[key] = cmd;
        }
        cmd.Parameters["$q"].Value = q.CaseNumber ? q.Text.ToUpperInvariant() + "*" : SearchQueries.ToFts5(q.Text);
        if (q.Committee is not null && !q.CaseNumber)
        {
            cmd.Parameters["$c"].Value = q.Committee;
            cmd.Parameters["$y"].Value = q.Year!.Value;
        }
        return cmd;
    }

    public IReadOnlyList<string> Top10(BenchQuery query)
    {
        var cmd = Command(query, count: false);
        using var reader = cmd.ExecuteReader();
        var ids = new List<string>(10);
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    public long Count(BenchQuery query) => Convert.ToInt64(Command(query, count: true).ExecuteScalar());

    /// <summary>A raw MATCH count (for the compound comparison: "bevilling*").</summary>
    public long CountMatch(string match)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM fts WHERE fts MATCH $q";
        cmd.Parameters.AddWithValue("$q", match);
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    public void Dispose()
    {
        foreach (var c in _commands.Values) c.Dispose();
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
