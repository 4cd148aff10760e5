using System.Data.Common;
using Microsoft.Data.Sqlite;
using Sitrep.Storage.Relational;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// The embedded store: SQLite in WAL mode with FTS5 over article text and evidence and an R*Tree over event
/// coordinates. A killed process leaves whole batches or none; re-running the same ingest converges on the same state.
/// </summary>
public sealed class SqliteEventStore : RelationalEventStore
{
    public SqliteEventStore(string path, TimeProvider? clock = null)
        : base(new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()), clock)
    {
        Db.Open();
        Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=60000; PRAGMA foreign_keys=ON;");
        Migrate("Sitrep.Storage.Migrations.001_initial.sql");
        EnsureClusteringVersion();
    }

    // BEGIN IMMEDIATE: writers queue on the lock instead of failing to upgrade a read transaction
    protected override DbTransaction BeginWrite() => ((SqliteConnection)Db).BeginTransaction(deferred: false);

    protected override void DocumentIndexed(DbTransaction tx, long id, string title, string text)
    {
        using var c = Cmd("INSERT INTO documents_fts (rowid, title, text) VALUES (@id, @t, @x)", tx, ("@id", id), ("@t", title), ("@x", text));
        c.ExecuteNonQuery();
    }

    protected override void DocumentUnindexed(DbTransaction tx, long id, string title, string text)
    {
        using var c = Cmd("INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', @id, @t, @x)", tx, ("@id", id), ("@t", title), ("@x", text));
        c.ExecuteNonQuery();
    }

    protected override void EventIndexed(DbTransaction tx, long rowId, string evidence, double? lat, double? lon)
    {
        using (var fts = Cmd("INSERT INTO events_fts (rowid, evidence) VALUES (@r, @ev)", tx, ("@r", rowId), ("@ev", evidence))) fts.ExecuteNonQuery();
        if (lat is not null && lon is not null)
            using (var rt = Cmd("INSERT INTO events_rtree (id, min_lat, max_lat, min_lon, max_lon) VALUES (@r, @la, @la, @lo, @lo)", tx, ("@r", rowId), ("@la", lat), ("@lo", lon))) rt.ExecuteNonQuery();
    }

    protected override void EventUnindexed(DbTransaction tx, long rowId)
    {
        using (var fts = Cmd("INSERT INTO events_fts (events_fts, rowid, evidence) SELECT 'delete', rowid_key, evidence FROM events WHERE rowid_key = @r", tx, ("@r", rowId))) fts.ExecuteNonQuery();
        using (var rt = Cmd("DELETE FROM events_rtree WHERE id = @r", tx, ("@r", rowId))) rt.ExecuteNonQuery();
    }

    protected override (string Join, string Where) BoxFilter =>
        (" JOIN events_rtree r ON r.id = e.rowid_key", "r.min_lat >= @s AND r.max_lat <= @n AND r.min_lon >= @w AND r.max_lon <= @e");

    protected override string FeatureCodeSql => "json_extract(e.json, '$.location.feature_code')";
    // (events stored before the field existed: a day-precise date stands for a named day, as it did then)
    protected override string DayNamedSql =>
        "(CASE json_type(e.json, '$.day_named') WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' ELSE (CASE WHEN e.time_precision = 1 THEN 'true' ELSE 'false' END) END)";
    protected override string TextFilter => "e.rowid_key IN (SELECT rowid FROM events_fts WHERE events_fts MATCH @q)";
}
