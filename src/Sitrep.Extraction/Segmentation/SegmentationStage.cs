using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Extraction.Recognition;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Extraction.Segmentation;

/// <summary>Tokens and sentences per block; abbreviations ("Col.", "U.S."), decimals and closing quotes do not end a sentence wrongly.</summary>
public sealed class SegmentationStage : IPipelineStage
{
    public string Name => "segment";
    public Annotations Requires => Annotations.CleanText | Annotations.Blocks;
    public Annotations Provides => Annotations.Tokens | Annotations.Sentences;

    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "dr", "col", "gen", "lt", "sgt", "maj", "capt", "cpl", "adm", "gov", "sen", "rep", "rev", "st", "jr", "sr",
        "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp",
        "brig", "cmdr", "pvt", "prof", "mt", "ft", "pres", "gens", "cols", "lieut", "sheikh", "messrs", "approx", "est", "dept", "govt", "al",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> SentenceStarters = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "he", "she", "it", "they", "we", "i", "in", "on", "at", "but", "and", "this", "that", "there", "its", "his", "her", "their", "as", "after", "earlier", "later", "meanwhile", "however"],
        StringComparer.Ordinal);

    public Document Run(Document document, StageContext context)
    {
        var text = document.Text;
        var tokens = ImmutableArray.CreateBuilder<Token>(text.Length / 5);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        for (int b = 0; b < document.Blocks.Length; b++)
        {
            var block = document.Blocks[b];
            int first = tokens.Count;
            Tokenizer.TokenizeInto(text, block.Span, tokens);
            int sentStart = first;
            for (int i = first; i < tokens.Count; i++)
            {
                if (!EndsSentence(text, tokens, i, sentStart)) continue;
                int end = i + 1;
                // closing quotes and brackets belong to the sentence they close
                while (end < tokens.Count && IsCloser(text, tokens[end])) end++;
                Add(text, sentences, tokens, sentStart, end, block.Kind, b);
                sentStart = end;
                i = end - 1;
            }
            if (sentStart < tokens.Count) Add(text, sentences, tokens, sentStart, tokens.Count, block.Kind, b);
        }
        return document with { Tokens = tokens.ToImmutable(), Sentences = sentences.ToImmutable() };
    }

    private static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "sept"], StringComparer.Ordinal);

    /// <summary>
    /// A wire photo caption run into the text: it ends in the place and full date of the picture with no comma between them
    /// ("… in Idlib province, Syria June 12, 2016."), perhaps followed by a credit ("(File photo)", "REUTERS/Name"). A
    /// story's sentence names its day with a preposition ("signed on April 27, 2017"), a weekday ("on Saturday March 28
    /// 2015") or a comma ("killed 12 people in Maiduguri, Nigeria, June 7, 2017.").
    /// </summary>
    private static bool IsCaption(string text, ImmutableArray<Token>.Builder tokens, int from, int to)
    {
        int k = to - 1;
        while (k > from && tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] is '.' or ')' or '(' or ',') k--;
        // ("… Syria April 18 2017 (File photo) (TRT World and Agencies)"; "… June 12, 2016. REUTERS/Khalil Ashawi")
        for (int credits = 0; credits < 3 && k > from && text[tokens[k].Start] is not ('1' or '2'); credits++)
        {
            int open = k;
            while (open > from && open > k - 6 && !(tokens[open].Kind == TokenKind.Punctuation && text[tokens[open].Start] == '(')) open--;
            if (open > from && text[tokens[open].Start] == '(' && (k - open <= 4)) k = open - 1;
            while (k > from && tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] is '.' or ',') k--;
        }
        if (k - 4 < from || tokens[k].Kind != TokenKind.Number || tokens[k].Key.Length != 4 || tokens[k].Key[0] is not ('1' or '2')) return false;
        int j = k - 1;
        if (tokens[j].Kind == TokenKind.Punctuation && text[tokens[j].Start] == ',') j--;
        if (tokens[j].Kind != TokenKind.Number || tokens[j].Key.Length > 2) return false;
        j--;
        if (!Months.Contains(tokens[j].Key)) return false;
        j--;
        // the picture's place, capitalised, not a weekday; and a caption is a clause, not just a dateline
        return j - from >= 5 && tokens[j].Kind == TokenKind.Word && char.IsUpper(text[tokens[j].Start]) && !DateScanner.Weekdays.ContainsKey(tokens[j].Key);
    }

    /// <summary>Adds a sentence of the block; a photo caption inside a body paragraph becomes a caption sentence.</summary>
    private static void Add(string text, ImmutableArray<Sentence>.Builder sentences, ImmutableArray<Token>.Builder tokens, int from, int to, BlockKind kind, int block)
    {
        if (to <= from) return;
        if (kind == BlockKind.Body && IsCaption(text, tokens, from, to)) kind = BlockKind.Caption;
        sentences.Add(new Sentence(new TextSpan(tokens[from].Start, tokens[to - 1].End), from, to - from, kind, block));
    }

    private static bool IsCloser(string text, Token t) =>
        t.Kind == TokenKind.Punctuation && text[t.Start] is '"' or '”' or '’' or '\'' or ')' or ']' && IsQuoteCloser(text, t);

    private static bool IsQuoteCloser(string text, Token t) =>
        text[t.Start] is not ('"' or '\'') || t.End >= text.Length || char.IsWhiteSpace(text[t.End]) || char.IsPunctuation(text[t.End]);

    private static bool EndsSentence(string text, ImmutableArray<Token>.Builder tokens, int i, int sentStart)
    {
        var t = tokens[i];
        if (t.Kind == TokenKind.Word && text[t.End - 1] == '.' && t.Length() > 2)
        {
            // "U.S." may end a sentence only when a typical sentence opener follows
            if (i + 1 >= tokens.Count) return true;
            var next = tokens[i + 1];
            return char.IsUpper(text[next.Start]) && SentenceStarters.Contains(next.Key);
        }
        if (t.Kind != TokenKind.Punctuation) return false;
        char c = text[t.Start];
        if (c is '!' or '?') return NextStartsSentence(text, tokens, i);
        // "… April 18 2017 (File photo) (TRT World and Agencies) A bomb killed six people": a photo credit ends its caption (a
        // dateline's credit, "DAMASCUS, Syria (AP) The army shelled …", opens the story's sentence)
        if (c == ')') return i + 1 < tokens.Count && char.IsUpper(text[tokens[i + 1].Start]) && SentenceStarters.Contains(tokens[i + 1].Key) && IsCredit(text, tokens, i)
                             && IsCaption(text, tokens, sentStart, i + 1);
        if (c != '.' || t.Length() > 1) return c == '.' && NextStartsSentence(text, tokens, i);
        if (i > 0)
        {
            var prev = tokens[i - 1];
            if (prev.End == t.Start && prev.Kind == TokenKind.Word)
            {
                if (Abbreviations.Contains(prev.Key) && i + 1 < tokens.Count && !SentenceStarters.Contains(tokens[i + 1].Key)) return false;
                // an initial: "J. Smith"
                if (prev.Length() == 1 && char.IsUpper(text[prev.Start])) return false;
            }
        }
        return NextStartsSentence(text, tokens, i);
    }

    private static readonly FrozenSet<string> CreditWords = FrozenSet.ToFrozenSet(
        ["photo", "photos", "file", "agencies", "afp", "reuters", "ap", "getty", "images", "epa", "anadolu", "courtesy", "handout"], StringComparer.Ordinal);

    /// <summary>A short parenthesis closing at <paramref name="close"/> that credits a picture ("(File photo)", "(Reuters)").</summary>
    private static bool IsCredit(string text, ImmutableArray<Token>.Builder tokens, int close)
    {
        for (int k = close - 1; k >= 0 && k >= close - 6; k--)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] == '(')
                return k < close - 1 && Enumerable.Range(k + 1, close - k - 1).Any(x => CreditWords.Contains(tokens[x].Key));
            if (tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] == ')') return false;
        }
        return false;
    }

    private static bool NextStartsSentence(string text, ImmutableArray<Token>.Builder tokens, int i)
    {
        int j = i + 1;
        while (j < tokens.Count && IsCloser(text, tokens[j])) j++;
        if (j >= tokens.Count) return true;
        char c = text[tokens[j].Start];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '\'' or '‘' or '(' or '[';
    }
}

internal static class TokenExtensions
{
    public static int Length(this Token t) => t.End - t.Start;
}
