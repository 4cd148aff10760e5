using System.Collections.Immutable;
using Sitrep.Places;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>An argument value together with the span of text that supports it.</summary>
public readonly record struct Evidenced<T>(T Value, TextSpan Span);

/// <summary>Where an event happened, with ACLED geo_precision (1 town, 2 near a town or part of a region, 3 region or country).</summary>
public sealed record EventLocation(Place Place, int GeoPrecision, string Name, double Lat, double Lon);

/// <summary>One coded event of a document, every field carrying the span that supports it.</summary>
public sealed record CodedEvent
{
    public required string Id { get; init; }
    public required EventType Type { get; init; }
    public required Modality Modality { get; init; }
    public DateValue? Date { get; init; }
    public TextSpan? DateSpan { get; init; }
    public string? DateNote { get; init; }
    /// <summary>
    /// The story's own text names the day: not its dateline (the filing day) nor a night or dawn that straddles two days
    /// ("late on Tuesday", "overnight"). Clustering trusts only such days to tell two strikes apart.
    /// </summary>
    public bool DayNamed { get; init; }
    /// <summary>
    /// The story tells the event only as context for its own news (every mention of it is context): a cluster counts the
    /// story among its mentions, not among its reports.
    /// </summary>
    public bool Context { get; init; }
    public Evidenced<Actor>? Actor1 { get; init; }
    public Evidenced<Actor>? Actor2 { get; init; }
    public Evidenced<EventLocation>? Location { get; init; }
    public Evidenced<int>? Fatalities { get; init; }
    public Evidenced<int>? Injured { get; init; }
    public Evidenced<string>? Weapon { get; init; }
    public ImmutableArray<Evidenced<string>> Sources { get; init; } = [];
    /// <summary>Sentences that report this event; the first is the main evidence.</summary>
    public ImmutableArray<TextSpan> Evidence { get; init; } = [];
    public double Confidence { get; init; }
}
