using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sitrep.Events;
using Sitrep.Extraction.Output;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// The embedded store: SQLite in WAL mode with FTS5 over article text and evidence and an R*Tree over event
/// coordinates. Each document is written in one transaction, so a killed process leaves whole documents or none,
/// and re-running the same ingest converges on the same state.
/// </summary>
public sealed class SqliteEventStore : IEventStore
{
    private readonly SqliteConnection _db;
    private readonly TimeProvider _clock;

    public SqliteEventStore(string path, TimeProvider? clock = null)
    {
        _clock = clock ?? TimeProvider.System;
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _db.Open();
        Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=60000; PRAGMA foreign_keys=ON;");
        Migrate();
    }

    public void Dispose()
    {
        foreach (var c in _prepared.Values) c.Dispose();
        _db.Dispose();
    }

    private void Migrate()
    {
        using var stream = typeof(SqliteEventStore).Assembly.GetManifestResourceStream("Sitrep.Storage.Migrations.001_initial.sql")
            ?? throw new InvalidOperationException("migration 001 is not embedded");
        var sql = new StreamReader(stream).ReadToEnd();
        using var tx = _db.BeginTransaction();
        Exec(sql, tx);
        tx.Commit();
    }

    private void Exec(string sql, SqliteTransaction? tx = null)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }

    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    /// <summary>A prepared command per statement text, reused across documents (preparing costs more than running).</summary>
    private Lease Cmd(string sql, SqliteTransaction tx, params (string Name, object? Value)[] args)
    {
        if (!_prepared.TryGetValue(sql, out var cmd))
        {
            cmd = _db.CreateCommand();
            cmd.CommandText = sql;
            foreach (var (n, _) in args) cmd.Parameters.Add(new SqliteParameter(n, null));
            _prepared[sql] = cmd;
        }
        cmd.Transaction = tx;
        foreach (var (n, v) in args) cmd.Parameters[n].Value = v ?? DBNull.Value;
        return new Lease(cmd);
    }

    /// <summary>Using-friendly wrapper: disposing a lease keeps the prepared command for the next use.</summary>
    private readonly struct Lease(SqliteCommand command) : IDisposable
    {
        public object? ExecuteScalar() => command.ExecuteScalar();
        public int ExecuteNonQuery() => command.ExecuteNonQuery();
        public SqliteDataReader ExecuteReader() => command.ExecuteReader();
        public void Dispose() { }
    }

    private string Now => _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private static string Hash(string s) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(s))).ToLowerInvariant();

    /// <summary>One extracted event ready to store.</summary>
    private sealed record Row(CodedEvent Event, Document Document, string Evidence);

    public IngestOutcome Upsert(IngestedDocument source, Document extracted) => UpsertBatch([(source, extracted)])[0];

    public IReadOnlyList<IngestOutcome> UpsertBatch(IReadOnlyList<(IngestedDocument Source, Document Extracted)> batch)
    {
        // BEGIN IMMEDIATE: writers queue on the lock instead of failing to upgrade a read transaction
        using var tx = _db.BeginTransaction(deferred: false);
        var outcomes = new List<IngestOutcome>(batch.Count);
        foreach (var (source, extracted) in batch) outcomes.Add(UpsertIn(tx, source, extracted));
        tx.Commit();
        return outcomes;
    }

    private IngestOutcome UpsertIn(SqliteTransaction tx, IngestedDocument source, Document extracted)
    {
        var contentHash = Hash(source.Title + "\u0001" + source.Published?.ToString("O", CultureInfo.InvariantCulture) + "\u0001" + source.Text);
        var rows = extracted.Events.Select(e => new Row(e, extracted, extracted[e.Evidence[0]])).ToList();
        long docId;
        int version;
        using (var find = Cmd("SELECT id, content_hash, version, title, text FROM documents WHERE doc_key = $k", tx, ("$k", source.Key)))
        using (var r = find.ExecuteReader())
        {
            if (r.Read())
            {
                if (r.GetString(1) == contentHash) return IngestOutcome.Unchanged;
                docId = r.GetInt64(0);
                version = r.GetInt32(2) + 1;
                var oldTitle = r.IsDBNull(3) ? "" : r.GetString(3);
                var oldText = r.GetString(4);
                r.Close();
                UpdateDocument(tx, docId, version, source, extracted, contentHash, oldTitle, oldText);
                ReplaceEvents(tx, docId, version, source.Key, rows);
                return IngestOutcome.Updated;
            }
        }
        docId = InsertDocument(tx, source, extracted, contentHash);
        var keyHash = Hash(source.Key)[..10];
        for (int i = 0; i < rows.Count; i++) InsertEvent(tx, docId, $"e-{keyHash}-{i + 1}", source.Key, rows[i]);
        return IngestOutcome.Created;
    }

    private static string EventJson(Document d, CodedEvent e)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            EventJsonWriter.WriteEvent(w, d, e);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private long InsertDocument(SqliteTransaction tx, IngestedDocument s, Document d, string hash)
    {
        using var cmd = Cmd("""
            INSERT INTO documents (doc_key, url, title, outlet, published, published_source, content_hash, text, version, ingested_at, updated_at)
            VALUES ($k, $u, $t, $o, $p, $ps, $h, $x, 1, $now, $now) RETURNING id
            """, tx, ("$k", s.Key), ("$u", s.Url), ("$t", s.Title), ("$o", s.Outlet), ("$p", d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$ps", d.PublishedSource.ToString().ToLowerInvariant()), ("$h", hash), ("$x", s.Text), ("$now", Now));
        long id = (long)cmd.ExecuteScalar()!;
        using (var fts = Cmd("INSERT INTO documents_fts (rowid, title, text) VALUES ($id, $t, $x)", tx, ("$id", id), ("$t", s.Title ?? ""), ("$x", s.Text))) fts.ExecuteNonQuery();
        Log(tx, "create", "document", s.Key, s.Key);
        return id;
    }

    private void UpdateDocument(SqliteTransaction tx, long id, int version, IngestedDocument s, Document d, string hash, string oldTitle, string oldText)
    {
        using (var del = Cmd("INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', $id, $t, $x)", tx, ("$id", id), ("$t", oldTitle), ("$x", oldText))) del.ExecuteNonQuery();
        using (var cmd = Cmd("""
            UPDATE documents SET url = $u, title = $t, outlet = $o, published = $p, published_source = $ps, content_hash = $h, text = $x, version = $v, updated_at = $now
            WHERE id = $id
            """, tx, ("$u", s.Url), ("$t", s.Title), ("$o", s.Outlet), ("$p", d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$ps", d.PublishedSource.ToString().ToLowerInvariant()), ("$h", hash), ("$x", s.Text), ("$v", version), ("$now", Now), ("$id", id)))
            cmd.ExecuteNonQuery();
        using (var fts = Cmd("INSERT INTO documents_fts (rowid, title, text) VALUES ($id, $t, $x)", tx, ("$id", id), ("$t", s.Title ?? ""), ("$x", s.Text))) fts.ExecuteNonQuery();
        Log(tx, "update", "document", s.Key, s.Key);
    }

    /// <summary>A corrected article: events that still match keep their ids (updated), the rest are created or deleted.</summary>
    private void ReplaceEvents(SqliteTransaction tx, long docId, int version, string key, List<Row> rows)
    {
        var old = new List<(long RowId, string Id, string Sub, string? Date, double? Lat, double? Lon, string Evidence)>();
        using (var cmd = Cmd("SELECT rowid_key, id, sub_event_type, event_date, latitude, longitude, evidence FROM events WHERE document_id = $d", tx, ("$d", docId)))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                old.Add((r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetDouble(4), r.IsDBNull(5) ? null : r.GetDouble(5), r.GetString(6)));
        var pairs = new List<(int Score, int New, int Old)>();
        for (int n = 0; n < rows.Count; n++)
        {
            var e = rows[n].Event;
            for (int o = 0; o < old.Count; o++)
            {
                int score = (old[o].Sub == e.Type.SubType ? 3 : 0) + (old[o].Date == e.Date?.Representative.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ? 2 : 0)
                    + (old[o].Evidence == rows[n].Evidence ? 3 : 0)
                    + (old[o].Lat is double la && old[o].Lon is double lo && e.Location is { } l && Place.DistanceKm(la, lo, l.Value.Lat, l.Value.Lon) <= 25 ? 2 : 0);
                if (score >= 4) pairs.Add((score, n, o));
            }
        }
        var usedNew = new HashSet<int>();
        var usedOld = new HashSet<int>();
        foreach (var (_, n, o) in pairs.OrderByDescending(p => p.Score))
        {
            if (usedNew.Contains(n) || usedOld.Contains(o)) continue;
            usedNew.Add(n); usedOld.Add(o);
            DeleteEventRow(tx, old[o].RowId, old[o].Id, key, log: false);
            InsertEvent(tx, docId, old[o].Id, key, rows[n], op: "update");
        }
        var keyHash = Hash(key)[..10];
        for (int n = 0; n < rows.Count; n++)
            if (!usedNew.Contains(n)) InsertEvent(tx, docId, $"e-{keyHash}-v{version}-{n + 1}", key, rows[n]);
        for (int o = 0; o < old.Count; o++)
            if (!usedOld.Contains(o)) DeleteEventRow(tx, old[o].RowId, old[o].Id, key, log: true);
    }

    private void DeleteEventRow(SqliteTransaction tx, long rowId, string id, string key, bool log)
    {
        using (var fts = Cmd("INSERT INTO events_fts (events_fts, rowid, evidence) SELECT 'delete', rowid_key, evidence FROM events WHERE rowid_key = $r", tx, ("$r", rowId))) fts.ExecuteNonQuery();
        using (var rt = Cmd("DELETE FROM events_rtree WHERE id = $r", tx, ("$r", rowId))) rt.ExecuteNonQuery();
        using (var del = Cmd("DELETE FROM events WHERE rowid_key = $r", tx, ("$r", rowId))) del.ExecuteNonQuery();
        if (log) Log(tx, "delete", "event", id, key);
    }

    private void InsertEvent(SqliteTransaction tx, long docId, string id, string key, Row row, string op = "create")
    {
        var e = row.Event;
        var loc = e.Location?.Value;
        using var cmd = Cmd("""
            INSERT INTO events (id, document_id, cluster_id, event_type, sub_event_type, plover, event_date, time_precision, actor1, actor1_country, inter1,
                                actor2, actor2_country, inter2, location, latitude, longitude, country, admin1, geo_precision, geonameid, fatalities, weapon,
                                modality, evidence, confidence, json)
            VALUES ($id, $doc, $id, $t, $st, $pl, $date, $tp, $a1, $a1c, $i1, $a2, $a2c, $i2, $loc, $lat, $lon, $cty, $adm, $gp, $gid, $fat, $wp, $mod, $ev, $conf, $json)
            RETURNING rowid_key
            """, tx, ("$id", id), ("$doc", docId), ("$t", e.Type.Type), ("$st", e.Type.SubType), ("$pl", e.Type.Plover),
            ("$date", e.Date?.Representative.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$tp", e.Date?.AcledPrecision ?? 3),
            ("$a1", e.Actor1?.Value.Name), ("$a1c", e.Actor1?.Value.Country), ("$i1", e.Actor1?.Value.Inter),
            ("$a2", e.Actor2?.Value.Name), ("$a2c", e.Actor2?.Value.Country), ("$i2", e.Actor2?.Value.Inter),
            ("$loc", loc?.Name), ("$lat", loc?.Lat), ("$lon", loc?.Lon), ("$cty", loc?.Place.Country), ("$adm", loc?.Place.Admin1), ("$gp", loc?.GeoPrecision),
            ("$gid", loc?.Place.GeonameId), ("$fat", e.Fatalities?.Value), ("$wp", e.Weapon?.Value), ("$mod", e.Modality.ToString().ToLowerInvariant()),
            ("$ev", row.Evidence), ("$conf", e.Confidence), ("$json", EventJson(row.Document, e with { Id = id })));
        long rowId = (long)cmd.ExecuteScalar()!;
        using (var fts = Cmd("INSERT INTO events_fts (rowid, evidence) VALUES ($r, $ev)", tx, ("$r", rowId), ("$ev", row.Evidence))) fts.ExecuteNonQuery();
        if (loc is not null)
            using (var rt = Cmd("INSERT INTO events_rtree (id, min_lat, max_lat, min_lon, max_lon) VALUES ($r, $la, $la, $lo, $lo)", tx, ("$r", rowId), ("$la", loc.Lat), ("$lo", loc.Lon))) rt.ExecuteNonQuery();
        Log(tx, op, "event", id, key);
        Cluster(tx, rowId, id, e, docId);
    }

    /// <summary>
    /// Joins the event to the clusters of other reports of the same incident — same type, dates at most a day apart,
    /// within 25 km, no conflicting actors — merging clusters the new report links; a cluster is named by its oldest event.
    /// </summary>
    private void Cluster(SqliteTransaction tx, long rowId, string id, CodedEvent e, long docId)
    {
        if (e.Location is not { } l || e.Date is not { } date || e.Date.AcledPrecision > 2) return;
        var day = date.Representative;
        const double pad = 0.25;
        var clusters = new SortedSet<string>(StringComparer.Ordinal) { id };
        using (var cmd = Cmd("""
            SELECT e.cluster_id, e.latitude, e.longitude, e.actor1_country, e.inter1, e.actor2_country, e.inter2
            FROM events_rtree r JOIN events e ON e.rowid_key = r.id
            WHERE r.min_lat BETWEEN $la0 AND $la1 AND r.min_lon BETWEEN $lo0 AND $lo1
              AND e.document_id <> $doc AND (e.event_type = $t OR (e.event_type IN ($v1, $v2, $v3) AND $t IN ($v1, $v2, $v3)))
              AND e.event_date BETWEEN $d0 AND $d1 AND e.time_precision <= 2
            LIMIT 200
            """, tx, ("$la0", l.Value.Lat - pad), ("$la1", l.Value.Lat + pad), ("$lo0", l.Value.Lon - pad), ("$lo1", l.Value.Lon + pad), ("$doc", docId),
            ("$t", e.Type.Type), ("$v1", EventType.Battles), ("$v2", EventType.Explosions), ("$v3", EventType.ViolenceAgainstCivilians), ("$d0", day.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$d1", day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                if (Place.DistanceKm(r.GetDouble(1), r.GetDouble(2), l.Value.Lat, l.Value.Lon) > 25) continue;
                if (!Compatible(e.Actor1?.Value, r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetInt32(4))) continue;
                if (!Compatible(e.Actor2?.Value, r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetInt32(6))) continue;
                clusters.Add(r.GetString(0));
            }
        }
        if (clusters.Count == 1) return;
        var target = clusters.Min!;
        foreach (var c in clusters.Where(c => c != target))
            using (var upd = Cmd("UPDATE events SET cluster_id = $t WHERE cluster_id = $c", tx, ("$t", target), ("$c", c))) upd.ExecuteNonQuery();
    }

    private static bool Compatible(Actor? a, string? country, int? inter) =>
        a is null || (country is null && inter is null) || ((a.Country is null || country is null || a.Country == country) && (a.Inter is null || inter is null || a.Inter == inter || a.Inter == 8 || inter == 8));

    private void Log(SqliteTransaction tx, string op, string entity, string id, string? document)
    {
        using var cmd = Cmd("INSERT INTO changes (at, op, entity, entity_id, document) VALUES ($at, $op, $en, $id, $doc)", tx,
            ("$at", Now), ("$op", op), ("$en", entity), ("$id", id), ("$doc", document));
        cmd.ExecuteNonQuery();
    }

    private const string EventColumns = "e.id, e.cluster_id, d.doc_key, e.event_type, e.sub_event_type, e.event_date, e.latitude, e.longitude, e.country, e.fatalities, e.json";

    public IReadOnlyList<StoredEvent> Events(EventQuery q)
    {
        using var cmd = _db.CreateCommand();
        var sql = new StringBuilder($"SELECT {EventColumns} FROM events e JOIN documents d ON d.id = e.document_id");
        sql.Append(Filter(q, cmd));
        sql.Append(" ORDER BY coalesce(e.event_date, ''), e.id LIMIT $limit");
        cmd.Parameters.AddWithValue("$limit", q.Limit);
        cmd.CommandText = sql.ToString();
        return ReadEvents(cmd);
    }

    private static StoredEvent ReadEvent(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5),
            r.IsDBNull(6) ? null : r.GetDouble(6), r.IsDBNull(7) ? null : r.GetDouble(7), r.IsDBNull(8) ? null : r.GetString(8), r.IsDBNull(9) ? null : r.GetInt32(9), r.GetString(10));

    private static List<StoredEvent> ReadEvents(SqliteCommand cmd)
    {
        var result = new List<StoredEvent>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) result.Add(ReadEvent(r));
        return result;
    }

    public EventDetail? Event(string id)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = $"SELECT {EventColumns}, d.text, d.title, d.url, d.published FROM events e JOIN documents d ON d.id = e.document_id WHERE e.id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        StoredEvent ev;
        string text;
        string? title, url, published;
        using (var r = cmd.ExecuteReader())
        {
            if (!r.Read()) return null;
            ev = ReadEvent(r);
            text = r.GetString(11);
            title = r.IsDBNull(12) ? null : r.GetString(12);
            url = r.IsDBNull(13) ? null : r.GetString(13);
            published = r.IsDBNull(14) ? null : r.GetString(14);
        }
        using var mates = _db.CreateCommand();
        mates.CommandText = $"SELECT {EventColumns} FROM events e JOIN documents d ON d.id = e.document_id WHERE e.cluster_id = $c AND e.id <> $id ORDER BY e.id LIMIT 100";
        mates.Parameters.AddWithValue("$c", ev.ClusterId);
        mates.Parameters.AddWithValue("$id", id);
        return new EventDetail(ev, text, title, url, published, ReadEvents(mates));
    }

    public IReadOnlyList<DayCount> Stats(EventQuery q)
    {
        using var cmd = _db.CreateCommand();
        var sql = new StringBuilder("SELECT e.event_date, e.event_type, count(*) FROM events e JOIN documents d ON d.id = e.document_id");
        sql.Append(Filter(q with { After = null }, cmd, requireDate: true));
        sql.Append(" GROUP BY e.event_date, e.event_type ORDER BY e.event_date");
        cmd.CommandText = sql.ToString();
        var result = new List<DayCount>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) result.Add(new DayCount(r.GetString(0), r.GetString(1), r.GetInt32(2)));
        return result;
    }

    /// <summary>The joins and WHERE clause of a query, with its parameters added to <paramref name="cmd"/>.</summary>
    private static string Filter(EventQuery q, SqliteCommand cmd, bool requireDate = false)
    {
        var sql = new StringBuilder();
        var where = new List<string>();
        if (requireDate) where.Add("e.event_date IS NOT NULL");
        if (q.BoundingBox is { } b)
        {
            sql.Append(" JOIN events_rtree r ON r.id = e.rowid_key");
            where.Add("r.min_lat >= $s AND r.max_lat <= $n AND r.min_lon >= $w AND r.max_lon <= $e");
            cmd.Parameters.AddWithValue("$s", b.MinLat); cmd.Parameters.AddWithValue("$n", b.MaxLat);
            cmd.Parameters.AddWithValue("$w", b.MinLon); cmd.Parameters.AddWithValue("$e", b.MaxLon);
        }
        if (q.Text is { } text)
        {
            where.Add("e.rowid_key IN (SELECT rowid FROM events_fts WHERE events_fts MATCH $q)");
            cmd.Parameters.AddWithValue("$q", text);
        }
        if (q.From is { } from) { where.Add("e.event_date >= $from"); cmd.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); }
        if (q.To is { } to) { where.Add("e.event_date <= $to"); cmd.Parameters.AddWithValue("$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); }
        if (q.EventType is { } type) { where.Add("(e.event_type = $type OR e.sub_event_type = $type)"); cmd.Parameters.AddWithValue("$type", type); }
        if (q.Actor is { } actor) { where.Add("(e.actor1 LIKE $actor OR e.actor2 LIKE $actor)"); cmd.Parameters.AddWithValue("$actor", "%" + actor + "%"); }
        if (q.After is { } after)
        {
            where.Add("(coalesce(e.event_date, '') > $ad OR (coalesce(e.event_date, '') = $ad AND e.id > $aid))");
            cmd.Parameters.AddWithValue("$ad", after.Date);
            cmd.Parameters.AddWithValue("$aid", after.Id);
        }
        if (where.Count > 0) sql.Append(" WHERE ").Append(string.Join(" AND ", where));
        return sql.ToString();
    }

    public IReadOnlyList<ChangeRecord> Changes(long afterSeq = 0, DateTimeOffset? since = null)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT seq, at, op, entity, entity_id, document FROM changes WHERE seq > $seq AND at >= $since ORDER BY seq";
        cmd.Parameters.AddWithValue("$seq", afterSeq);
        cmd.Parameters.AddWithValue("$since", (since ?? DateTimeOffset.MinValue).ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        var result = new List<ChangeRecord>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            result.Add(new ChangeRecord(r.GetInt64(0), DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture), r.GetString(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5)));
        return result;
    }

    public StoreCounts Counts()
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), (SELECT count(DISTINCT cluster_id) FROM events), (SELECT coalesce(max(seq), 0) FROM changes)";
        using var r = cmd.ExecuteReader();
        r.Read();
        return new StoreCounts(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt64(3));
    }
}
