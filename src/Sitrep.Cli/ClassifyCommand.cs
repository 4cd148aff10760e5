using System.CommandLine;
using System.Text.Json;
using Sitrep.Errors;
using Sitrep.Extraction.Classification;
using Sitrep.Lexicons;

namespace Sitrep.Cli;

/// <summary>`sitrep classify` (CASE-2021 task 2 labels) and `sitrep eval classify` (weighted and macro F1).</summary>
public static class ClassifyCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var jsonl = new Option<string>("--input-jsonl") { Description = "JSONL file, one {\"id\",\"text\"} per line", Required = true };
        var explain = new Option<bool>("--explain") { Description = "Also list every trigger with its code and ranking score (why this label)" };
        var cmd = new Command("classify", "Label short reports with CASE-2021 event codes") { jsonl, explain };
        cmd.SetAction(parse =>
        {
            var classifier = new SnippetClassifier(SitrepResources.Load());
            var options = Cli.JsonOptions(false);
            return Cli.ForEachJsonLine(parse.GetValue(jsonl)!, null, output, errors, doc =>
                Cli.WriteJsonLine(output, options, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("id", doc.Id);
                    w.WriteString("label", classifier.Classify(doc.RawText));
                    if (parse.GetValue(explain))
                    {
                        var (d, ranked) = classifier.Rank(doc.RawText);
                        w.WriteStartArray("candidates");
                        foreach (var c in ranked)
                        {
                            w.WriteStartObject();
                            w.WriteString("trigger", d[c.Mention.Trigger]);
                            w.WriteString("code", classifier.CodeOf(c.Type));
                            w.WriteNumber("score", Math.Round(c.Score, 2));
                            if (c.Mention.Suppressed is { } why) w.WriteString("suppressed", why);
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                    }
                    w.WriteEndObject();
                }));
        });
        return cmd;
    }

    public static Command EvalCommand(TextWriter output, TextWriter errors)
    {
        var file = new Argument<string>("file") { Description = "TSV with columns id, EventSnippet, SubType (CASE-2021 task 2)" };
        var cmd = new Command("classify", "Weighted and macro F1 and a confusion summary on a labelled TSV") { file };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (Cli.Missing(path, errors)) return 1;
            var classifier = new SnippetClassifier(SitrepResources.Load());
            var rows = File.ReadLines(path).Skip(1).Where(l => l.Trim().Length > 0).Select(l => l.Split('\t')).Where(f => f.Length >= 3).ToList();
            var gold = rows.Select(f => f[2].Trim()).ToList();
            var pred = rows.Select(f => classifier.Classify(f[1])).ToList();
            if (Environment.GetEnvironmentVariable("SITREP_SHOW_MISSES") is { } want)
                foreach (var (f, p) in rows.Zip(pred).Where(x => x.First[2].Trim() != x.Second && (want == "*" || x.First[2].Trim() == want)).Take(40))
                    output.WriteLine($"  {f[2].Trim()} → {p}: {(f[1].Length > 150 ? f[1][..150] : f[1])}");
            var (weighted, macro, accuracy, perClass) = Scores(gold, pred);
            var confusions = gold.Zip(pred).Where(p => p.First != p.Second).GroupBy(p => $"{p.First} → {p.Second}").OrderByDescending(g => g.Count()).Take(12);
            output.WriteLine("weakest classes: " + string.Join(", ", perClass.OrderBy(kv => kv.Value).Take(8).Select(kv => $"{kv.Key} {kv.Value:F2}")));
            output.WriteLine("most frequent confusions: " + string.Join(", ", confusions.Select(g => $"{g.Key} ×{g.Count()}")));
            output.WriteLine($"classify: weighted-F1 {weighted:F3}, macro-F1 {macro:F3}, accuracy {accuracy:F3}, {gold.Count} snippets");
            return 0;
        });
        return cmd;
    }

    /// <summary>Weighted and macro F1 over the gold label set, as ../shared/eval/score.py computes them.</summary>
    public static (double Weighted, double Macro, double Accuracy, Dictionary<string, double> PerClass) Scores(IReadOnlyList<string> gold, IReadOnlyList<string> pred)
    {
        var labels = gold.Distinct().Order(StringComparer.Ordinal).ToList();
        var perClass = new Dictionary<string, double>();
        double weighted = 0;
        foreach (var l in labels)
        {
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < gold.Count; i++)
            {
                if (gold[i] == l && pred[i] == l) tp++;
                else
                {
                    if (gold[i] == l) fn++;
                    if (pred[i] == l) fp++;
                }
            }
            double p = tp / (double)Math.Max(1, tp + fp), r = tp / (double)Math.Max(1, tp + fn);
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            perClass[l] = f1;
            weighted += f1 * gold.Count(g => g == l);
        }
        double accuracy = gold.Zip(pred).Count(p => p.First == p.Second) / (double)Math.Max(1, gold.Count);
        return (weighted / Math.Max(1, gold.Count), perClass.Values.DefaultIfEmpty(0).Average(), accuracy, perClass);
    }
}
