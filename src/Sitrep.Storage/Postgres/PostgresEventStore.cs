using System.Data.Common;
using Npgsql;
using Sitrep.Storage.Relational;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// The server option: PostgreSQL with PostGIS. Same schema and behaviour as the SQLite store; full text through
/// generated tsvector columns with GIN indexes, the spatial index through a generated PostGIS point with GiST.
/// </summary>
public sealed class PostgresEventStore : RelationalEventStore
{
    public PostgresEventStore(string connectionString, TimeProvider? clock = null) : base(new NpgsqlConnection(connectionString), clock)
    {
        Db.Open();
        Migrate("Sitrep.Storage.Migrations.001_initial.pg.sql");
    }

    // one writer at a time, as SQLite does, so cluster merges see each other's events
    protected override DbTransaction BeginWrite()
    {
        var tx = Db.BeginTransaction();
        Exec("SELECT pg_advisory_xact_lock(5130207)", tx);
        return tx;
    }

    protected override string ClusterCandidatesSql => """
        SELECT e.cluster_id, e.latitude, e.longitude, e.actor1_country, e.inter1, e.actor2_country, e.inter2, e.geo_precision
        FROM events e
        WHERE e.geom && ST_MakeEnvelope(@lo0, @la0, @lo1, @la1, 4326)
          AND e.document_id <> @doc AND (e.event_type = @t OR (e.event_type IN (@v1, @v2, @v3) AND @t IN (@v1, @v2, @v3)))
          AND e.event_date BETWEEN @d0 AND @d1 AND e.time_precision <= 2
        ORDER BY e.id
        LIMIT 200
        """;

    protected override (string Join, string Where) BoxFilter => ("", "e.geom && ST_MakeEnvelope(@w, @s, @e, @n, 4326)");

    protected override string TextFilter => "e.evidence_tsv @@ plainto_tsquery('english', @q)";
}
