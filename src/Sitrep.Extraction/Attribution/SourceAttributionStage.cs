using System.Collections.Immutable;
using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Extraction.Attribution;

/// <summary>
/// Who said it: the speaker of each reporting verb ("…, a US military spokesperson said", "said Colonel Ryan Dillon, …",
/// "according to X"); "he" and "the official" resolve to the latest matching speaker.
/// </summary>
public sealed class SourceAttributionStage : IPipelineStage
{
    public string Name => "sources";
    public Annotations Requires => Annotations.Tokens | Annotations.Sentences | Annotations.Dates;
    public Annotations Provides => Annotations.Sources;

    public Document Run(Document d, StageContext context)
    {
        var cues = context.Resources.Cues;
        var result = ImmutableArray.CreateBuilder<SourceMention>();
        var speakers = new List<SourceMention>();
        for (int si = 0; si < d.Sentences.Length; si++)
        {
            var s = d.Sentences[si];
            if (s.Block != BlockKind.Body) continue;
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                var key = d.Key(i);
                TextSpan? speaker = null;
                // the evidence span: the speaker with a parenthetical that describes it (", based in Coventry,")
                TextSpan? clause = null;
                if (key == "according" && i + 1 < s.EndToken && d.Key(i + 1) == "to")
                    speaker = Forward(d, i + 2, s.EndToken);
                // reporting verbs are lower case: "United States" holds no "states"
                else if ((cues.Is(key, CueKind.Report) || cues.Is(key, CueKind.Claim)) && !d.IsCapitalised(i))
                {
                    bool afterComma = i > s.FirstToken && d.Tokens[i - 1].Kind == TokenKind.Punctuation && i + 1 < s.EndToken;
                    var before = Backward(d, i, s.FirstToken);
                    // "…, which is held by government forces, said the Observatory on Monday": a "which" clause may describe a
                    // thing of the report, and the speaker follow the verb
                    if (before is var (np, full, opener) && !(opener is "which" or "whose" && InvertedSpeaker(d, i + 1, s.EndToken)))
                        (speaker, clause) = (np, full);
                    else if (afterComma) speaker = Forward(d, i + 1, s.EndToken);
                }
                if (speaker is null) continue;
                var name = Resolve(d, d[speaker.Value], speakers);
                if (name is null) continue;
                var m = new SourceMention(clause ?? speaker.Value, si, name);
                result.Add(m);
                speakers.Add(m);
            }
        }
        return d with { Sources = result.ToImmutable() };
    }

    /// <summary>
    /// The noun phrase before a reporting verb, skipping a parenthetical ", speaking on condition of anonymity,"; with the
    /// span from the noun phrase through the parenthetical, and the parenthetical's first word (null when there is none).
    /// </summary>
    private static (TextSpan Np, TextSpan Full, string? Opener)? Backward(Document d, int verb, int first)
    {
        int end = verb, fullEnd = verb;
        string? opener = null;
        if (end - 1 >= first && d.Key(end - 1) is "further" or "also" or "later" or "had" or "has" or "have" or "previously" or "earlier") end--;
        if (end - 1 >= first && d.Key(end - 1) is "further" or "also") end--;
        // "the ministry on Thursday said": the date is no part of the speaker
        if (DateEndingAt(d, end, first) is { } said)
        {
            end = said.FirstToken;
            if (end - 1 >= first && d.Key(end - 1) == "on") end--;
        }
        if (end - 1 >= first && d.IsPunct(end - 1, ','))
        {
            // skip a parenthetical participle clause back to the previous comma
            int k = end - 2;
            while (k >= first && !d.IsPunct(k, ',')) k--;
            // (", which relies on activists inside Syria,", ", based in Britain,": what the speaker is, not who it is)
            if (k >= first && k + 1 < end - 1 && d.Key(k + 1) is "speaking" or "who" or "citing" or "quoted" or "adding" or "according" or "which" or "whose" or "based")
                (end, fullEnd, opener) = (k, end - 1, d.Key(k + 1));
            else return null;
        }
        int start = NounPhraseStart(d, end, first);
        // "the Syrian Observatory for Human Rights which tracks the violence says": the speaker is the one the relative clause
        // describes, not the clause
        if (start - 1 > first && d.Key(start - 1) is "which" or "who" && NounPhraseStart(d, start - 1, first) is var owner && owner < start - 1 && start - 1 - owner <= 8)
            (start, end) = (owner, start - 1);
        if (start >= end || end - start > 8) return null;
        // "the United States has said": the subject is a clause's subject, not a quote's end
        return Trim(d, start, end) is { } np ? (np, fullEnd > end ? new TextSpan(np.Start, d.Tokens[fullEnd - 1].End) : np, opener) : null;
    }

    /// <summary>
    /// The words after the reporting verb at <paramref name="start"/> - 1 name its speaker and end the clause ("…, said the
    /// Observatory.", "said a local official on Monday"), rather than open what was said ("said the clashes in Aleppo killed …").
    /// </summary>
    private static bool InvertedSpeaker(Document d, int start, int limit)
    {
        int end = ForwardEnd(d, start, limit);
        if (end <= start || end - start > 8) return false;
        // ("said air strikes killed 12 people": a verb makes it what was said)
        for (int k = start; k < end; k++)
            if (!d.IsCapitalised(k) && d.Key(k) is var w && (w.EndsWith("ed", StringComparison.Ordinal) && !w.Contains('-') || w is "was" or "were" or "is" or "are" or "has" or "have" or "had" or "will" or "would"))
                return false;
        if (end >= limit || d.Tokens[end].Kind == TokenKind.Punctuation) return true;
        // a day or a statement may follow the speaker: "said the Observatory on Monday", "said the army in a statement"
        int rest = limit - end;
        return d.Key(end) is "on" or "in" && rest <= 4 && (limit - 1 < d.Tokens.Length && d.Tokens[limit - 1].Kind == TokenKind.Punctuation || rest <= 3);
    }

    /// <summary>
    /// Where the noun phrase ending at <paramref name="end"/> starts: back to punctuation, a conjunction or a relative pronoun, or
    /// a date that ends the clause before it in text stripped of commas ("… killed on Thursday the Syrian Observatory said";
    /// "the Sunday Times", "the May 18 Memorial Foundation" keep their dates).
    /// </summary>
    private static int NounPhraseStart(Document d, int end, int first)
    {
        int start = end;
        bool commaless = d.Text.AsSpan().IndexOf(',') < 0;
        while (start - 1 >= first && d.Tokens[start - 1].Kind != TokenKind.Punctuation && d.Key(start - 1) is not ("that" or "and" or "but" or "as" or "which" or "who" or "while")
               && !(DateEndingAt(d, start, first) is { } date && !(date.FirstToken > first && d.Key(date.FirstToken - 1) is "the" or "a" or "an"))
               // in text with its commas stripped an article opens the phrase ("… in Syrias Kobani a monitor said", "killed 10
               // civilians the Observatory said"), unless a preposition ties it to more ("the head of the Observatory", "activists
               // in the city") or a relative clause describes the speaker ("which tracks the violence")
               && !(commaless && start < end && d.Key(start) is "a" or "an" or "the"
                    && d.Key(start - 1) is not ("of" or "for" or "from" or "at" or "with" or "to" or "in" or "on" or "near" or "inside" or "within" or "by" or "among")
                    && !(start - 2 >= first && d.Key(start - 2) is "which" or "who" || start - 3 >= first && d.Key(start - 3) is "which" or "who"))) start--;
        return start;
    }

    private static DateMention? DateEndingAt(Document d, int end, int first)
    {
        foreach (var m in d.Dates)
            if (m.EndToken == end && m.FirstToken >= first) return m;
        return null;
    }

    private static TextSpan? Forward(Document d, int start, int limit)
    {
        int end = ForwardEnd(d, start, limit);
        if (end <= start || end - start > 8) return null;
        return Trim(d, start, end);
    }

    /// <summary>Where the phrase after a reporting verb ends: at punctuation, "that", "on", "in", "who" or "as".</summary>
    private static int ForwardEnd(Document d, int start, int limit)
    {
        int end = start;
        while (end < limit && d.Tokens[end].Kind != TokenKind.Punctuation && d.Key(end) is not ("that" or "on" or "in" or "who" or "as")) end++;
        return end;
    }

    private static TextSpan? Trim(Document d, int start, int end)
    {
        while (start < end && d.Tokens[start].Kind == TokenKind.Punctuation) start++;
        if (start >= end) return null;
        var first = d.Key(start);
        if (end - start == 1 && first is "it" or "they" or "this" or "which" or "there") return null;
        return d.SpanOf(start, end);
    }

    /// <summary>Pronouns and definite descriptions ("the official") point back to the latest fitting speaker.</summary>
    private static string? Resolve(Document d, string text, List<SourceMention> earlier)
    {
        var lower = text.ToLowerInvariant();
        if (lower is "he" or "she")
        {
            for (int k = earlier.Count - 1; k >= 0; k--)
                if (earlier[k].Name.Any(char.IsUpper) && !earlier[k].Name.StartsWith("a ", StringComparison.OrdinalIgnoreCase)) return earlier[k].Name;
            return null;
        }
        if (lower.StartsWith("the ", StringComparison.Ordinal) && lower.Split(' ').Length <= 3)
        {
            var head = lower[(lower.LastIndexOf(' ') + 1)..];
            for (int k = earlier.Count - 1; k >= 0; k--)
                if (earlier[k].Name.Contains(head, StringComparison.OrdinalIgnoreCase)) return earlier[k].Name;
        }
        // "Dillon said" after "Colonel Ryan Dillon": use the full name
        if (!lower.Contains(' ') && char.IsUpper(text[0]))
            foreach (var e in earlier)
                if (e.Name.EndsWith(" " + text, StringComparison.Ordinal)) return e.Name;
        return text;
    }
}
