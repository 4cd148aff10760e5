using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Sitrep.Storage;

namespace Sitrep.Web.Endpoints;

/// <summary>GET /api/events, /api/incidents, /api/events/{id}, /api/stats, /api/changes.</summary>
public static class EventsApi
{
    public const int MaxLimit = 5000;

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/events", ListEvents).WithName("ListEvents").WithSummary("Events matching bbox, from, to, type, actor, q; JSON or GeoJSON; keyset paging with cursor");
        app.MapGet("/api/incidents", ListIncidents).WithName("ListIncidents").WithSummary("Incidents (each cluster's reports merged: most precise date and place, lowest toll) for the same filters and paging as /api/events");
        app.MapGet("/api/events/{id}", GetEvent).WithName("GetEvent").WithSummary("One event with its document text, evidence spans and the other reports of its cluster");
        app.MapGet("/api/stats", Stats).WithName("Stats").WithSummary("Event counts by day and type for the same filters as /api/events");
        app.MapGet("/api/changes", Changes).WithName("Changes").WithSummary("The change feed since a sequence number or an ISO time");
        return app;
    }

    /// <summary>A 400 ProblemDetails naming the offending parameter.</summary>
    public static ProblemHttpResult Bad(string parameter, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: 400, title: $"Invalid parameter '{parameter}'", extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    internal static Results<Ok<EventQuery>, ProblemHttpResult> ParseQuery(HttpRequest r)
    {
        var q = new EventQuery { Limit = 1000 };
        string? Get(string name) => r.Query.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString() : null;
        if (Get("bbox") is { } bbox)
        {
            var parts = bbox.Split(',');
            var nums = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN).ToArray();
            if (parts.Length != 4 || nums.Any(double.IsNaN)) return Bad("bbox", "bbox must be minLon,minLat,maxLon,maxLat");
            if (nums[0] > nums[2] || nums[1] > nums[3] || nums[1] < -90 || nums[3] > 90 || nums[0] < -180 || nums[2] > 180)
                return Bad("bbox", "bbox corners are out of order or out of range");
            q = q with { BoundingBox = (nums[0], nums[1], nums[2], nums[3]) };
        }
        foreach (var name in new[] { "from", "to" })
        {
            if (Get(name) is not { } s) continue;
            if (!DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return Bad(name, $"{name} must be a date YYYY-MM-DD");
            q = name == "from" ? q with { From = d } : q with { To = d };
        }
        if (q.From > q.To) return Bad("from", "from is after to");
        if (Get("type") is { } type) q = q with { EventType = type };
        if (Get("actor") is { } actor) q = q with { Actor = actor };
        if (Get("q") is { } text)
        {
            if (text.Length > 200) return Bad("q", "q is longer than 200 characters");
            // quoted as one FTS5 phrase per word so user text is never FTS syntax
            q = q with { Text = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => "\"" + w.Replace("\"", "\"\"") + "\"")) };
        }
        if (Get("limit") is { } limit)
        {
            if (!int.TryParse(limit, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 1 || n > MaxLimit) return Bad("limit", $"limit must be an integer from 1 to {MaxLimit}");
            q = q with { Limit = n };
        }
        if (Get("cursor") is { } cursor)
        {
            try
            {
                var raw = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
                int bar = raw.IndexOf('|');
                if (bar < 0) throw new FormatException();
                q = q with { After = (raw[..bar], raw[(bar + 1)..]) };
            }
            catch (FormatException) { return Bad("cursor", "cursor is not one this API returned"); }
        }
        if (Get("format") is { } format && format is not ("json" or "geojson")) return Bad("format", "format must be json or geojson");
        return TypedResults.Ok(q);
    }

    private static IResult ListEvents(HttpRequest request, StoreAccess store) => List(request, store, "events", (s, q) => s.Events(q));

    private static IResult ListIncidents(HttpRequest request, StoreAccess store, IncidentCache cache) =>
        List(request, store, "incidents", (s, q) => Incidents.Query(s, q, cache));

    private static IResult List(HttpRequest request, StoreAccess store, string key, Func<IEventStore, EventQuery, IReadOnlyList<StoredEvent>> read)
    {
        var parsed = ParseQuery(request);
        if (parsed.Result is not Ok<EventQuery> { Value: { } q }) return parsed.Result;
        var events = store.Read(s => read(s, q with { Limit = q.Limit + 1 }));
        string? next = null;
        if (events.Count > q.Limit)
        {
            events = events.Take(q.Limit).ToList();
            var last = events[^1];
            next = Convert.ToBase64String(Encoding.UTF8.GetBytes((last.Date ?? "") + "|" + last.Id));
        }
        bool geo = request.Query["format"] == "geojson" || request.Headers.Accept.Any(a => a?.Contains("application/geo+json", StringComparison.OrdinalIgnoreCase) == true);
        var sb = new StringBuilder();
        if (geo)
        {
            sb.Append("{\"type\":\"FeatureCollection\",\"features\":[");
            bool first = true;
            foreach (var e in events.Where(e => e.Lat is not null))
            {
                if (!first) sb.Append(',');
                first = false;
                sb.Append("{\"type\":\"Feature\",\"id\":").Append(JsonSerializer.Serialize(e.Id)).Append(",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                  .Append(e.Lon!.Value.ToString(CultureInfo.InvariantCulture)).Append(',').Append(e.Lat!.Value.ToString(CultureInfo.InvariantCulture))
                  .Append("]},\"properties\":").Append(Item(e)).Append('}');
            }
            sb.Append("],\"next_cursor\":").Append(next is null ? "null" : JsonSerializer.Serialize(next)).Append('}');
            return Results.Text(sb.ToString(), "application/geo+json", Encoding.UTF8);
        }
        sb.Append("{\"").Append(key).Append("\":[").AppendJoin(',', events.Select(Item)).Append("],\"next_cursor\":").Append(next is null ? "null" : JsonSerializer.Serialize(next)).Append('}');
        return Results.Text(sb.ToString(), "application/json", Encoding.UTF8);
    }

    /// <summary>The stored event JSON (the extraction contract) wrapped with its id, cluster and document key.</summary>
    internal static string Item(StoredEvent e) =>
        "{\"id\":" + JsonSerializer.Serialize(e.Id) + ",\"cluster_id\":" + JsonSerializer.Serialize(e.ClusterId) + ",\"document\":" + JsonSerializer.Serialize(e.DocumentKey) + ",\"event\":" + e.Json + "}";

    private static IResult GetEvent(string id, StoreAccess store)
    {
        var detail = store.Read(s => s.Event(id));
        if (detail is null) return TypedResults.Problem(statusCode: 404, title: "No such event", detail: $"no event has id '{id}'");
        var sb = new StringBuilder("{\"id\":").Append(JsonSerializer.Serialize(id))
            .Append(",\"cluster_id\":").Append(JsonSerializer.Serialize(detail.Event.ClusterId))
            .Append(",\"document\":{\"key\":").Append(JsonSerializer.Serialize(detail.Event.DocumentKey))
            .Append(",\"title\":").Append(JsonSerializer.Serialize(detail.Title))
            .Append(",\"url\":").Append(JsonSerializer.Serialize(detail.Url))
            .Append(",\"published\":").Append(JsonSerializer.Serialize(detail.Published))
            .Append(",\"text\":").Append(JsonSerializer.Serialize(detail.DocumentText))
            .Append("},\"event\":").Append(detail.Event.Json)
            .Append(",\"reports\":[").AppendJoin(',', detail.ClusterMates.Select(Item)).Append("]}");
        return Results.Text(sb.ToString(), "application/json", Encoding.UTF8);
    }

    private static IResult Stats(HttpRequest request, StoreAccess store)
    {
        var parsed = ParseQuery(request);
        if (parsed.Result is not Ok<EventQuery> { Value: { } q }) return parsed.Result;
        var days = store.Read(s => s.Stats(q));
        return TypedResults.Ok(new { total = days.Sum(d => d.Count), by_day = days.Select(d => new { date = d.Date, type = d.EventType, count = d.Count }) });
    }

    private static IResult Changes(HttpRequest request, StoreAccess store)
    {
        long after = 0;
        DateTimeOffset? at = null;
        if (request.Query.TryGetValue("since", out var sv) && sv.ToString() is { Length: > 0 } since)
        {
            if (long.TryParse(since, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seq) && seq >= 0) after = seq;
            else if (DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)) at = t;
            else return Bad("since", "since must be a change sequence number or an ISO time");
        }
        var changes = store.Read(s => s.Changes(after, at));
        return TypedResults.Ok(changes.Select(c => new { seq = c.Seq, at = c.At, op = c.Op, entity = c.Entity, id = c.EntityId, document = c.Document }));
    }
}
