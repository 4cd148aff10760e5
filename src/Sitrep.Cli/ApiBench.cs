using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sitrep.Extraction;
using Sitrep.Extraction.Input;
using Sitrep.Lexicons;
using Sitrep.Storage;
using Sitrep.Storage.Ingest;

namespace Sitrep.Cli;

/// <summary>`sitrep bench --api`: median latency of /api/events and /api/incidents for a country bbox and one month on a large database.</summary>
internal static class ApiBench
{
    public static async Task<int> Run(string corpus, string db, int events, TextWriter output, TextWriter errors, CancellationToken cancel)
    {
        if (!File.Exists(corpus)) { errors.WriteLine($"sitrep: error: {corpus}: corpus not found (give --input FILE.csv)"); return 1; }
        using (var store = EventStores.Open(db))
        {
            var articles = new List<(string Id, string Text, string? Title, DateOnly? Published)>();
            using (var reader = new StreamReader(corpus))
            {
                string[]? header = null;
                foreach (var row in CsvReader.Read(reader))
                {
                    if (header is null) { header = row; continue; }
                    int ci = Array.IndexOf(header, "article_content"), di = Array.IndexOf(header, "date"), ii = Array.IndexOf(header, "unit_id"), ti = Array.IndexOf(header, "article_title");
                    if (ci < 0 || ci >= row.Length) continue;
                    articles.Add((ii >= 0 && ii < row.Length ? row[ii] : articles.Count.ToString(CultureInfo.InvariantCulture), row[ci], ti >= 0 && ti < row.Length ? row[ti] : null, DocumentSources.ParseDate(di >= 0 && di < row.Length ? row[di] : null)));
                }
            }
            var extractor = new SitrepExtractor(SitrepResources.Load());
            var runner = new IngestRunner(extractor, store, batchSize: 256);
            var sw = Stopwatch.StartNew();
            // each pass re-publishes the corpus a year later, so the database spans years like a real archive
            for (int pass = 0; store.Counts().Events < events; pass++)
            {
                var docs = articles.Select((a, i) => (IngestItem)new IngestDocument("bench", new IngestedDocument($"bench:{pass}:{a.Id}:{i}", a.Text, null, a.Title, null, a.Published?.AddYears(pass))));
                runner.Run(docs);
                errors.WriteLine($"sitrep: building the database: {store.Counts().Events} events ({sw.Elapsed.TotalSeconds:F0} s)");
            }
        }
        var counts = EventStores.Open(db).Counts();
        var app = Sitrep.Web.SitrepWeb.Create(["--urls", "http://127.0.0.1:0", "--Sitrep:Db", db]);
        await app.StartAsync(cancel);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            // the months that hold events, and Syria's bounding box (the corpus is about Syria)
            var months = new List<string>();
            using (var store = EventStores.Open(db))
                months = store.Stats(new EventQuery()).Select(d => d.Date[..7]).Distinct().Order(StringComparer.Ordinal).ToList();
            const string bbox = "35.5,32.3,42.4,37.4";
            output.WriteLine($"database: {db} ({counts.Events} events in {counts.Clusters} clusters, {counts.Documents} documents, {months.Count} months)");
            foreach (var kind in new[] { "events", "incidents" })
            {
                var times = new List<double>();
                var sizes = new List<int>();
                for (int i = 0; i < 260; i++)
                {
                    var month = months[i % months.Count];
                    var from = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    var url = $"/api/{kind}?bbox={bbox}&from={from:yyyy-MM-dd}&to={from.AddMonths(1).AddDays(-1):yyyy-MM-dd}&limit=5000";
                    var t0 = Stopwatch.GetTimestamp();
                    var body = await http.GetStringAsync(url, cancel);
                    var ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                    if (i < 20) continue; // warm-up
                    times.Add(ms);
                    using var doc = JsonDocument.Parse(body);
                    sizes.Add(doc.RootElement.GetProperty(kind).GetArrayLength());
                }
                times.Sort();
                sizes.Sort();
                output.WriteLine($"GET /api/{kind}, Syria bbox + one month ({times.Count} requests over HTTP on loopback): median {times[times.Count / 2]:F1} ms, p95 {times[(int)(times.Count * 0.95)]:F1} ms, max {times[^1]:F1} ms; median {sizes[sizes.Count / 2]} {kind} per answer");
            }
        }
        finally
        {
            await app.StopAsync(cancel);
        }
        return 0;
    }
}
