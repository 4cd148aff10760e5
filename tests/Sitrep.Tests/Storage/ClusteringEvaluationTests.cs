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
    /// </summary>
    [Theory]
    // (development precision was 0.848 until neighbourhoods were placed: four pairs whose second article names the first one's
    // incident as background now share that event's cluster, as they should, and count as false positives of the article pair)
    [InlineData("fakes-pairs.jsonl", 0.86, 0.83)]
    [InlineData("heldout-pairs.jsonl", 0.81, 0.78)]
    public void Same_and_different_report_pairs_are_clustered_with_measured_pairwise_f1(string file, double f1Bar, double precisionBar)
    {
        if (Some.Shared is not { } shared) { Assert.Skip("../shared is absent: FA-KES articles not available"); return; }
        var csv = Path.Combine(shared, "data", "articles", "FA-KES-Dataset.csv");
        using var store = new SqliteEventStore(Path.Combine(_dir, "c.db"));
        new IngestRunner(Some.Extractor, store).Run(DocumentSources.Read([csv]));
        var clusters = store.Events(new EventQuery())
            .GroupBy(e => e.DocumentKey.Split(':')[2].Split('#')[0])
            .ToDictionary(g => g.Key, g => g.Select(e => e.ClusterId).ToHashSet());
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Golden", "clustering", file)))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var p = JsonDocument.Parse(line).RootElement;
            var a = clusters.GetValueOrDefault(p.GetProperty("a").GetString()!) ?? [];
            var b = clusters.GetValueOrDefault(p.GetProperty("b").GetString()!) ?? [];
            bool predicted = a.Overlaps(b);
            bool same = p.GetProperty("label").GetString() == "same";
            if (predicted && same) tp++; else if (predicted) fp++; else if (same) fn++; else tn++;
        }
        (tp + fp + fn + tn).Should().BeGreaterThanOrEqualTo(100, "issue 6 asks for at least 100 labelled pairs");
        double precision = tp / (double)Math.Max(1, tp + fp), recall = tp / (double)Math.Max(1, tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        output.WriteLine($"{file}: precision {precision:F3}, recall {recall:F3}, F1 {f1:F3} (tp {tp}, fp {fp}, fn {fn}, tn {tn})");
        f1.Should().BeGreaterThanOrEqualTo(f1Bar);
        precision.Should().BeGreaterThanOrEqualTo(precisionBar);
    }
}
