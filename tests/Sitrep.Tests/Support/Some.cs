using Sitrep.Extraction;
using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Tests.Support;

/// <summary>Builders for tests: the shipped resources (loaded once), extractors and hand-built documents.</summary>
public static class Some
{
    private static readonly Lazy<SitrepResources> LazyResources = new(() => SitrepResources.Load());
    private static readonly Lazy<SitrepExtractor> LazyExtractor = new(() => new SitrepExtractor(Resources));

    public static SitrepResources Resources => LazyResources.Value;
    public static SitrepExtractor Extractor => LazyExtractor.Value;
    public static StageContext Context => Extractor.Pipeline.Context;

    private static readonly Lazy<SitrepExtractor> LazyBackground = new(() => new SitrepExtractor(Resources, new ExtractionOptions { IncludeBackground = true }));

    public static Document Article(string text, string published = "2017-06-08", bool includeBackground = false) =>
        (includeBackground ? LazyBackground.Value : Extractor).Extract("test", text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Runs the standard stages up to and including <paramref name="lastStage"/>.</summary>
    public static Document Through(string lastStage, string text, string? published = "2017-06-08")
    {
        var doc = Document.Create("test", text, published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), PublishedSource.Argument);
        foreach (var stage in Extractor.Pipeline.Stages)
        {
            doc = stage.Run(doc, Context) with { Provided = doc.Provided | stage.Provides };
            if (stage.Name == lastStage) return doc;
        }
        throw new ArgumentException($"no stage named {lastStage}");
    }

    /// <summary>The repository root (holding Sitrep.slnx), found from the test binaries.</summary>
    public static string RepoRoot
    {
        get
        {
            var d = new DirectoryInfo(AppContext.BaseDirectory);
            while (d is not null && !File.Exists(Path.Combine(d.FullName, "Sitrep.slnx"))) d = d.Parent;
            return d?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    /// <summary>../shared beside the repository, or null where it is absent (a user's clone).</summary>
    public static string? Shared
    {
        get
        {
            var p = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(p) ? p : null;
        }
    }
}
