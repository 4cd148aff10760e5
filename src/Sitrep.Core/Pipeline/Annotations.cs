namespace Sitrep.Pipeline;

/// <summary>Annotation layers a stage can require or provide.</summary>
[Flags]
public enum Annotations
{
    None = 0,
    RawText = 1 << 0,
    CleanText = 1 << 1,
    Blocks = 1 << 2,
    Tokens = 1 << 3,
    Sentences = 1 << 4,
    Actors = 1 << 5,
    Places = 1 << 6,
    Dates = 1 << 7,
    Weapons = 1 << 8,
    Casualties = 1 << 9,
    Sources = 1 << 10,
    EventMentions = 1 << 11,
    Arguments = 1 << 12,
    ResolvedDates = 1 << 13,
    Geocoded = 1 << 14,
    Modality = 1 << 15,
    Events = 1 << 16,
    PublishedDate = 1 << 17,
}
