using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Data.Common;
using Sitrep.Events;
using Sitrep.Extraction.Output;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Storage.Relational;

/// <summary>
/// The event store's logic, shared by SQLite and PostgreSQL: idempotent, versioned document upserts in one transaction
/// per batch, stable event ids across corrections, a change log and cross-report clustering. Dialects supply the
/// connection, the migration, and the few statements that differ (full-text and spatial indexes, write locking).
/// </summary>
public abstract class RelationalEventStore : IEventStore
{
    protected DbConnection Db { get; }
    private readonly TimeProvider _clock;

    protected RelationalEventStore(DbConnection connection, TimeProvider? clock)
    {
        _clock = clock ?? TimeProvider.System;
        Db = connection;
    }

    public void Dispose()
    {
        foreach (var c in _prepared.Values) c.Dispose();
        Db.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs an embedded migration script in one transaction.</summary>
    protected void Migrate(string resource)
    {
        using var stream = typeof(RelationalEventStore).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"migration {resource} is not embedded");
        var sql = new StreamReader(stream).ReadToEnd();
        using var tx = Db.BeginTransaction();
        Exec(sql, tx);
        tx.Commit();
    }

    protected void Exec(string sql, DbTransaction? tx = null)
    {
        using var cmd = Db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }

    // ---- what each dialect writes or reads differently ----

    /// <summary>A write transaction that serialises writers (SQLite BEGIN IMMEDIATE, PostgreSQL an advisory lock).</summary>
    protected abstract DbTransaction BeginWrite();
    protected virtual void DocumentIndexed(DbTransaction tx, long id, string title, string text) { }
    protected virtual void DocumentUnindexed(DbTransaction tx, long id, string title, string text) { }
    protected virtual void EventIndexed(DbTransaction tx, long rowId, string evidence, double? lat, double? lon) { }
    protected virtual void EventUnindexed(DbTransaction tx, long rowId) { }
    /// <summary>The join and condition restricting events to a box (@s, @n, @w, @e).</summary>
    protected abstract (string Join, string Where) BoxFilter { get; }
    /// <summary>The condition matching evidence against a full-text query (@q).</summary>
    protected abstract string TextFilter { get; }
    /// <summary>An event row's (alias e) location feature code, read from its stored JSON.</summary>
    protected abstract string FeatureCodeSql { get; }
    /// <summary>Whether an event row's (alias e) own text names its day, read from its stored JSON as the text 'true' or 'false'.</summary>
    protected abstract string DayNamedSql { get; }

    private readonly Dictionary<string, DbCommand> _prepared = new(StringComparer.Ordinal);

    /// <summary>A prepared command per statement text, reused across documents (preparing costs more than running).</summary>
    protected Lease Cmd(string sql, DbTransaction? tx, params (string Name, object? Value)[] args)
    {
        if (!_prepared.TryGetValue(sql, out var cmd))
        {
            cmd = Db.CreateCommand();
            cmd.CommandText = sql;
            foreach (var (n, _) in args)
            {
                var p = cmd.CreateParameter();
                p.ParameterName = n;
                cmd.Parameters.Add(p);
            }
            _prepared[sql] = cmd;
        }
        cmd.Transaction = tx;
        foreach (var (n, v) in args) cmd.Parameters[n].Value = v ?? DBNull.Value;
        return new Lease(cmd);
    }

    /// <summary>Using-friendly wrapper: disposing a lease keeps the prepared command for the next use.</summary>
    protected readonly struct Lease(DbCommand command) : IDisposable
    {
        public object? ExecuteScalar() => command.ExecuteScalar();
        public int ExecuteNonQuery() => command.ExecuteNonQuery();
        public DbDataReader ExecuteReader() => command.ExecuteReader();
        public void Dispose() { }
    }

    private string Now => _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private static string Hash(string s) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(s))).ToLowerInvariant();

    /// <summary>One extracted event ready to store.</summary>
    private sealed record Row(CodedEvent Event, Document Document, string Evidence);

    public IngestOutcome Upsert(IngestedDocument source, Document extracted)
    {
        var outcome = UpsertBatch([(source, extracted)])[0];
        Regroup();
        return outcome;
    }

    public IReadOnlyList<IngestOutcome> UpsertBatch(IReadOnlyList<(IngestedDocument Source, Document Extracted)> batch)
    {
        using var tx = BeginWrite();
        var outcomes = new List<IngestOutcome>(batch.Count);
        var days = new HashSet<DateOnly>();
        foreach (var (source, extracted) in batch)
        {
            var outcome = UpsertIn(tx, source, extracted, days);
            if (outcome != IngestOutcome.Unchanged)
                foreach (var e in extracted.Events)
                    if (ClusterDay(e, extracted.Published) is { } day) days.Add(day);
            outcomes.Add(outcome);
        }
        foreach (var day in days)
            using (var pending = Cmd("INSERT INTO recluster_pending (day) SELECT @d WHERE NOT EXISTS (SELECT 1 FROM recluster_pending WHERE day = @d)", tx,
                ("@d", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))))
                pending.ExecuteNonQuery();
        tx.Commit();
        return outcomes;
    }

    /// <summary>Stores one document; a correction adds to <paramref name="days"/> the days of the events it replaces.</summary>
    private IngestOutcome UpsertIn(DbTransaction tx, IngestedDocument source, Document extracted, HashSet<DateOnly> days)
    {
        var contentHash = Hash(source.Title + "\u0001" + source.Published?.ToString("O", CultureInfo.InvariantCulture) + "\u0001" + source.Text);
        var rows = extracted.Events.Select(e => new Row(e, extracted, extracted[e.Evidence[0]])).ToList();
        long docId;
        int version;
        using (var find = Cmd("SELECT id, content_hash, version, title, text FROM documents WHERE doc_key = @k", tx, ("@k", source.Key)))
        using (var r = find.ExecuteReader())
        {
            if (r.Read())
            {
                if (r.GetString(1) == contentHash) return IngestOutcome.Unchanged;
                docId = r.GetInt64(0);
                version = Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture) + 1;
                var oldTitle = r.IsDBNull(3) ? "" : r.GetString(3);
                var oldText = r.GetString(4);
                r.Close();
                using (var old = Cmd("SELECT coalesce(e.event_date, d.published) FROM events e JOIN documents d ON d.id = e.document_id WHERE e.document_id = @d", tx, ("@d", docId)))
                using (var o = old.ExecuteReader())
                    while (o.Read())
                        if (!o.IsDBNull(0)) days.Add(Day(o.GetString(0)));
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

    private long InsertDocument(DbTransaction tx, IngestedDocument s, Document d, string hash)
    {
        using var cmd = Cmd("""
            INSERT INTO documents (doc_key, url, title, outlet, published, published_source, content_hash, text, version, ingested_at, updated_at)
            VALUES (@k, @u, @t, @o, @p, @ps, @h, @x, 1, @now, @now) RETURNING id
            """, tx, ("@k", s.Key), ("@u", s.Url), ("@t", s.Title), ("@o", s.Outlet), ("@p", d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("@ps", d.PublishedSource.ToString().ToLowerInvariant()), ("@h", hash), ("@x", s.Text), ("@now", Now));
        long id = Convert.ToInt64(cmd.ExecuteScalar()!, CultureInfo.InvariantCulture);
        DocumentIndexed(tx, id, s.Title ?? "", s.Text);
        Log(tx, "create", "document", s.Key, s.Key);
        return id;
    }

    private void UpdateDocument(DbTransaction tx, long id, int version, IngestedDocument s, Document d, string hash, string oldTitle, string oldText)
    {
        DocumentUnindexed(tx, id, oldTitle, oldText);
        using (var cmd = Cmd("""
            UPDATE documents SET url = @u, title = @t, outlet = @o, published = @p, published_source = @ps, content_hash = @h, text = @x, version = @v, updated_at = @now
            WHERE id = @id
            """, tx, ("@u", s.Url), ("@t", s.Title), ("@o", s.Outlet), ("@p", d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("@ps", d.PublishedSource.ToString().ToLowerInvariant()), ("@h", hash), ("@x", s.Text), ("@v", version), ("@now", Now), ("@id", id)))
            cmd.ExecuteNonQuery();
        DocumentIndexed(tx, id, s.Title ?? "", s.Text);
        Log(tx, "update", "document", s.Key, s.Key);
    }

    /// <summary>A corrected article: events that still match keep their ids (updated), the rest are created or deleted.</summary>
    private void ReplaceEvents(DbTransaction tx, long docId, int version, string key, List<Row> rows)
    {
        var old = new List<(long RowId, string Id, string Sub, string? Date, double? Lat, double? Lon, string Evidence, string Cluster)>();
        using (var cmd = Cmd("SELECT rowid_key, id, sub_event_type, event_date, latitude, longitude, evidence, cluster_id FROM events WHERE document_id = @d", tx, ("@d", docId)))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                old.Add((r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetDouble(4), r.IsDBNull(5) ? null : r.GetDouble(5), r.GetString(6), r.GetString(7)));
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
            // (one that can no longer be clustered, having lost its place or its day, is a cluster of its own again)
            bool clusterable = rows[n].Event.Location is not null && ClusterDay(rows[n].Event, rows[n].Document.Published) is not null;
            InsertEvent(tx, docId, old[o].Id, key, rows[n], op: "update", kept: (old[o].RowId, clusterable ? old[o].Cluster : old[o].Id));
        }
        var keyHash = Hash(key)[..10];
        for (int n = 0; n < rows.Count; n++)
            if (!usedNew.Contains(n)) InsertEvent(tx, docId, $"e-{keyHash}-v{version}-{n + 1}", key, rows[n]);
        for (int o = 0; o < old.Count; o++)
            if (!usedOld.Contains(o)) DeleteEventRow(tx, old[o].RowId, old[o].Id, key, log: true);
    }

    private void DeleteEventRow(DbTransaction tx, long rowId, string id, string key, bool log)
    {
        EventUnindexed(tx, rowId);
        using (var del = Cmd("DELETE FROM events WHERE rowid_key = @r", tx, ("@r", rowId))) del.ExecuteNonQuery();
        if (log) Log(tx, "delete", "event", id, key);
    }

    /// <summary>
    /// Stores one event and logs it. A corrected event (<paramref name="kept"/>) keeps its row and cluster: it stays the
    /// event stored first of its incident, whose id the incident keeps, and does not leave its cluster until a regroup says so.
    /// </summary>
    private void InsertEvent(DbTransaction tx, long docId, string id, string key, Row row, string op = "create", (long Row, string Cluster)? kept = null)
    {
        var e = row.Event;
        var loc = e.Location?.Value;
        (string Name, object? Value)[] args =
        [
            ("@id", id), ("@cl", kept?.Cluster ?? id), ("@doc", docId), ("@t", e.Type.Type), ("@st", e.Type.SubType), ("@pl", e.Type.Plover),
            ("@date", e.Date?.Representative.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("@tp", e.Date?.AcledPrecision ?? 3),
            ("@a1", e.Actor1?.Value.Name), ("@a1c", e.Actor1?.Value.Country), ("@i1", e.Actor1?.Value.Inter),
            ("@a2", e.Actor2?.Value.Name), ("@a2c", e.Actor2?.Value.Country), ("@i2", e.Actor2?.Value.Inter),
            ("@loc", loc?.Name), ("@lat", loc?.Lat), ("@lon", loc?.Lon), ("@cty", loc?.Place.Country), ("@adm", loc?.Place.Admin1), ("@gp", loc?.GeoPrecision),
            ("@gid", loc?.Place.GeonameId), ("@fat", e.Fatalities?.Value), ("@wp", e.Weapon?.Value), ("@mod", e.Modality.ToString().ToLowerInvariant()),
            ("@ev", row.Evidence), ("@conf", e.Confidence), ("@json", EventJson(row.Document, e with { Id = id })),
        ];
        using var cmd = kept is { } k ? Cmd(InsertKeptEventSql, tx, [("@rk", k.Row), .. args]) : Cmd(InsertEventSql, tx, args);
        long rowId = Convert.ToInt64(cmd.ExecuteScalar()!, CultureInfo.InvariantCulture);
        EventIndexed(tx, rowId, row.Evidence, loc?.Lat, loc?.Lon);
        Log(tx, op, "event", id, key);
    }

    private const string InsertEventSql = """
        INSERT INTO events (id, document_id, cluster_id, event_type, sub_event_type, plover, event_date, time_precision, actor1, actor1_country, inter1,
                            actor2, actor2_country, inter2, location, latitude, longitude, country, admin1, geo_precision, geonameid, fatalities, weapon,
                            modality, evidence, confidence, json)
        VALUES (@id, @doc, @cl, @t, @st, @pl, @date, @tp, @a1, @a1c, @i1, @a2, @a2c, @i2, @loc, @lat, @lon, @cty, @adm, @gp, @gid, @fat, @wp, @mod, @ev, @conf, @json)
        RETURNING rowid_key
        """;

    private static readonly string InsertKeptEventSql = InsertEventSql.Replace("(id,", "(rowid_key, id,").Replace("VALUES (@id,", "VALUES (@rk, @id,");

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The day an event is clustered on: its own, or its report's when it has none (as ACLED codes it); none when only the month is known.</summary>
    private static DateOnly? ClusterDay(CodedEvent e, DateOnly? published) => e.Date switch
    {
        { AcledPrecision: <= 2 } date => date.Representative,
        null => published,
        _ => null,
    };

    /// <summary>
    /// Events whose clusters touch days @a–@b, with the clusters' members on other days. The coalesce keeps SQLite from
    /// walking every undated event through the date index.
    /// </summary>
    private const string NeighbourhoodSql = """
        SELECT e.id, e.cluster_id, e.document_id, e.event_type, e.event_date, e.latitude, e.longitude, e.geo_precision,
               e.admin1, e.country, e.actor1_country, e.actor2_country, e.fatalities, d.published, d.doc_key, e.rowid_key,
               e.geonameid, e.location, {0}, {1}
        FROM events e JOIN documents d ON d.id = e.document_id
        WHERE e.latitude IS NOT NULL AND e.longitude IS NOT NULL
          AND (e.event_date IS NOT NULL AND e.time_precision <= 2 OR e.event_date IS NULL AND d.published IS NOT NULL)
          AND e.cluster_id IN (
              SELECT w.cluster_id FROM events w WHERE w.event_date BETWEEN @a AND @b
              UNION
              SELECT w.cluster_id FROM documents v JOIN events w ON w.document_id = v.id WHERE v.published BETWEEN @a AND @b AND coalesce(w.event_date, '') = '')
        """;

    public void Regroup()
    {
        using var tx = BeginWrite();
        var days = new List<DateOnly>();
        using (var cmd = Cmd("SELECT day FROM recluster_pending", tx))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) days.Add(Day(r.GetString(0)));
        if (days.Count == 0) return;
        Recluster(tx, days);
        using (var del = Cmd("DELETE FROM recluster_pending", tx)) del.ExecuteNonQuery();
        tx.Commit();
    }

    /// <summary>
    /// Re-evaluates the clusters around the given days: a report that arrives late, a corrected article or a deleted event
    /// regroups its neighbours (see <see cref="IncidentClusterer"/>), so the store ends as if it had been built in one go,
    /// in any order. A change can travel: taking one link may free or block the next along a run of daily reports of one
    /// town, so a window whose edge days changed is widened until they do not.
    /// </summary>
    private void Recluster(DbTransaction tx, IEnumerable<DateOnly> days)
    {
        var windows = Runs(days.Select(d => (d.AddDays(-2), d.AddDays(2))));
        while (true)
        {
            var items = new Dictionary<string, ClusterItem>(StringComparer.Ordinal);
            var stored = new Dictionary<string, (string Cluster, string Document, long Row)>(StringComparer.Ordinal);
            foreach (var (first, last) in windows)
            {
                using var cmd = Cmd(string.Format(CultureInfo.InvariantCulture, NeighbourhoodSql, FeatureCodeSql, DayNamedSql), tx, ("@a", first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("@b", last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                using var r = cmd.ExecuteReader();
                static int? Int(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);
                static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
                while (r.Read())
                {
                    var id = r.GetString(0);
                    if (stored.ContainsKey(id)) continue;
                    // an undated event counts as of its report's date, as ACLED codes it
                    items[id] = new ClusterItem(id, r.GetInt64(2), r.GetString(3), Day(r.GetString(r.IsDBNull(4) ? 13 : 4)).DayNumber, r.GetDouble(5), r.GetDouble(6),
                        Int(r, 7) ?? 1, Str(r, 8), Str(r, 9), Str(r, 10), Str(r, 11), Int(r, 12),
                        ClusterItem.SiteOf(Str(r, 18), r.IsDBNull(16) ? null : Convert.ToInt64(r.GetValue(16), CultureInfo.InvariantCulture), Str(r, 17)),
                        Dated: !r.IsDBNull(4) && Str(r, 19) == "true", ByPublication: r.IsDBNull(4));
                    stored[id] = (r.GetString(1), r.GetString(14), r.GetInt64(15));
                }
            }
            var clusters = KeepNames(IncidentClusterer.Cluster([.. items.Values]), stored);
            var changed = clusters.Where(c => stored[c.Key].Cluster != c.Value).Select(c => DateOnly.FromDayNumber(items[c.Key].Day)).ToList();
            var wider = Runs(windows.Select(w => (
                changed.Any(d => d <= w.First.AddDays(1) && d >= w.First.AddDays(-2)) ? w.First.AddDays(-2) : w.First,
                changed.Any(d => d >= w.Last.AddDays(-1) && d <= w.Last.AddDays(2)) ? w.Last.AddDays(2) : w.Last)));
            if (!wider.SequenceEqual(windows)) { windows = wider; continue; }
            // a move is an update of the event's record (its cluster_id is exported), so it is logged as one
            foreach (var (id, cluster) in clusters.Where(c => stored[c.Key].Cluster != c.Value).OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                using (var upd = Cmd("UPDATE events SET cluster_id = @c WHERE id = @id", tx, ("@c", cluster), ("@id", id))) upd.ExecuteNonQuery();
                Log(tx, "update", "event", id, stored[id].Document);
            }
            return;
        }
    }

    /// <summary>
    /// Cluster names that outlive the reports joining them: of the names its events carry that are ids of its own events,
    /// a cluster keeps the one of the event stored first, so an incident's id stays when later reports join it or when
    /// it splits (the least event id when none qualifies). Names are event ids and clusters disjoint, so no two clusters
    /// keep one name.
    /// </summary>
    private static Dictionary<string, string> KeepNames(Dictionary<string, string> clusters, Dictionary<string, (string Cluster, string Document, long Row)> stored)
    {
        var named = new Dictionary<string, string>(clusters.Count, StringComparer.Ordinal);
        foreach (var members in clusters.GroupBy(c => c.Value, c => c.Key, StringComparer.Ordinal))
        {
            var own = members.ToHashSet(StringComparer.Ordinal);
            var name = members.Select(id => stored[id].Cluster).Where(own.Contains).Distinct(StringComparer.Ordinal)
                .OrderBy(n => stored[n].Row).FirstOrDefault() ?? members.Key;
            foreach (var id in members) named[id] = name;
        }
        return named;
    }

    /// <summary>Day ranges merged where they overlap or touch.</summary>
    private static List<(DateOnly First, DateOnly Last)> Runs(IEnumerable<(DateOnly First, DateOnly Last)> ranges)
    {
        var runs = new List<(DateOnly First, DateOnly Last)>();
        foreach (var (first, last) in ranges.OrderBy(r => r.First))
            if (runs.Count > 0 && first.DayNumber <= runs[^1].Last.DayNumber + 1) runs[^1] = (runs[^1].First, last > runs[^1].Last ? last : runs[^1].Last);
            else runs.Add((first, last));
        return runs;
    }

    /// <summary>Regroups the whole store when it was clustered by another version of the rules (or never), else what is pending.</summary>
    protected void EnsureClusteringVersion()
    {
        int? Version(DbTransaction? tx)
        {
            using var cmd = Cmd("SELECT max(version) FROM clustering_state", tx);
            return cmd.ExecuteScalar() is { } v and not DBNull ? Convert.ToInt32(v, CultureInfo.InvariantCulture) : null;
        }
        // (read first without the write lock: a server opening a current store takes no lock; what a killed ingest left
        // to regroup is regrouped now)
        if (Version(null) == IncidentClusterer.Version)
        {
            using var pending = Cmd("SELECT count(*) FROM recluster_pending", null);
            if (Convert.ToInt64(pending.ExecuteScalar(), CultureInfo.InvariantCulture) > 0) Regroup();
            return;
        }
        using var tx = BeginWrite();
        if (Version(tx) == IncidentClusterer.Version) return;
        var days = new List<DateOnly>();
        using (var cmd = Cmd("SELECT DISTINCT coalesce(e.event_date, d.published) FROM events e JOIN documents d ON d.id = e.document_id", tx))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                if (!r.IsDBNull(0)) days.Add(Day(r.GetString(0)));
        if (days.Count > 0) Recluster(tx, days);
        using (var del = Cmd("DELETE FROM recluster_pending", tx)) del.ExecuteNonQuery();
        using (var del = Cmd("DELETE FROM clustering_state", tx)) del.ExecuteNonQuery();
        using (var ins = Cmd("INSERT INTO clustering_state (version) VALUES (@v)", tx, ("@v", IncidentClusterer.Version))) ins.ExecuteNonQuery();
        tx.Commit();
    }

    private void Log(DbTransaction tx, string op, string entity, string id, string? document)
    {
        using var cmd = Cmd("INSERT INTO changes (at, op, entity, entity_id, document) VALUES (@at, @op, @en, @id, @doc)", tx,
            ("@at", Now), ("@op", op), ("@en", entity), ("@id", id), ("@doc", document));
        cmd.ExecuteNonQuery();
    }

    private const string EventColumns = "e.id, e.cluster_id, d.doc_key, e.event_type, e.sub_event_type, e.event_date, e.latitude, e.longitude, e.country, e.fatalities, e.json";

    public IReadOnlyList<StoredEvent> Events(EventQuery q)
    {
        using var cmd = Db.CreateCommand();
        var sql = new StringBuilder($"SELECT {EventColumns} FROM events e JOIN documents d ON d.id = e.document_id");
        sql.Append(Filter(q, cmd));
        sql.Append(" ORDER BY coalesce(e.event_date, ''), e.id LIMIT @limit");
        Add(cmd, "@limit", q.Limit);
        cmd.CommandText = sql.ToString();
        return ReadEvents(cmd);
    }

    private static void Add(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }

    private static StoredEvent ReadEvent(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5),
            r.IsDBNull(6) ? null : r.GetDouble(6), r.IsDBNull(7) ? null : r.GetDouble(7), r.IsDBNull(8) ? null : r.GetString(8), r.IsDBNull(9) ? null : Convert.ToInt32(r.GetValue(9), CultureInfo.InvariantCulture), r.GetString(10));

    private static List<StoredEvent> ReadEvents(DbCommand cmd)
    {
        var result = new List<StoredEvent>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) result.Add(ReadEvent(r));
        return result;
    }

    public EventDetail? Event(string id)
    {
        using var cmd = Db.CreateCommand();
        cmd.CommandText = $"SELECT {EventColumns}, d.text, d.title, d.url, d.published FROM events e JOIN documents d ON d.id = e.document_id WHERE e.id = @id";
        Add(cmd, "@id", id);
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
        using var mates = Db.CreateCommand();
        mates.CommandText = $"SELECT {EventColumns} FROM events e JOIN documents d ON d.id = e.document_id WHERE e.cluster_id = @c AND e.id <> @id ORDER BY e.id LIMIT 100";
        Add(mates, "@c", ev.ClusterId);
        Add(mates, "@id", id);
        return new EventDetail(ev, text, title, url, published, ReadEvents(mates));
    }

    public long Generation()
    {
        using var cmd = Db.CreateCommand();
        cmd.CommandText = "SELECT coalesce(max(seq), 0) FROM changes";
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<string> ClusterIds(EventQuery q)
    {
        using var cmd = Db.CreateCommand();
        var sql = new StringBuilder("SELECT DISTINCT e.cluster_id FROM events e JOIN documents d ON d.id = e.document_id");
        sql.Append(Filter(q with { After = null }, cmd));
        cmd.CommandText = sql.ToString();
        var result = new List<string>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) result.Add(r.GetString(0));
        return result;
    }

    public IReadOnlyList<StoredEvent> ClusterEvents(IReadOnlyCollection<string> clusterIds)
    {
        var result = new List<StoredEvent>();
        foreach (var chunk in clusterIds.Chunk(500))
        {
            using var cmd = Db.CreateCommand();
            cmd.CommandText = $"SELECT {EventColumns} FROM events e JOIN documents d ON d.id = e.document_id WHERE e.cluster_id IN ({string.Join(", ", chunk.Select((_, i) => "@c" + i))}) ORDER BY e.id";
            for (int i = 0; i < chunk.Length; i++) Add(cmd, "@c" + i, chunk[i]);
            result.AddRange(ReadEvents(cmd));
        }
        return result;
    }

    public IReadOnlyList<DayCount> Stats(EventQuery q)
    {
        using var cmd = Db.CreateCommand();
        var sql = new StringBuilder("SELECT e.event_date, e.event_type, count(*) FROM events e JOIN documents d ON d.id = e.document_id");
        sql.Append(Filter(q with { After = null }, cmd, requireDate: true));
        sql.Append(" GROUP BY e.event_date, e.event_type ORDER BY e.event_date");
        cmd.CommandText = sql.ToString();
        var result = new List<DayCount>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) result.Add(new DayCount(r.GetString(0), r.GetString(1), Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture)));
        return result;
    }

    /// <summary>The joins and WHERE clause of a query, with its parameters added to <paramref name="cmd"/>.</summary>
    private string Filter(EventQuery q, DbCommand cmd, bool requireDate = false)
    {
        var sql = new StringBuilder();
        var where = new List<string>();
        if (requireDate) where.Add("e.event_date IS NOT NULL");
        if (q.BoundingBox is { } b)
        {
            sql.Append(BoxFilter.Join);
            where.Add(BoxFilter.Where);
            Add(cmd, "@s", b.MinLat); Add(cmd, "@n", b.MaxLat);
            Add(cmd, "@w", b.MinLon); Add(cmd, "@e", b.MaxLon);
        }
        if (q.Text is { } text)
        {
            where.Add(TextFilter);
            Add(cmd, "@q", text);
        }
        if (q.From is { } from) { where.Add("e.event_date >= @from"); Add(cmd, "@from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); }
        if (q.To is { } to) { where.Add("e.event_date <= @to"); Add(cmd, "@to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); }
        if (q.EventType is { } type) { where.Add("(e.event_type = @type OR e.sub_event_type = @type)"); Add(cmd, "@type", type); }
        if (q.Actor is { } actor) { where.Add("(e.actor1 LIKE @actor OR e.actor2 LIKE @actor)"); Add(cmd, "@actor", "%" + actor + "%"); }
        if (q.After is { } after)
        {
            where.Add("(coalesce(e.event_date, '') > @ad OR (coalesce(e.event_date, '') = @ad AND e.id > @aid))");
            Add(cmd, "@ad", after.Date);
            Add(cmd, "@aid", after.Id);
        }
        if (where.Count > 0) sql.Append(" WHERE ").Append(string.Join(" AND ", where));
        return sql.ToString();
    }

    public IReadOnlyList<ChangeRecord> Changes(long afterSeq = 0, DateTimeOffset? since = null)
    {
        using var cmd = Db.CreateCommand();
        cmd.CommandText = "SELECT seq, at, op, entity, entity_id, document FROM changes WHERE seq > @seq AND at >= @since ORDER BY seq";
        Add(cmd, "@seq", afterSeq);
        Add(cmd, "@since", (since ?? DateTimeOffset.MinValue).ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        var result = new List<ChangeRecord>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            result.Add(new ChangeRecord(r.GetInt64(0), DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture), r.GetString(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5)));
        return result;
    }

    public StoreCounts Counts()
    {
        using var cmd = Db.CreateCommand();
        cmd.CommandText = "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), (SELECT count(DISTINCT cluster_id) FROM events), (SELECT coalesce(max(seq), 0) FROM changes)";
        using var r = cmd.ExecuteReader();
        r.Read();
        return new StoreCounts(Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture),
            Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture), Convert.ToInt64(r.GetValue(3), CultureInfo.InvariantCulture));
    }
}
