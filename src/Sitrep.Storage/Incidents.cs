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
    /// Incidents with a report matching <paramref name="query"/>'s text, actor or box, built from all their reports and
    /// kept when the merged incident matches its dates, type and box; ordered by date and id like events.
    /// </summary>
    public static IReadOnlyList<StoredEvent> Query(IEventStore store, EventQuery query)
    {
        var clusters = store.ClusterIds(query);
        var merged = store.ClusterEvents(clusters).GroupBy(e => e.ClusterId, StringComparer.Ordinal).Select(g => Merge([.. g]));
        string? from = query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to = query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return [.. merged
            .Where(i => from is null || string.CompareOrdinal(i.Date, from) >= 0)
            .Where(i => to is null || i.Date is not null && string.CompareOrdinal(i.Date, to) <= 0)
            .Where(i => query.EventType is not { } t || i.EventType == t || i.SubEventType == t)
            .Where(i => query.BoundingBox is not { } b || i.Lat is double la && i.Lon is double lo && la >= b.MinLat && la <= b.MaxLat && lo >= b.MinLon && lo <= b.MaxLon)
            .Where(i => query.After is not { } a || string.CompareOrdinal(i.Date ?? "", a.Date) > 0 || (i.Date ?? "") == a.Date && string.CompareOrdinal(i.Id, a.Id) > 0)
            .OrderBy(i => i.Date ?? "", StringComparer.Ordinal).ThenBy(i => i.Id, StringComparer.Ordinal)
            .Take(query.Limit)];
    }

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
        // the lowest toll, as ACLED codes conflicting estimates — of the tolls two outlets agree on when any do, so that a
        // partial count ("three had died in Turkish hospitals") is not taken for the incident's
        var tolls = rows.Where(r => r.Event.Fatalities is not null).ToList();
        var corroborated = tolls.Where(r => Outlets(tolls, x => x.Event.Fatalities, r.Event.Fatalities) >= 2).ToList();
        var counted = (corroborated.Count > 0 ? corroborated : tolls).OrderBy(r => r.Event.Fatalities).FirstOrDefault();
        var actor1 = rows.Where(r => Name(r.Json["actor1"]) is not null)
            .OrderByDescending(r => Outlets(rows, x => Name(x.Json["actor1"]), Name(r.Json["actor1"]))).FirstOrDefault();
        // outlets swap the roles: the second actor is another party than the first
        var actor2 = rows.Where(r => Name(r.Json["actor2"]) is { } n && n != Name(actor1.Json?["actor1"]))
            .OrderByDescending(r => Outlets(rows, x => Name(x.Json["actor2"]), Name(r.Json["actor2"]))).FirstOrDefault();

        var j = typed.Json.DeepClone().AsObject();
        j["id"] = typed.Event.ClusterId;
        j["date"] = dated.Json?["date"]?.DeepClone();
        j["date_value"] = dated.Json?["date_value"]?.DeepClone();
        j["time_precision"] = dated.Json?["time_precision"]?.DeepClone();
        j["location"] = placed.Json?["location"]?.DeepClone();
        j["fatalities"] = counted.Event?.Fatalities;
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
        j["reports"] = rows.Select(r => r.Event.DocumentKey).Distinct(StringComparer.Ordinal).Count();
        j["documents"] = new JsonArray([.. rows.Select(r => r.Event.DocumentKey).Distinct(StringComparer.Ordinal).Select(d => (JsonNode)d)]);
        j["events"] = new JsonArray([.. rows.Select(r => (JsonNode)r.Event.Id)]);
        var from = new JsonObject { ["event_type"] = typed.Event.Id };
        if (dated.Event is not null) from["date"] = dated.Event.Id;
        if (placed.Event is not null) from["location"] = placed.Event.Id;
        if (counted.Event is not null) from["fatalities"] = counted.Event.Id;
        if (actor1.Event is not null) from["actor1"] = actor1.Event.Id;
        if (actor2.Event is not null) from["actor2"] = actor2.Event.Id;
        j["from"] = from;

        var loc = placed.Event;
        return new StoredEvent(typed.Event.ClusterId, typed.Event.ClusterId, typed.Event.DocumentKey, typed.Event.EventType, typed.Event.SubEventType,
            dated.Event?.Date, loc?.Lat, loc?.Lon, loc?.Country, counted.Event?.Fatalities, j.ToJsonString(JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
