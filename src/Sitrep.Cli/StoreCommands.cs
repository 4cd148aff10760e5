using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Extraction;
using Sitrep.Lexicons;
using Sitrep.Storage;
using Sitrep.Storage.Ingest;

namespace Sitrep.Cli;

/// <summary>`sitrep ingest`, `sitrep changes` and `sitrep export`: the event database.</summary>
public static class StoreCommands
{
    private static Option<string> DbOption() => new("--db") { Description = "SQLite database file", DefaultValueFactory = _ => "sitrep.db" };

    public static Command Ingest(TextWriter output, TextWriter errors)
    {
        var paths = new Argument<string[]>("paths") { Description = "Text files, JSONL or CSV corpora, directories", Arity = ArgumentArity.OneOrMore };
        var db = DbOption();
        var cmd = new Command("ingest", "Extract events from documents and store them (idempotent; re-ingesting a corrected article updates it)") { paths, db };
        cmd.SetAction(parse =>
        {
            var extractor = new SitrepExtractor(SitrepResources.Load());
            using var store = EventStores.Open(parse.GetValue(db)!);
            var runner = new IngestRunner(extractor, store);
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var items = DocumentSources.Read(parse.GetValue(paths)!);
            IngestSummary summary;
            if (!Console.IsErrorRedirected && ReferenceEquals(errors, Console.Error) && Spectre.Console.AnsiConsole.Profile.Capabilities.Interactive)
            {
                // a live status line on a terminal
                IngestSummary? done = null;
                var bar = Spectre.Console.AnsiConsole.Progress();
                bar.AutoClear = true;
                bar.Start(ctx =>
                {
                    var task = ctx.AddTask("ingesting");
                    task.IsIndeterminate = true;
                    done = runner.Run(items, s => task.Description = $"{s.Documents} documents, {s.Failures.Count} failures, {s.Documents / Math.Max(0.001, sw.Elapsed.TotalSeconds):F0}/s");
                    task.StopTask();
                });
                summary = done!;
            }
            else
            {
                var lastReport = TimeSpan.Zero;
                summary = runner.Run(items, s =>
                {
                    // plain progress lines when stderr is a file or a pipe
                    if (sw.Elapsed - lastReport < TimeSpan.FromSeconds(2)) return;
                    lastReport = sw.Elapsed;
                    errors.WriteLine($"sitrep: {s.Documents} documents ({s.Created} new, {s.Updated} updated, {s.Unchanged} unchanged), {s.Failures.Count} failures, {s.Documents / sw.Elapsed.TotalSeconds:F0}/s");
                });
            }
            var counts = store.Counts();
            foreach (var (origin, reason) in summary.Failures) errors.WriteLine($"sitrep: error: {origin}: {reason}");
            output.WriteLine($"ingested {summary.Documents} documents in {sw.Elapsed.TotalSeconds:F1} s, {summary.Documents / Math.Max(0.001, sw.Elapsed.TotalSeconds):F0}/s ({summary.Created} new, {summary.Updated} updated, {summary.Unchanged} unchanged), {summary.Failures.Count} failures; extracting {summary.Extracting.TotalSeconds:F1} s, storing {summary.Storing.TotalSeconds:F1} s");
            output.WriteLine($"database {EventStores.Describe(parse.GetValue(db)!)}: {counts.Documents} documents, {counts.Events} events in {counts.Clusters} clusters, {counts.Changes} changes logged");
            return summary.Documents == 0 && summary.Failures.Count > 0 ? 1 : 0;
        });
        return cmd;
    }

    public static Command Changes(TextWriter output, TextWriter errors)
    {
        var since = new Option<string?>("--since") { Description = "An ISO time (2026-11-28T10:00:00Z) or a change sequence number" };
        var db = DbOption();
        var cmd = new Command("changes", "Print the change log (create/update/delete of documents and events) as JSON lines") { since, db };
        cmd.SetAction(parse =>
        {
            using var store = EventStores.Open(parse.GetValue(db)!);
            long after = 0;
            DateTimeOffset? at = null;
            if (parse.GetValue(since) is { } s)
            {
                if (long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seq)) after = seq;
                else if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)) at = t;
                else { errors.WriteLine($"sitrep: error: --since: '{s}' is neither a time nor a sequence number"); return 2; }
            }
            var options = Cli.JsonOptions(false);
            foreach (var c in store.Changes(after, at))
                Cli.WriteJsonLine(output, options, w =>
                {
                    w.WriteStartObject();
                    w.WriteNumber("seq", c.Seq);
                    w.WriteString("at", c.At.ToString("O", CultureInfo.InvariantCulture));
                    w.WriteString("op", c.Op);
                    w.WriteString("entity", c.Entity);
                    w.WriteString("id", c.EntityId);
                    if (c.Document is not null) w.WriteString("document", c.Document);
                    w.WriteEndObject();
                });
            return 0;
        });
        return cmd;
    }

    public static Command Export(TextWriter output, TextWriter errors)
    {
        var format = new Option<string>("--format") { Description = "jsonl, geojson, acled-csv or parquet (parquet needs --output)", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "geojson", "acled-csv", "parquet");
        var outputFile = new Option<string?>("--output") { Description = "Write to this file instead of standard output" };
        var from = new Option<string?>("--from") { Description = "Earliest event date YYYY-MM-DD" };
        var to = new Option<string?>("--to") { Description = "Latest event date YYYY-MM-DD" };
        var type = new Option<string?>("--type") { Description = "Event type or sub-event type" };
        var q = new Option<string?>("--q") { Description = "Full-text search over evidence" };
        var bbox = new Option<string?>("--bbox") { Description = "minLon,minLat,maxLon,maxLat" };
        var incidents = new Option<bool>("--incidents") { Description = "One row per incident: each cluster's reports merged (most precise date and place, lowest toll, every report's evidence)" };
        var db = DbOption();
        var cmd = new Command("export", "Export stored events") { format, from, to, type, q, bbox, incidents, db, outputFile };
        cmd.SetAction(async (parse, cancel) =>
        {
            if (!Cli.TryParseDate(parse.GetValue(from), "--from", errors, out var f) || !Cli.TryParseDate(parse.GetValue(to), "--to", errors, out var t)) return 2;
            (double, double, double, double)? box = null;
            if (parse.GetValue(bbox) is { } b)
            {
                var parts = b.Split(',');
                if (parts.Length != 4 || !parts.All(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
                {
                    errors.WriteLine($"sitrep: error: --bbox: '{b}' is not minLon,minLat,maxLon,maxLat");
                    return 2;
                }
                var v = parts.Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
                box = (v[0], v[1], v[2], v[3]);
            }
            using var store = EventStores.Open(parse.GetValue(db)!);
            var query = new EventQuery { From = f, To = t, EventType = parse.GetValue(type), Text = parse.GetValue(q), BoundingBox = box };
            var events = parse.GetValue(incidents) ? Incidents.Query(store, query) : store.Events(query);
            var fmt = parse.GetValue(format)!;
            var file = parse.GetValue(outputFile);
            if (fmt == "parquet")
            {
                if (file is null) { errors.WriteLine("sitrep: error: --format parquet: give --output FILE.parquet"); return 2; }
                await ParquetExport.Write(file, events, cancel);
                output.WriteLine($"wrote {events.Count} events to {file}");
                return 0;
            }
            using var fileWriter = file is null ? null : new StreamWriter(file, false, new System.Text.UTF8Encoding(false));
            var target = (TextWriter?)fileWriter ?? output;
            switch (fmt)
            {
                case "geojson": WriteGeoJson(target, events); break;
                case "acled-csv": WriteAcledCsv(target, events); break;
                default:
                    foreach (var e in events) target.WriteLine(WithCluster(e));
                    break;
            }
            return 0;
        });
        return cmd;
    }

    private static string WithCluster(StoredEvent e) =>
        "{\"id\":" + JsonSerializer.Serialize(e.Id) + ",\"cluster_id\":" + JsonSerializer.Serialize(e.ClusterId) + ",\"document\":" + JsonSerializer.Serialize(e.DocumentKey) + ",\"event\":" + e.Json + "}";

    private static void WriteGeoJson(TextWriter output, IReadOnlyList<StoredEvent> events)
    {
        output.Write("{\"type\":\"FeatureCollection\",\"features\":[");
        bool first = true;
        foreach (var e in events.Where(e => e.Lat is not null))
        {
            if (!first) output.Write(',');
            first = false;
            output.Write("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + e.Lon!.Value.ToString(CultureInfo.InvariantCulture) + "," + e.Lat!.Value.ToString(CultureInfo.InvariantCulture) + "]},\"properties\":" + WithCluster(e) + "}");
        }
        output.WriteLine("]}");
    }

    /// <summary>ACLED's column names where they apply.</summary>
    private static void WriteAcledCsv(TextWriter output, IReadOnlyList<StoredEvent> events)
    {
        string[] cols = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "inter1", "actor2", "inter2", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "cluster_id", "document"];
        output.WriteLine(string.Join(',', cols));
        foreach (var e in events)
        {
            using var doc = JsonDocument.Parse(e.Json);
            var j = doc.RootElement;
            string S(JsonElement el, string name) => el.ValueKind == JsonValueKind.Object && el.TryGetProperty(name, out var v) && v.ValueKind is not JsonValueKind.Null ? v.ToString() : "";
            var loc = j.GetProperty("location");
            var a1 = j.GetProperty("actor1");
            var a2 = j.GetProperty("actor2");
            var values = new[]
            {
                e.Id, e.Date ?? "", e.Date is { Length: >= 4 } d ? d[..4] : "", S(j, "time_precision"), e.EventType, e.SubEventType, S(a1, "name"), S(a1, "inter"),
                S(a2, "name"), S(a2, "inter"), S(loc, "country"), S(loc, "admin1"), S(loc, "name"), S(loc, "lat"), S(loc, "lon"), S(loc, "geo_precision"),
                string.Join("; ", j.GetProperty("sources").EnumerateArray().Select(x => x.GetString())), S(j.GetProperty("evidence"), "text"), S(j, "fatalities"), e.ClusterId, e.DocumentKey,
            };
            output.WriteLine(string.Join(',', values.Select(Csv)));
        }
    }

    private static string Csv(string v) => v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;
}
