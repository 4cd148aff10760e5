using Sitrep.Text;

namespace Sitrep.Storage;

/// <summary>A document as ingested: its identity (URL, corpus id or path), metadata and text.</summary>
public sealed record IngestedDocument(string Key, string Text, string? Url = null, string? Title = null, string? Outlet = null, DateOnly? Published = null);

/// <summary>What storing one document did.</summary>
public enum IngestOutcome { Created, Updated, Unchanged }

/// <summary>One change-log entry: every create, update and delete of a document or event.</summary>
public sealed record ChangeRecord(long Seq, DateTimeOffset At, string Op, string Entity, string EntityId, string? Document);

/// <summary>A stored event: its contract JSON plus the columns that queries and exports use.</summary>
public sealed record StoredEvent(string Id, string ClusterId, string DocumentKey, string EventType, string SubEventType, string? Date,
    double? Lat, double? Lon, string? Country, int? Fatalities, string Json);

/// <summary>Counts for summaries and tests.</summary>
public sealed record StoreCounts(int Documents, int Events, int Clusters, long Changes);

/// <summary>Filters for reading events back (all optional).</summary>
public sealed record EventQuery
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? EventType { get; init; }
    public (double MinLon, double MinLat, double MaxLon, double MaxLat)? BoundingBox { get; init; }
    public string? Text { get; init; }
    /// <summary>Substring of either actor's name (case-insensitive).</summary>
    public string? Actor { get; init; }
    /// <summary>Keyset paging: only events after this (date, id) position in the ordering.</summary>
    public (string Date, string Id)? After { get; init; }
    public int Limit { get; init; } = int.MaxValue;
}

/// <summary>One event with the document it came from, for the event panel.</summary>
public sealed record EventDetail(StoredEvent Event, string DocumentText, string? Title, string? Url, string? Published, IReadOnlyList<StoredEvent> ClusterMates);

/// <summary>Events per day and type for a filter (the timeline).</summary>
public sealed record DayCount(string Date, string EventType, int Count);

/// <summary>The event database: idempotent, versioned document upserts with a change log and cross-report clustering.</summary>
public interface IEventStore : IDisposable
{
    /// <summary>One document in its own transaction, its clusters regrouped.</summary>
    IngestOutcome Upsert(IngestedDocument source, Document extracted);
    /// <summary>Several documents in one transaction: all are stored or, if the process dies, none. Their clusters are regrouped by <see cref="Regroup"/>.</summary>
    IReadOnlyList<IngestOutcome> UpsertBatch(IReadOnlyList<(IngestedDocument Source, Document Extracted)> batch);
    /// <summary>
    /// Re-evaluates the clusters around the days stored batches changed since the last call, in one transaction (once per
    /// run of batches: regrouping a day's neighbourhood costs about as much for one batch as for many).
    /// </summary>
    void Regroup();
    IReadOnlyList<StoredEvent> Events(EventQuery query);
    IReadOnlyList<ChangeRecord> Changes(long afterSeq = 0, DateTimeOffset? since = null);
    StoreCounts Counts();
    EventDetail? Event(string id);
    /// <summary>The last change logged: it grows with every change to documents, events or their clusters (for readers that cache).</summary>
    long Generation();
    /// <summary>The clusters with an event matching the query's filters (its limit and cursor aside).</summary>
    IReadOnlyList<string> ClusterIds(EventQuery query);
    /// <summary>Every event of the given clusters (the reports <see cref="Incidents"/> merges).</summary>
    IReadOnlyList<StoredEvent> ClusterEvents(IReadOnlyCollection<string> clusterIds);
    IReadOnlyList<DayCount> Stats(EventQuery query);
}
