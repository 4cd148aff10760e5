using Sitrep.Events;
using Sitrep.Places;
using Sitrep.Time;

namespace Sitrep.Text;

/// <summary>A recognised actor phrase ("pro-regime forces", "the US-led coalition").</summary>
public sealed record ActorMention(TextSpan Span, int FirstToken, int EndToken, Actor Actor);

/// <summary>A place name in text with its resolved place (null until geocoded) and spatial cue words.</summary>
public sealed record PlaceMention(TextSpan Span, int FirstToken, int EndToken, IReadOnlyList<Place> Candidates)
{
    /// <summary>Directional qualifier such as "southern" in "southern Syria"; null when absent.</summary>
    public string? Direction { get; init; }
    /// <summary>True when introduced by "near", "outside", "around": ACLED geo_precision 2.</summary>
    public bool Near { get; init; }
    /// <summary>A demonym ("Syrian") standing for its country: a toponym for geoparsing, never an event's location.</summary>
    public bool IsDemonym { get; init; }
    /// <summary>Found only under the loose key of a spelling variant ("Maadan" for "Ma‘dān"): kept only when the story backs it.</summary>
    public bool Loose { get; init; }
    /// <summary>
    /// A name that only modifies another word — inside a hyphenated word ("Britain-based", "Saudi-led") or opening an
    /// organisation's name ("European Commission", "Kurdistan Workers' Party"): a toponym for geoparsing, no evidence for events.
    /// </summary>
    public bool Modifier { get; init; }
    /// <summary>A possessive whose apostrophe was stripped ("Syrias Idlib province"): it qualifies what follows, like "Syria's".</summary>
    public bool Possessive { get; init; }
    public Place? Resolved { get; init; }
}

/// <summary>A date or time expression and, once the time stage ran, its resolved value.</summary>
public sealed record DateMention(TextSpan Span, int FirstToken, int EndToken, DateExpression Expression)
{
    public DateValue? Value { get; init; }
    /// <summary>The publication dateline ("Published February 23 2015 …"): dates the report, not an event.</summary>
    public bool IsDateline { get; init; }
}

/// <summary>A weapon word ("drone", "F-15 fighter jet").</summary>
public sealed record WeaponMention(TextSpan Span, int FirstToken, int EndToken, string Name, WeaponClass Class);

/// <summary>Killed or injured.</summary>
public enum CasualtyKind : byte { Killed, Injured }

/// <summary>A casualty phrase: "killing 6 civilians", "no injuries" (Count 0).</summary>
public sealed record CasualtyMention(TextSpan Span, int FirstToken, int EndToken, CasualtyKind Kind, int Count, string? Victims);

/// <summary>Who said it: the speaker of a reporting verb, resolved through "he"/"the official" to a named speaker.</summary>
public sealed record SourceMention(TextSpan Span, int SentenceIndex, string Name);
