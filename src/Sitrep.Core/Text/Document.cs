using System.Collections.Immutable;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Text;

/// <summary>Where the publication date came from.</summary>
public enum PublishedSource : byte { None, Argument, Metadata, Dateline, Caption }

/// <summary>One article: it owns the text; every annotation is a half-open span into <see cref="Text"/>.</summary>
public sealed record Document
{
    public required string Id { get; init; }
    /// <summary>The input exactly as received.</summary>
    public required string RawText { get; init; }
    /// <summary>The cleaned text all spans point into.</summary>
    public required string Text { get; init; }
    public required OffsetMap OffsetMap { get; init; }
    public string? Title { get; init; }
    public DateOnly? Published { get; init; }
    public PublishedSource PublishedSource { get; init; }
    public Annotations Provided { get; init; } = Annotations.RawText;

    public ImmutableArray<Block> Blocks { get; init; } = [];
    public ImmutableArray<Token> Tokens { get; init; } = [];
    public ImmutableArray<Sentence> Sentences { get; init; } = [];
    public ImmutableArray<ActorMention> Actors { get; init; } = [];
    public ImmutableArray<PlaceMention> Places { get; init; } = [];
    public ImmutableArray<DateMention> Dates { get; init; } = [];
    public ImmutableArray<WeaponMention> Weapons { get; init; } = [];
    public ImmutableArray<CasualtyMention> Casualties { get; init; } = [];
    public ImmutableArray<SourceMention> Sources { get; init; } = [];
    public ImmutableArray<EventMention> EventMentions { get; init; } = [];
    public ImmutableArray<CodedEvent> Events { get; init; } = [];

    public static Document Create(string id, string text, DateOnly? published = null, PublishedSource source = PublishedSource.None, string? title = null) => new()
    {
        Id = id,
        RawText = text,
        Text = text,
        OffsetMap = OffsetMap.Identity(text.Length),
        Published = published,
        PublishedSource = published is null ? PublishedSource.None : source,
        Title = title,
    };

    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);
    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>Index of the sentence holding a token (binary search).</summary>
    public int SentenceOfToken(int token)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var s = Sentences[mid];
            if (token < s.FirstToken) hi = mid - 1;
            else if (token >= s.EndToken) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
