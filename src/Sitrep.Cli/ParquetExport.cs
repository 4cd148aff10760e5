using System.Text.Json;
using Parquet;
using Parquet.Schema;
using Sitrep.Storage;

namespace Sitrep.Cli;

/// <summary>Events as a Parquet file with ACLED's column names where they apply.</summary>
public static class ParquetExport
{
    public static async Task Write(string path, IReadOnlyList<StoredEvent> events, CancellationToken cancel)
    {
        var rows = events.Select(e => (Event: e, Json: JsonDocument.Parse(e.Json).RootElement)).ToList();
        string? S(JsonElement el, string name) => el.ValueKind == JsonValueKind.Object && el.TryGetProperty(name, out var v) && v.ValueKind is not JsonValueKind.Null ? v.ToString() : null;
        int? I(JsonElement el, string name) => el.ValueKind == JsonValueKind.Object && el.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
        var strings = new (string Name, Func<(StoredEvent Event, JsonElement Json), string?> Get)[]
        {
            ("event_id_cnty", r => r.Event.Id), ("cluster_id", r => r.Event.ClusterId), ("document", r => r.Event.DocumentKey),
            ("event_date", r => r.Event.Date), ("event_type", r => r.Event.EventType), ("sub_event_type", r => r.Event.SubEventType),
            ("actor1", r => S(r.Json.GetProperty("actor1"), "name")), ("actor2", r => S(r.Json.GetProperty("actor2"), "name")),
            ("country", r => r.Event.Country), ("location", r => S(r.Json.GetProperty("location"), "name")),
            ("notes", r => S(r.Json.GetProperty("evidence"), "text")), ("json", r => r.Event.Json),
        };
        var ints = new (string Name, Func<(StoredEvent Event, JsonElement Json), int?> Get)[]
        {
            ("time_precision", r => I(r.Json, "time_precision")), ("inter1", r => I(r.Json.GetProperty("actor1"), "inter")),
            ("inter2", r => I(r.Json.GetProperty("actor2"), "inter")), ("geo_precision", r => I(r.Json.GetProperty("location"), "geo_precision")),
            ("fatalities", r => r.Event.Fatalities),
        };
        var doubles = new (string Name, Func<(StoredEvent Event, JsonElement Json), double?> Get)[]
        {
            ("latitude", r => r.Event.Lat), ("longitude", r => r.Event.Lon),
        };
        var stringFields = strings.Select(c => new DataField<string>(c.Name, true)).ToArray();
        var intFields = ints.Select(c => new DataField<int?>(c.Name)).ToArray();
        var doubleFields = doubles.Select(c => new DataField<double?>(c.Name)).ToArray();
        var schema = new ParquetSchema([.. stringFields, .. intFields, .. doubleFields]);
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancel);
        using var group = writer.CreateRowGroup();
        for (int i = 0; i < strings.Length; i++) await group.WriteAsync(stringFields[i], rows.Select(strings[i].Get).ToArray()!, null);
        for (int i = 0; i < ints.Length; i++) await group.WriteAsync<int>(intFields[i], (ReadOnlyMemory<int?>)rows.Select(ints[i].Get).ToArray(), null, null, cancel);
        for (int i = 0; i < doubles.Length; i++) await group.WriteAsync<double>(doubleFields[i], (ReadOnlyMemory<double?>)rows.Select(doubles[i].Get).ToArray(), null, null, cancel);
    }
}
