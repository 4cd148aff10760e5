using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Errors;
using Sitrep.Extraction.Geocoding;
using Sitrep.Extraction.Input;
using Sitrep.Lexicons;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Cli;

/// <summary>`sitrep geoparse` (toponyms with coordinates) and `sitrep eval geoparse` (accuracy on a gold corpus).</summary>
public static class GeoparseCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var jsonl = new Option<string>("--input-jsonl") { Description = "JSONL file, one {\"id\",\"text\",\"spans\"?} per line", Required = true };
        var gold = new Option<bool>("--gold-spans") { Description = "Resolve only the given \"spans\":[[start,end],…] of each line" };
        var cmd = new Command("geoparse", "Find and resolve place names") { jsonl, gold };
        cmd.SetAction(parse =>
        {
            var geoparser = new Geoparser(SitrepResources.Load());
            var path = parse.GetValue(jsonl)!;
            bool useGold = parse.GetValue(gold);
            if (Cli.Missing(path, errors)) return 1;
            var options = Cli.JsonOptions(false);
            int lineNo = 0, failed = 0, ok = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNo++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                try
                {
                    var (id, text, spans) = ParseLine(path, lineNo, line, useGold);
                    var tops = useGold ? geoparser.ResolveSpans(id, text, spans) : geoparser.Parse(id, text);
                    Cli.WriteJsonLine(output, options, w => Write(w, id, tops));
                    ok++;
                }
                catch (SitrepException e) { failed++; errors.WriteLine($"sitrep: error: {e.Message}"); }
                // (resolution runs outside the pipeline's stages, which wrap their own failures: a fault on one document is
                // reported with its line, and the batch goes on)
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failed++;
                    errors.WriteLine($"sitrep: error: {ErrorCodes.Format(ErrorCode.StageFailed)}: {path}:{lineNo}: geoparsing failed: {e.Message}");
                }
            }
            return ok == 0 && failed > 0 ? 1 : 0;
        });
        return cmd;
    }

    public static Command EvalCommand(TextWriter output, TextWriter errors)
    {
        var corpus = new Argument<string>("corpus") { Description = "LGL, GeoWebNews or GeoVirus XML file" };
        var min = new Option<double>("--min") { Description = "Exit non-zero when gold-span accuracy@161km is below this" };
        var show = new Option<int>("--show-errors") { Description = "Also list the N most frequent misses (gold name → resolved place, km)" };
        var cmd = new Command("geoparse", "Accuracy@161km, AUC, mean/median error and exact-id rate, for gold spans and end to end") { corpus, min, show };
        cmd.SetAction(parse =>
        {
            var articles = GeoCorpusReader.Read(parse.GetValue(corpus)!);
            var geoparser = new Geoparser(SitrepResources.Load());
            var goldErrors = new List<double>();
            int exact = 0, n = 0, predicted = 0, recognised = 0;
            var e2eErrors = new List<double>();
            var misses = new Dictionary<string, int>();
            var sw = System.Diagnostics.Stopwatch.StartNew();
            foreach (var a in articles)
            {
                var tops = geoparser.ResolveSpans(a.Id, a.Text, a.Toponyms.Select(t => t.Span).ToList());
                for (int i = 0; i < a.Toponyms.Count; i++)
                {
                    var g = a.Toponyms[i];
                    n++;
                    var p = tops[i].Place;
                    double km = p is null ? 20039 : Place.DistanceKm(g.Lat, g.Lon, p.Lat, p.Lon);
                    goldErrors.Add(km);
                    if (km > 161)
                    {
                        var key = $"{g.Name} → {(p is null ? "(none)" : $"{p.Name} [{p.Kind} {p.Country}]")} ({km:F0} km)";
                        misses[key] = misses.GetValueOrDefault(key) + 1;
                    }
                    if (p?.GeonameId is { } gid && g.GeonameId == gid.ToString(CultureInfo.InvariantCulture)) exact++;
                }
                var found = geoparser.Parse(a.Id, a.Text);
                predicted += found.Count;
                var goldBySpan = a.Toponyms.GroupBy(t => t.Span).ToDictionary(x => x.Key, x => x.First());
                foreach (var f in found)
                {
                    if (!goldBySpan.TryGetValue(f.Span, out var g)) continue;
                    recognised++;
                    e2eErrors.Add(f.Place is null ? 20039 : Place.DistanceKm(g.Lat, g.Lon, f.Place.Lat, f.Place.Lon));
                }
            }
            double seconds = sw.Elapsed.TotalSeconds;
            var (acc, auc, mean, median) = Summarise(goldErrors);
            output.WriteLine($"corpus: {parse.GetValue(corpus)} ({articles.Count} articles, {n} gold toponyms, {seconds / Math.Max(1, articles.Count) * 1000:F1} ms/article)");
            output.WriteLine($"gold spans: acc@161km {acc:F3}, AUC {auc:F3}, mean {mean:F0} km, median {median:F0} km, exact-id {(double)exact / Math.Max(1, n):F3}");
            var (eacc, _, _, _) = Summarise(e2eErrors);
            double precision = (double)recognised / Math.Max(1, predicted), recall = (double)recognised / Math.Max(1, n);
            output.WriteLine($"end to end: recognition precision {precision:F3}, recall {recall:F3} (exact spans), acc@161km of recognised {eacc:F3}");
            foreach (var kv in misses.OrderByDescending(kv => kv.Value).Take(parse.GetValue(show))) output.WriteLine($"  {kv.Value,4} {kv.Key}");
            var threshold = parse.GetValue(min);
            return acc >= threshold ? 0 : 1;
        });
        return cmd;
    }

    private static (double Acc, double Auc, double Mean, double Median) Summarise(List<double> errors)
    {
        if (errors.Count == 0) return (0, 1, 0, 0);
        errors.Sort();
        double acc = errors.Count(x => x <= 161) / (double)errors.Count;
        double auc = errors.Sum(x => Math.Log(1 + x)) / errors.Count / Math.Log(20039);
        return (acc, auc, errors.Average(), errors[errors.Count / 2]);
    }

    private static (string Id, string Text, List<TextSpan> Spans) ParseLine(string path, int lineNo, string line, bool spans)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(line); }
        catch (JsonException e) { throw new SitrepException(ErrorCode.InvalidJsonLine, $"{path}:{lineNo}: not valid JSON ({e.Message})"); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String)
                throw new SitrepException(ErrorCode.InvalidJsonLine, $"{path}:{lineNo}: expected an object with a \"text\" string");
            string id = root.TryGetProperty("id", out var idEl) ? (idEl.ValueKind == JsonValueKind.String ? idEl.GetString()! : idEl.GetRawText()) : lineNo.ToString(CultureInfo.InvariantCulture);
            var list = new List<TextSpan>();
            if (spans)
            {
                if (!root.TryGetProperty("spans", out var s) || s.ValueKind != JsonValueKind.Array)
                    throw new SitrepException(ErrorCode.InvalidJsonLine, $"{path}:{lineNo}: --gold-spans needs a \"spans\" array");
                foreach (var pair in s.EnumerateArray())
                {
                    if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2)
                        throw new SitrepException(ErrorCode.InvalidJsonLine, $"{path}:{lineNo}: each span must be [start, end]");
                    list.Add(new TextSpan(pair[0].GetInt32(), pair[1].GetInt32()));
                }
            }
            return (id, t.GetString()!, list);
        }
    }

    private static void Write(Utf8JsonWriter w, string id, IReadOnlyList<Geoparser.Toponym> tops)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WritePropertyName("toponyms");
        w.WriteStartArray();
        foreach (var t in tops)
        {
            w.WriteStartObject();
            w.WriteNumber("start", t.Span.Start);
            w.WriteNumber("end", t.Span.End);
            w.WriteString("text", t.Text);
            if (t.Place is { } p)
            {
                w.WriteNumber("lat", Math.Round(p.Lat, 4));
                w.WriteNumber("lon", Math.Round(p.Lon, 4));
                if (p.GeonameId is { } gid) w.WriteNumber("geonameid", gid); else w.WriteNull("geonameid");
                w.WriteString("country", p.Country);
                w.WriteString("name", p.Name);
            }
            else
            {
                w.WriteNull("lat"); w.WriteNull("lon"); w.WriteNull("geonameid"); w.WriteNull("country");
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
