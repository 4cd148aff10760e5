using Sitrep.Errors;
using Sitrep.Extraction;
using Sitrep.Text;

namespace Sitrep.Storage.Ingest;

/// <summary>What an ingest did: outcomes by kind, and every failure with its input and reason.</summary>
public sealed class IngestSummary
{
    public int Created, Updated, Unchanged;
    public List<(string Origin, string Reason)> Failures { get; } = [];
    public int Documents => Created + Updated + Unchanged;
    /// <summary>Wall time spent extracting and storing (for the throughput figures).</summary>
    public TimeSpan Extracting, Storing;
}

/// <summary>
/// Extracts documents in parallel (order kept) and stores them in batches, one transaction per batch; a bad document
/// is recorded and the batch goes on. A killed run loses at most its open batch, which the next run redoes; the clusters
/// it had not regrouped yet are regrouped when the store is next opened.
/// </summary>
public sealed class IngestRunner(SitrepExtractor extractor, IEventStore store, int batchSize = 64)
{
    private sealed record Extracted(IngestItem Item, Document? Document, string? Error);

    public IngestSummary Run(IEnumerable<IngestItem> items, Action<IngestSummary>? progress = null)
    {
        var summary = new IngestSummary();
        var batch = new List<(IngestedDocument, Document)>(batchSize);
        // a bounded window of input is extracted in parallel, then stored in order: memory stays flat on any corpus size
        foreach (var chunk in items.Chunk(batchSize * 4))
        {
            var extracted = new Extracted[chunk.Length];
            long t0 = System.Diagnostics.Stopwatch.GetTimestamp();
            Parallel.For(0, chunk.Length, i => extracted[i] = Extract(chunk[i]));
            summary.Extracting += System.Diagnostics.Stopwatch.GetElapsedTime(t0);
            foreach (var x in extracted)
            {
                if (x.Item is IngestFailure f) summary.Failures.Add((f.Origin, f.Reason));
                else if (x.Error is not null) summary.Failures.Add((x.Item.Origin, x.Error));
                else batch.Add((((IngestDocument)x.Item).Document, x.Document!));
                if (batch.Count >= batchSize) Flush(batch, summary, progress);
            }
        }
        Flush(batch, summary, progress);
        Regroup(summary);
        return summary;
    }

    // clusters are regrouped every so many batches, so a long ingest shows them as it goes, and at the end; when a
    // regroup costs more than storing the batches before it (an archive spanning years, in a large store), the interval
    // doubles, so regrouping never takes much more than storing
    private int _batchesPerRegroup = 16, _batchesSinceRegroup;
    private TimeSpan _storingSinceRegroup;

    private void Regroup(IngestSummary summary)
    {
        long t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        store.Regroup();
        var took = System.Diagnostics.Stopwatch.GetElapsedTime(t0);
        summary.Storing += took;
        if (took > _storingSinceRegroup) _batchesPerRegroup *= 2;
        _batchesSinceRegroup = 0;
        _storingSinceRegroup = TimeSpan.Zero;
    }

    private Extracted Extract(IngestItem item)
    {
        if (item is not IngestDocument { Document: var doc }) return new Extracted(item, null, null);
        try
        {
            var d = extractor.Pipeline.Run(Document.Create(doc.Key, doc.Text, doc.Published, doc.Published is null ? PublishedSource.None : PublishedSource.Metadata, doc.Title));
            return new Extracted(item, d, null);
        }
        catch (SitrepException e)
        {
            return new Extracted(item, null, e.Message);
        }
    }

    private void Flush(List<(IngestedDocument, Document)> batch, IngestSummary summary, Action<IngestSummary>? progress)
    {
        if (batch.Count == 0) return;
        long t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        var outcomes = store.UpsertBatch(batch);
        var took = System.Diagnostics.Stopwatch.GetElapsedTime(t0);
        summary.Storing += took;
        _storingSinceRegroup += took;
        foreach (var outcome in outcomes)
        {
            switch (outcome)
            {
                case IngestOutcome.Created: summary.Created++; break;
                case IngestOutcome.Updated: summary.Updated++; break;
                default: summary.Unchanged++; break;
            }
        }
        batch.Clear();
        if (++_batchesSinceRegroup >= _batchesPerRegroup) Regroup(summary);
        progress?.Invoke(summary);
    }
}
