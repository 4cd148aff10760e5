using Sitrep.Storage.Postgres;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage;

/// <summary>Opens the store a --db value names: a PostgreSQL connection string ("Host=…") or a SQLite file path.</summary>
public static class EventStores
{
    public static bool IsPostgres(string db) => db.Contains("Host=", StringComparison.OrdinalIgnoreCase) || db.Contains("Server=", StringComparison.OrdinalIgnoreCase);

    /// <summary>The --db value fit to print: a connection string without its password.</summary>
    public static string Describe(string db) =>
        IsPostgres(db) ? System.Text.RegularExpressions.Regex.Replace(db, "(?i)(password|pwd)=[^;]*", "$1=***") : db;

    public static IEventStore Open(string db, TimeProvider? clock = null) =>
        IsPostgres(db) ? new PostgresEventStore(db, clock) : new SqliteEventStore(db, clock);
}
