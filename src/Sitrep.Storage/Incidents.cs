using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sitrep.Storage;

/// <summary>
/// One event per real-world incident: the reports of a cluster merged, keeping the most precise date and place, the most
/// conservative toll, the type and actors most outlets report, every report's evidence, and, per field, the event it
/// came from (<c>from</c>, whose spans are that event's evidence).
/// </summary>
public static class Incidents
{
    /// <summary>
    /// Incidents matching <paramref name="query"/>, ordered by date and id like events. An incident's fields come from
    /// different reports: its date, type and place must match themselves, and its text and actor filters are met when
    /// any of its reports meets them; <paramref name="cache"/> keeps merged incidents between calls.
    /// </summary>
    public static IReadOnlyList<StoredEvent> Query(IEventStore store, EventQuery query, IncidentCache? cache = null)
    {
        var all = new EventQuery { Limit = int.MaxValue };
        // the clusters that may match: the merged date, place and type each come from one report, which meets the filter,
        // so the clusters of the reports that meet the most selective of them are enough
        var candidates = query.From is not null || query.To is not null ? all with { From = query.From, To = query.To }
            : query.BoundingBox is { } box ? all with { BoundingBox = box }
            : query.EventType is { } type ? all with { EventType = type }
            : all;
        var clusters = new HashSet<string>(store.ClusterIds(candidates), StringComparer.Ordinal);
        if (query.Text is { } text) clusters.IntersectWith(store.ClusterIds(all with { Text = text }));
        if (query.Actor is { } actor) clusters.IntersectWith(store.ClusterIds(all with { Actor = actor }));
        var merged = cache is null ? Merge(store, clusters) : cache.Get(store, clusters);
        string? from = query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to = query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return [.. merged
            .Where(i => from is null || i.Date is not null && string.CompareOrdinal(i.Date, from) >= 0)
            .Where(i => to is null || i.Date is not null && string.CompareOrdinal(i.Date, to) <= 0)
            .Where(i => query.EventType is not { } t || i.EventType == t || i.SubEventType == t)
            .Where(i => query.BoundingBox is not { } b || i.Lat is double la && i.Lon is double lo && la >= b.MinLat && la <= b.MaxLat && lo >= b.MinLon && lo <= b.MaxLon)
            .Where(i => query.After is not { } a || string.CompareOrdinal(i.Date ?? "", a.Date) > 0 || (i.Date ?? "") == a.Date && string.CompareOrdinal(i.Id, a.Id) > 0)
            .OrderBy(i => i.Date ?? "", StringComparer.Ordinal).ThenBy(i => i.Id, StringComparer.Ordinal)
            .Take(query.Limit)];
    }

    /// <summary>The incidents of the given clusters.</summary>
    public static IEnumerable<StoredEvent> Merge(IEventStore store, IReadOnlyCollection<string> clusters) =>
        store.ClusterEvents(clusters).GroupBy(e => e.ClusterId, StringComparer.Ordinal).Select(g => Merge([.. g]));

    /// <summary>The reports of one cluster as one event, whose id is the cluster's.</summary>
    public static StoredEvent Merge(IReadOnlyList<StoredEvent> reports)
    {
        if (reports.Count == 0) throw new ArgumentException("a cluster has at least one report", nameof(reports));
        var rows = reports.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => (Event: r, Json: JsonNode.Parse(r.Json)!.AsObject())).ToList();
        static int Precision(JsonObject j, string field) => j[field]?.GetValue<int>() ?? 9;
        static int LocationPrecision(JsonObject j) => j["location"] is JsonObject l ? l["geo_precision"]?.GetValue<int>() ?? 9 : 9;
        static string? Name(JsonNode? actor) => actor is JsonObject a ? a["name"]?.GetValue<string>() : null;
        // a value told by more outlets wins; a report counts once however often it repeats itself
        static int Outlets<T>(IEnumerable<(StoredEvent Event, JsonObject Json)> rs, Func<(StoredEvent Event, JsonObject Json), T> key, T value) =>
            rs.Where(r => EqualityComparer<T>.Default.Equals(key(r), value)).Select(r => r.Event.DocumentKey).Distinct(StringComparer.Ordinal).Count();

        // the type most outlets report, then the most precisely dated and placed of its reports
        var typed = rows.OrderByDescending(r => Outlets(rows, x => (x.Event.EventType, x.Event.SubEventType), (r.Event.EventType, r.Event.SubEventType)))
            .ThenBy(r => Precision(r.Json, "time_precision")).ThenBy(r => LocationPrecision(r.Json)).First();
        var dated = rows.Where(r => r.Event.Date is not null).OrderBy(r => Precision(r.Json, "time_precision"))
            .ThenByDescending(r => Outlets(rows.Where(x => x.Event.Date is not null), x => x.Event.Date, r.Event.Date))
            .ThenBy(r => r.Event.Date, StringComparer.Ordinal).FirstOrDefault();
        var placed = rows.Where(r => r.Event.Lat is not null).OrderBy(r => LocationPrecision(r.Json))
            .ThenByDescending(r => Outlets(rows.Where(x => x.Event.Lat is not null), x => x.Json["location"]?["name"]?.GetValue<string>(), r.Json["location"]?["name"]?.GetValue<string>()))
            .FirstOrDefault();
        // the lowest count, as ACLED codes conflicting estimates — of the counts two outlets agree on when any do, so that
        // a partial count ("three had died in Turkish hospitals") is not taken for the incident's
        (StoredEvent Event, JsonObject Json) Lowest(Func<(StoredEvent Event, JsonObject Json), int?> count)
        {
            var told = rows.Where(r => count(r) is not null).ToList();
            var agreed = told.Where(r => Outlets(told, count, count(r)) >= 2).ToList();
            return (agreed.Count > 0 ? agreed : told).OrderBy(count).FirstOrDefault();
        }
        // the value most outlets give
        (StoredEvent Event, JsonObject Json) MostReported(Func<(StoredEvent Event, JsonObject Json), string?> value, string? besides = null) =>
            rows.Where(r => value(r) is { } v && v != besides).OrderByDescending(r => Outlets(rows, value, value(r))).FirstOrDefault();

        var counted = Lowest(r => r.Event.Fatalities);
        static int? Injured(JsonObject j) => j["injured"]?.GetValue<int>();
        var injured = Lowest(r => Injured(r.Json));
        var actor1 = MostReported(r => Name(r.Json["actor1"]));
        // outlets swap the roles: the second actor is another party than the first
        var actor2 = MostReported(r => Name(r.Json["actor2"]), besides: Name(actor1.Json?["actor1"]));
        var weapon = MostReported(r => r.Json["weapon"]?.GetValue<string>());

        var j = typed.Json.DeepClone().AsObject();
        j["id"] = typed.Event.ClusterId;
        // the date fields travel together: those of the most precisely dated report, or the undated note of the typed one
        var dateSource = dated.Json ?? typed.Json;
        foreach (var field in new[] { "date", "date_value", "time_precision", "date_note" })
            if (dateSource.TryGetPropertyValue(field, out var v)) j[field] = v?.DeepClone();
            else j.Remove(field);
        j["location"] = placed.Json?["location"]?.DeepClone();
        j["fatalities"] = counted.Event?.Fatalities;
        j["injured"] = injured.Json is null ? null : Injured(injured.Json);
        j["weapon"] = weapon.Json?["weapon"]?.DeepClone();
        j["actor1"] = actor1.Json?["actor1"]?.DeepClone();
        j["actor2"] = actor2.Json?["actor2"]?.DeepClone();
        // an incident happened if any outlet reports it as having happened
        if (rows.Any(r => r.Json["modality"]?.GetValue<string>() == "actual")) j["modality"] = "actual";
        j["confidence"] = rows.Max(r => r.Json["confidence"]?.GetValue<double>() ?? 0);
        j["sources"] = new JsonArray([.. rows.SelectMany(r => r.Json["sources"]?.AsArray() ?? []).Select(s => s!.GetValue<string>()).Distinct(StringComparer.Ordinal).Select(s => (JsonNode)s)]);
        j["evidence_all"] = new JsonArray([.. rows.SelectMany(r => (r.Json["evidence_all"]?.AsArray() ?? []).Select(ev =>
        {
            var o = ev!.DeepClone().AsObject();
            o["event"] = r.Event.Id;
            o["document"] = r.Event.DocumentKey;
            return (JsonNode)o;
        }))]);
        j.Remove("spans");
        // a story that tells the incident only as context for its own news mentions it, it does not report it
        var reporting = rows.Where(r => r.Json["context"]?.GetValue<bool>() != true).Select(r => r.Event.DocumentKey).ToHashSet(StringComparer.Ordinal);
        j["reports"] = reporting.Count;
        j["mentions"] = rows.Select(r => r.Event.DocumentKey).Where(k => !reporting.Contains(k)).Distinct(StringComparer.Ordinal).Count();
        j["context"] = reporting.Count == 0;
        j["documents"] = new JsonArray([.. rows.Select(r => r.Event.DocumentKey).Distinct(StringComparer.Ordinal).Select(d => (JsonNode)d)]);
        j["events"] = new JsonArray([.. rows.Select(r => (JsonNode)r.Event.Id)]);
        var from = new JsonObject { ["event_type"] = typed.Event.Id, ["evidence"] = typed.Event.Id };
        if (dated.Event is not null) from["date"] = dated.Event.Id;
        if (placed.Event is not null) from["location"] = placed.Event.Id;
        if (counted.Event is not null) from["fatalities"] = counted.Event.Id;
        if (actor1.Event is not null) from["actor1"] = actor1.Event.Id;
        if (actor2.Event is not null) from["actor2"] = actor2.Event.Id;
        if (weapon.Event is not null) from["weapon"] = weapon.Event.Id;
        if (injured.Event is not null) from["injured"] = injured.Event.Id;
        j["from"] = from;

        var loc = placed.Event;
        return new StoredEvent(typed.Event.ClusterId, typed.Event.ClusterId, typed.Event.DocumentKey, typed.Event.EventType, typed.Event.SubEventType,
            dated.Event?.Date, loc?.Lat, loc?.Lon, loc?.Country, counted.Event?.Fatalities, j.ToJsonString(JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

/// <summary>
/// Merged incidents kept between queries of a read-mostly server, dropped whenever the store has changed since (documents,
/// events or clusters: another process's ingest and regroup included).
/// </summary>
public sealed class IncidentCache
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, StoredEvent> _incidents = new(StringComparer.Ordinal);
    private long _seq = -1;

    /// <summary>The incidents of the given clusters, merging only those not kept yet.</summary>
    public IReadOnlyList<StoredEvent> Get(IEventStore store, IReadOnlyCollection<string> clusters)
    {
        long seq = store.Generation();
        lock (_lock)
        {
            if (seq != _seq) { _incidents.Clear(); _seq = seq; }
            var missing = clusters.Where(c => !_incidents.ContainsKey(c)).ToList();
            foreach (var incident in Incidents.Merge(store, missing)) _incidents[incident.Id] = incident;
            return [.. clusters.Where(_incidents.ContainsKey).Select(c => _incidents[c])];
        }
    }
}
