using Sitrep.Lexicons;

namespace Sitrep.Pipeline;

/// <summary>What stages share: the loaded resources, options and the injected clock (never DateTime.Now).</summary>
public sealed record StageContext(SitrepResources Resources, ExtractionOptions Options, TimeProvider Clock);

/// <summary>Switches that change what the extractor reports.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Also report background (historical) and hypothetical events, marked by their modality.</summary>
    public bool IncludeBackground { get; init; }
}
