using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Extraction;
using Sitrep.Extraction.Input;
using Sitrep.Lexicons;
using Sitrep.Text;

namespace Sitrep.Cli;

/// <summary>`sitrep bench`: whole-pipeline throughput (articles/s, MB/s), per-stage time, allocations and peak RSS.</summary>
public static class BenchCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var input = new Option<string>("--input") { Description = "CSV with an article_content column (default: ../shared/data/articles/FA-KES-Dataset.csv)" };
        var docs = new Option<int>("--docs") { Description = "Documents to process (the corpus is repeated to reach it)", DefaultValueFactory = _ => 20000 };
        var threads = new Option<int>("--threads") { Description = "Worker threads (0 = all cores; 1 and N are both reported)", DefaultValueFactory = _ => 0 };
        var api = new Option<bool>("--api") { Description = "Instead: time GET /api/events for a country-sized bbox and one month on a database of --events events" };
        var events = new Option<int>("--events") { Description = "With --api: events the database must hold (built from the corpus, repeated)", DefaultValueFactory = _ => 100_000 };
        var db = new Option<string>("--db") { Description = "With --api: the database file (kept, so a second run skips building it)", DefaultValueFactory = _ => "bench-api.db" };
        var geoparse = new Option<string?>("--geoparse") { Description = "Instead: time end-to-end geoparsing (recognition and resolution) on one core over a geoparsing corpus (LGL / GeoWebNews / GeoVirus XML)" };
        var cmd = new Command("bench", "Measure end-to-end extraction throughput (or, with --api, API latency; with --geoparse, geoparsing throughput)") { input, docs, threads, api, events, db, geoparse };
        cmd.SetAction(async (parse, cancel) => parse.GetValue(geoparse) is { } corpus
            ? Geoparse(corpus, parse.GetValue(docs), output, errors)
            : parse.GetValue(api)
            ? await ApiBench.Run(parse.GetValue(input) ?? DefaultCorpus(), parse.GetValue(db)!, parse.GetValue(events), output, errors, cancel)
            : Run(parse.GetValue(input) ?? DefaultCorpus(), parse.GetValue(docs), parse.GetValue(threads), output, errors));
        return cmd;
    }

    /// <summary>Per-stage time of <paramref name="runs"/> timed pipeline runs, per <paramref name="unit"/> and as a share.</summary>
    private static void WriteStages(TextWriter output, IReadOnlyList<Sitrep.Pipeline.IPipelineStage> stages, long[] ticks, int runs, string unit)
    {
        double totalTicks = ticks.Sum();
        output.WriteLine("per stage (1 thread):");
        for (int i = 0; i < stages.Count; i++)
            output.WriteLine($"  {stages[i].Name,-12} {ticks[i] * 1e6 / Stopwatch.Frequency / runs,8:F1} µs/{unit}  {100 * ticks[i] / totalTicks,5:F1}%");
    }

    internal static string DefaultCorpus()
    {
        foreach (var dir in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            var d = new DirectoryInfo(dir);
            while (d is not null)
            {
                var p = Path.Combine(d.FullName, "..", "shared", "data", "articles", "FA-KES-Dataset.csv");
                if (File.Exists(p)) return Path.GetFullPath(p);
                d = d.Parent;
            }
        }
        return "../shared/data/articles/FA-KES-Dataset.csv";
    }

    /// <summary>Documents per second of end-to-end geoparsing on one thread, after a warm-up pass.</summary>
    private static int Geoparse(string path, int count, TextWriter output, TextWriter errors)
    {
        if (!File.Exists(path)) { errors.WriteLine($"sitrep: error: {path}: geoparsing corpus not found"); return 1; }
        var articles = Sitrep.Extraction.Input.GeoCorpusReader.Read(path);
        if (articles.Count == 0) { errors.WriteLine($"sitrep: error: {path}: no articles"); return 1; }
        var geoparser = new Sitrep.Extraction.Geocoding.Geoparser(SitrepResources.Load());
        for (int pass = 0; pass < 2; pass++)
            foreach (var a in articles) geoparser.Parse(a.Id, a.Text);
        long chars = 0, toponyms = 0;
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < count; i++)
        {
            var a = articles[i % articles.Count];
            chars += a.Text.Length;
            toponyms += geoparser.Parse(a.Id, a.Text).Count;
        }
        double s = sw.Elapsed.TotalSeconds;
        // per-stage timing in its own pass, as in the extraction bench
        var stages = geoparser.Pipeline.Stages;
        var ticks = new long[stages.Length];
        for (int pass = 0; pass < 3; pass++)
            foreach (var a in articles) geoparser.Pipeline.Run(Document.Create(a.Id, a.Text), ticks);
        output.WriteLine($"corpus: {path} ({articles.Count} articles, mean {articles.Average(a => a.Text.Length):F0} characters, repeated to {count})");
        output.WriteLine($"geoparse, 1 thread: {count / s:F0} documents/s, {chars / 1e6 / s:F2} M characters/s, {toponyms / (double)count:F1} toponyms per document");
        WriteStages(output, stages, ticks, 3 * articles.Count, "document");
        return 0;
    }

    private static int Run(string path, int count, int threads, TextWriter output, TextWriter errors)
    {
        if (!File.Exists(path)) { errors.WriteLine($"sitrep: error: {path}: corpus not found (give --input FILE.csv)"); return 1; }
        var sw = Stopwatch.StartNew();
        var resources = SitrepResources.Load();
        var loadMs = sw.Elapsed.TotalMilliseconds;
        var extractor = new SitrepExtractor(resources);

        List<(string Text, DateOnly? Published)> corpus = [];
        using (var reader = new StreamReader(path))
        {
            string[]? header = null;
            foreach (var row in CsvReader.Read(reader))
            {
                if (header is null) { header = row; continue; }
                int ci = Array.IndexOf(header, "article_content"), di = Array.IndexOf(header, "date");
                if (ci < 0 || ci >= row.Length) continue;
                DateOnly? pub = di >= 0 && di < row.Length && DateTime.TryParse(row[di], CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) ? DateOnly.FromDateTime(dt) : null;
                corpus.Add((row[ci], pub));
            }
        }
        if (corpus.Count == 0) { errors.WriteLine($"sitrep: error: {path}: no article_content rows"); return 1; }
        long bytes = 0;
        for (int i = 0; i < count; i++) bytes += System.Text.Encoding.UTF8.GetByteCount(corpus[i % corpus.Count].Text);

        // warm-up: two passes over the corpus so tiered JIT and PGO have settled before timing
        for (int pass = 0; pass < 2; pass++)
            foreach (var (text, pub) in corpus) extractor.Extract("w", text, pub);

        long events = 0;
        long alloc0 = GC.GetAllocatedBytesForCurrentThread();
        sw.Restart();
        for (int i = 0; i < count; i++)
        {
            var (text, pub) = corpus[i % corpus.Count];
            events += extractor.Extract(i.ToString(CultureInfo.InvariantCulture), text, pub, PublishedSource.Metadata).Events.Length;
        }
        double single = sw.Elapsed.TotalSeconds;
        long allocPerDoc = (GC.GetAllocatedBytesForCurrentThread() - alloc0) / count;

        // per-stage timing in its own pass: the timestamps cost a little
        var stages = extractor.Pipeline.Stages;
        var ticks = new long[stages.Length];
        int timed = Math.Min(count, 5 * corpus.Count);
        for (int i = 0; i < timed; i++)
        {
            var (text, pub) = corpus[i % corpus.Count];
            extractor.Pipeline.Run(Document.Create("t", text, pub, PublishedSource.Metadata), ticks);
        }

        int cores = threads > 0 ? threads : Environment.ProcessorCount;
        sw.Restart();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = cores }, i =>
        {
            var (text, pub) = corpus[i % corpus.Count];
            extractor.Extract(i.ToString(CultureInfo.InvariantCulture), text, pub, PublishedSource.Metadata);
        });
        double parallel = sw.Elapsed.TotalSeconds;
        using var proc = Process.GetCurrentProcess();
        proc.Refresh();

        output.WriteLine($"corpus: {path} ({corpus.Count} articles, repeated to {count}; {bytes / 1e6:F1} MB)");
        output.WriteLine($"resources loaded in {loadMs:F0} ms ({string.Join(", ", resources.LoadMilliseconds.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value:F0}"))})");
        output.WriteLine($"1 thread: {count / single:F0} articles/s, {bytes / 1e6 / single:F2} MB/s, {events} events, {allocPerDoc / 1024.0:F1} KB allocated per article");
        output.WriteLine($"{cores} threads: {count / parallel:F0} articles/s, {bytes / 1e6 / parallel:F2} MB/s, scaling {single / parallel:F2}x");
        output.WriteLine($"peak RSS: {proc.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MB");
        WriteStages(output, stages, ticks, timed, "article");
        return 0;
    }
}
