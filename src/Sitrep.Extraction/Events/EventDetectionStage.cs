using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Events;
using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Finds event triggers from the trigger lexicon, choosing noun or verb readings from the word before
/// ("a strike" vs "struck"); descriptive participles ("an alliance fighting in support of…") are not events.
/// </summary>
public sealed class EventDetectionStage : IPipelineStage
{
    public string Name => "events";
    public Annotations Requires => Annotations.Tokens | Annotations.Sentences | Annotations.Actors | Annotations.Weapons | Annotations.Dates;
    public Annotations Provides => Annotations.EventMentions;

    internal static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "this", "that", "these", "those", "such", "another", "its", "their", "his", "her", "our", "first", "second",
        "third", "fourth", "new", "major", "deadly", "fresh", "latest", "any", "no", "final", "recent", "massive", "heavy", "fierce",
        "an", "of", "the", "suspected", "alleged", "apparent", "separate", "further", "earlier", "last", "two", "three", "several", "one",
        "coordinated", "failed", "large-scale", "ground", "military", "joint", "'s", "same", "similar", "each", "every", "many", "some",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> BeVerbs = FrozenSet.ToFrozenSet(
        ["is", "are", "was", "were", "be", "been", "being", "am", "'s", "has", "have", "had", "will", "would", "could", "may", "might", "to", "not", "and", "or", "continue", "continued", "began", "started", "also", "reportedly", "allegedly"],
        StringComparer.Ordinal);

    public Document Run(Document d, StageContext context)
    {
        var lex = context.Resources.Triggers.Entries;
        var actorTokens = new HashSet<int>();
        foreach (var a in d.Actors) for (int t = a.FirstToken; t < a.EndToken; t++) actorTokens.Add(t);
        var dateTokens = new HashSet<int>();
        foreach (var x in d.Dates) for (int t = x.FirstToken; t < x.EndToken; t++) dateTokens.Add(t);
        var result = ImmutableArray.CreateBuilder<EventMention>();
        for (int si = 0; si < d.Sentences.Length; si++)
        {
            var s = d.Sentences[si];
            int i = s.FirstToken;
            while (i < s.EndToken)
            {
                if (d.Tokens[i].Kind != TokenKind.Word || actorTokens.Contains(i) || dateTokens.Contains(i)) { i++; continue; }
                var (len, entries) = lex.Match(d.Tokens.AsSpan(), i, s.EndToken);
                // a verb with its particle after the object: "pushed al-Shabab militants out of", "drove the terrorists out"
                if (d.Key(i) is "pushed" or "drove" or "driven" or "forced" or "kicked" or "chased" or "flushed" && ParticleOut(d, i, s.EndToken) > 0
                    && OutEntry(lex, d.Key(i)) is { } outEntry)
                {
                    result.Add(new EventMention
                    {
                        Trigger = d.SpanOf(i, i + 1), TriggerToken = i, SentenceIndex = si, Type = outEntry.Type, Nominal = false, Plural = false,
                        // with its particle found the verb is unambiguous: no longer a weak word
                        InHeading = s.Block != BlockKind.Body, Flags = outEntry.Flags & ~TriggerFlags.Weak, TriggerLength = 1,
                    });
                    i++;
                    continue;
                }
                if (len == 0) { i++; continue; }
                var entry = Choose(d, entries, i, len, s.FirstToken);
                // "a warning shot", "the fight": an article before a verb form makes it a noun we do not code
                if (entry is { Nominal: false } && i > s.FirstToken && d.Key(i - 1) is "a" or "an" or "the") entry = null;
                // "a warning shot", "the first hit": a verb form without -ed two words after an article is a noun
                if (entry is { Nominal: false } && len == 1 && i - 2 >= s.FirstToken && d.Key(i - 2) is "a" or "an" or "the" && !d.Key(i).EndsWith("ed", StringComparison.Ordinal)
                    && d.Tokens[i - 1].Kind == TokenKind.Word && !actorTokens.Contains(i - 1) && !BeVerbs.Contains(d.Key(i - 1))) entry = null;
                if (entry is not null && !IsDescriptiveParticiple(d, entry, i, s.FirstToken, actorTokens))
                {
                    result.Add(new EventMention
                    {
                        Trigger = d.SpanOf(i, i + len),
                        TriggerToken = i,
                        SentenceIndex = si,
                        Type = entry.Type,
                        Nominal = entry.Nominal,
                        Plural = entry.Plural,
                        InHeading = s.Block != BlockKind.Body,
                        Flags = entry.Flags,
                        TriggerLength = len,
                    });
                }
                i += len;
            }
        }
        return d with { EventMentions = result.ToImmutable() };
    }

    private static int ParticleOut(Document d, int i, int end)
    {
        for (int k = i + 2; k < Math.Min(end, i + 8); k++)
        {
            if (d.Tokens[k].Kind == TokenKind.Punctuation) return 0;
            if (d.Key(k) == "out" && k + 1 < end && d.Key(k + 1) is "of" or "from") return k;
        }
        return 0;
    }

    // the lexicon's own entry for "<verb> out" ("pushed out", "drove out"), so data decides the type
    private static TriggerEntry? OutEntry(Sitrep.Lexicons.PhraseTrie<TriggerEntry> lex, string verb)
    {
        var probe = Tokenizer.Tokenize(verb + " out");
        var (len, entries) = lex.Match(probe.AsSpan(), 0, probe.Length);
        return len == 2 && entries.Count > 0 ? entries[0] : null;
    }

    /// <summary>Noun reading after a determiner or adjective-like word, verb reading otherwise.</summary>
    private static TriggerEntry? Choose(Document d, IReadOnlyList<TriggerEntry> entries, int i, int len, int sentenceStart)
    {
        var prev = i > sentenceStart ? d.Key(i - 1) : "";
        // "rocket shells", "mortar fire": a weapon word before a verb-only form makes it a noun we do not code
        // "civilian targets", "military strikes" with only a verb entry for the -s form: a noun, not coded
        if (entries.All(e => !e.Nominal) && d.Key(i).EndsWith('s') && prev is "civilian" or "military" or "residential" or "strategic" or "key" or "enemy" or "legitimate" or "terrorist" or "multiple" or "several" or "many" or "other")
            return null;
        // …but a past form or a phrase after the weapon is its verb: "Israeli artillery shelled", "a sniper shot dead"
        bool pastVerb = len > 1 || d.Key(i).EndsWith("ed", StringComparison.Ordinal);
        if (entries.Count == 1) return !entries[0].Nominal && !pastVerb && prev is "rocket" or "mortar" or "artillery" or "tank" or "missile" or "machine-gun" or "sniper" ? null : entries[0];
        bool nounContext = Determiners.Contains(prev) || (i > sentenceStart && d.Tokens[i - 1].Kind == TokenKind.Number)
            || (prev.EndsWith("-led", StringComparison.Ordinal) || prev.EndsWith("-backed", StringComparison.Ordinal));
        if (!nounContext && i > sentenceStart && d.Tokens[i - 1].Kind == TokenKind.Word && !BeVerbs.Contains(prev) && prev is "air" or "drone" or "missile" or "rocket" or "artillery" or "us" or "russian" or "israeli" or "coalition" or "regime" or "government" or "army")
            nounContext = !(pastVerb && entries.Any(e => !e.Nominal) && prev is "drone" or "missile" or "rocket" or "artillery");
        foreach (var e in entries) if (e.Nominal == nounContext) return e;
        // "rocket shells", "the fires": a noun where the lexicon only knows the verb
        return nounContext ? null : entries[0];
    }

    /// <summary>"an alliance fighting in support of Assad", "the coalition fighting Daesh": an -ing word right after a noun phrase describes it.</summary>
    private static bool IsDescriptiveParticiple(Document d, TriggerEntry entry, int i, int sentenceStart, HashSet<int> actorTokens)
    {
        if (!d.Key(i).EndsWith("ing", StringComparison.Ordinal) || i == sentenceStart) return false;
        // "monitored Turkish forces establishing a new military post": what the forces are seen doing
        if (entry.Flags.HasFlag(TriggerFlags.Establish) && i + 2 < d.Tokens.Length && d.Key(i + 1) is "a" or "an" && d.Key(i + 2) == "new") return false;
        // "the coalition fighting Daesh": right after an actor even a noun-looking -ing word describes it
        if (entry.Nominal) return actorTokens.Contains(i - 1) && !BeVerbs.Contains(d.Key(i - 1));
        var prevTok = d.Tokens[i - 1];
        if (prevTok.Kind != TokenKind.Word) return false;
        var prev = prevTok.Key;
        if (BeVerbs.Contains(prev) || prev is "with" or "while" or "after" or "before" or "by" or "in" or "of" or "for" or "from" or "on" or "amid" or "during" or "without" or "when" or "since"
            or "seen" or "caught" or "spotted" or "filmed" or "photographed" or "kept") return false;
        return true;
    }
}
