using Sitrep.Extraction.Cleaning;
using Sitrep.Extraction.Geocoding;
using Sitrep.Extraction.Recognition;
using Sitrep.Extraction.Segmentation;
using Sitrep.Extraction.Time;
using Sitrep.Lexicons;
using Sitrep.Pipeline;

namespace Sitrep.Extraction;

/// <summary>Shorter pipelines over uncleaned text, for commands that answer in raw offsets (dates, geoparse).</summary>
public static class TextPipelines
{
    /// <summary>paragraphs → segment → dates → published → time.</summary>
    public static DocumentPipeline Dates(SitrepResources resources) => new PipelineBuilder()
        .Add(new ParagraphStage())
        .Add(new SegmentationStage())
        .Add(new DateRecognitionStage())
        .Add(new PublicationDateStage())
        .Add(new TimeResolutionStage())
        .Build(new StageContext(resources, new ExtractionOptions(), TimeProvider.System));

    /// <summary>paragraphs → segment → weapons → actors → dates → places → geocode.</summary>
    public static DocumentPipeline Places(SitrepResources resources) => new PipelineBuilder()
        .Add(new ParagraphStage())
        .Add(new SegmentationStage())
        .Add(new WeaponRecognitionStage())
        .Add(new ActorRecognitionStage())
        .Add(new DateRecognitionStage())
        .Add(new PlaceRecognitionStage())
        .Add(new GeocodingStage())
        .Build(new StageContext(resources, new ExtractionOptions(), TimeProvider.System));
}
