using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Cleaning;
using Sitrep.Extraction.Events;
using Sitrep.Extraction.Geocoding;
using Sitrep.Extraction.Recognition;
using Sitrep.Extraction.Segmentation;
using Sitrep.Extraction.Time;
using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Extraction;

/// <summary>The standard per-document pipeline: clean → segment → recognise → publication date → time → geocode → sources → detect → attach → modality → assemble.</summary>
public sealed class SitrepExtractor
{
    public DocumentPipeline Pipeline { get; }

    public SitrepExtractor(SitrepResources resources, ExtractionOptions? options = null, TimeProvider? clock = null)
    {
        Pipeline = CreateBuilder().Build(new StageContext(resources, options ?? new ExtractionOptions(), clock ?? TimeProvider.System));
    }

    public static PipelineBuilder CreateBuilder()
    {
        var builder = new PipelineBuilder();
        foreach (var stage in Stages()) builder.Add(stage);
        return builder;
    }

    /// <summary>The standard stages in order.</summary>
    public static IEnumerable<IPipelineStage> Stages() =>
    [
        new CleaningStage(),
        new SegmentationStage(),
        new WeaponRecognitionStage(),
        new ActorRecognitionStage(),
        new DateRecognitionStage(),
        new PlaceRecognitionStage(),
        new CasualtyRecognitionStage(),
        new PublicationDateStage(),
        new TimeResolutionStage(),
        new GeocodingStage(),
        new SourceAttributionStage(),
        new EventDetectionStage(),
        new ArgumentAttachmentStage(),
        new ModalityStage(),
        new EventAssemblyStage(),
    ];

    public Document Extract(string id, string text, DateOnly? published = null, PublishedSource source = PublishedSource.Argument, string? title = null) =>
        Pipeline.Run(Document.Create(id, text, published, source, title));
}
