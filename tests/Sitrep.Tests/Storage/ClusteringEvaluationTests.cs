using System.Text.Json;
using AwesomeAssertions;
using Sitrep.Storage;
using Sitrep.Storage.Ingest;
using Sitrep.Storage.Sqlite;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Storage;

/// <summary>Pairwise clustering quality on hand-labelled FA-KES report pairs (evaluation test: needs ../shared).</summary>
public sealed class ClusteringEvaluationTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-cluster-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>
    /// fakes-pairs.jsonl is the development set (its errors were studied); heldout-pairs.jsonl was labelled by a separate
    /// session and is only measured. Bars are the measured figures rounded down: raise them as clustering improves.
    /// A pair is labelled "same" when both stories report one incident in their own right; an incident a story tells only
    /// as context for its own news is no report of it (ATTRIBUTION.md, "Background is not reporting"). So a story counts
    /// as reporting the clusters of its events that the pipeline did not mark as context. The figure that counts every
    /// event, context too, is printed beside it.
    /// </summary>
    [Theory]
    [InlineData("fakes-pairs.jsonl", 0.90, 0.88)]
    [InlineData("heldout-pairs.jsonl", 0.85, 0.80)]
    public void Same_and_different_report_pairs_are_clustered_with_measured_pairwise_f1(string file, double f1Bar, double precisionBar)
    {
        if (Some.Shared is not { } shared) { Assert.Skip("../shared is absent: FA-KES articles not available"); return; }
        var csv = Path.Combine(shared, "data", "articles", "FA-KES-Dataset.csv");
        using var store = new SqliteEventStore(Path.Combine(_dir, "c.db"));
        new IngestRunner(Some.Extractor, store).Run(DocumentSources.Read([csv]));
        var events = store.Events(new EventQuery()).ToList();
        static string Article(StoredEvent e) => e.DocumentKey.Split(':')[2].Split('#')[0];
        var reported = events.Where(e => !JsonDocument.Parse(e.Json).RootElement.GetProperty("context").GetBoolean())
            .GroupBy(Article).ToDictionary(g => g.Key, g => g.Select(e => e.ClusterId).ToHashSet());
        var any = events.GroupBy(Article).ToDictionary(g => g.Key, g => g.Select(e => e.ClusterId).ToHashSet());
        var pairs = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Golden", "clustering", file)).Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(p => (A: p.GetProperty("a").GetString()!, B: p.GetProperty("b").GetString()!, Same: p.GetProperty("label").GetString() == "same")).ToList();
        pairs.Count.Should().BeGreaterThanOrEqualTo(100, "issue 6 asks for at least 100 labelled pairs");

        (double Precision, double F1) Score(Dictionary<string, HashSet<string>> clusters, string what)
        {
            int tp = 0, fp = 0, fn = 0, tn = 0;
            foreach (var (a, b, same) in pairs)
            {
                bool predicted = (clusters.GetValueOrDefault(a) ?? []).Overlaps(clusters.GetValueOrDefault(b) ?? []);
                if (predicted && same) tp++; else if (predicted) fp++; else if (same) fn++; else tn++;
            }
            double precision = tp / (double)Math.Max(1, tp + fp), recall = tp / (double)Math.Max(1, tp + fn);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            output.WriteLine($"{file} ({what}): precision {precision:F3}, recall {recall:F3}, F1 {f1:F3} (tp {tp}, fp {fp}, fn {fn}, tn {tn})");
            return (precision, f1);
        }
        Score(any, "every event, context too");
        var (p, f) = Score(reported, "reported events");
        f.Should().BeGreaterThanOrEqualTo(f1Bar);
        p.Should().BeGreaterThanOrEqualTo(precisionBar);
    }
}
