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
        EnsureClusteringVersion();
    }

    // one writer at a time, as SQLite does, so cluster merges see each other's events
    protected override DbTransaction BeginWrite()
    {
        var tx = Db.BeginTransaction();
        Exec("SELECT pg_advisory_xact_lock(5130207)", tx);
        return tx;
    }

    protected override (string Join, string Where) BoxFilter => ("", "e.geom && ST_MakeEnvelope(@w, @s, @e, @n, 4326)");

    protected override string FeatureCodeSql => "(e.json::jsonb #>> '{location,feature_code}')";
    // (events stored before the field existed: a day-precise date stands for a named day, as it did then)
    protected override string DayNamedSql => "coalesce(e.json::jsonb ->> 'day_named', CASE WHEN e.time_precision = 1 THEN 'true' ELSE 'false' END)";
    protected override string TextFilter => "e.evidence_tsv @@ plainto_tsquery('english', @q)";
}
