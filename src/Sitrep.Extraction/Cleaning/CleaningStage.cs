using System.Collections.Immutable;
using System.Text;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Extraction.Cleaning;

/// <summary>
/// Drops page furniture (bylines, lines repeated from earlier in the page such as photo captions, trailing
/// navigation words) and splits the rest into blocks; the offset map leads every kept character back to the raw text.
/// </summary>
public sealed class CleaningStage : IPipelineStage
{
    public string Name => "clean";
    public Annotations Requires => Annotations.RawText;
    public Annotations Provides => Annotations.CleanText | Annotations.Blocks;

    private static readonly string[] NavigationWords =
        ["share", "tweet", "email", "print", "comments", "related", "advertisement", "read more", "read also", "tags", "more", "subscribe", "follow us", "related articles", "related news", "next", "previous", "home", "menu"];

    public Document Run(Document document, StageContext context)
    {
        var raw = document.RawText;
        var lines = SplitLines(raw);
        var kept = new List<(TextSpan Raw, BlockKind Kind)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var bodyKeys = new List<string>();
        foreach (var span in lines)
        {
            var text = raw.AsSpan(span.Start, span.Length);
            var key = NormaliseLine(text);
            if (key.Length == 0) continue;
            if (IsByline(text)) continue;
            if (!seen.Add(key)) continue; // a caption or heading repeating an earlier line
            var kind = IsHeading(text) ? BlockKind.Heading : BlockKind.Body;
            // a caption that only restates a sentence already in the body adds nothing
            if (kind == BlockKind.Heading && key.Length > 25 && bodyKeys.Exists(b => b.Contains(key, StringComparison.Ordinal))) continue;
            if (kind == BlockKind.Body) bodyKeys.Add(key);
            kept.Add((span, kind));
        }
        // a text with no finished sentence at all ("Gunmen killed five soldiers in Mogadishu on Monday", a feed item's title, a
        // pasted note) is not a headline over a missing story: its lines are what there is to read
        if (!kept.Exists(k => k.Kind == BlockKind.Body)) kept = kept.ConvertAll(k => (k.Raw, BlockKind.Body));
        // trailing navigation and page furniture after the last body paragraph
        int lastBody = kept.FindLastIndex(k => k.Kind == BlockKind.Body);
        if (lastBody >= 0)
        {
            for (int i = kept.Count - 1; i > lastBody; i--)
                if (WordCount(raw.AsSpan(kept[i].Raw.Start, kept[i].Raw.Length)) <= 4) kept.RemoveAt(i);
        }
        kept.RemoveAll(k => IsNavigation(raw.AsSpan(k.Raw.Start, k.Raw.Length)));

        var sb = new StringBuilder(raw.Length);
        var pieces = ImmutableArray.CreateBuilder<OffsetMap.Piece>(kept.Count);
        var blocks = ImmutableArray.CreateBuilder<Block>(kept.Count);
        foreach (var (span, kind) in kept)
        {
            if (sb.Length > 0) sb.Append("\n\n");
            pieces.Add(new OffsetMap.Piece(sb.Length, span.Start, span.Length));
            blocks.Add(new Block(new TextSpan(sb.Length, sb.Length + span.Length), kind));
            sb.Append(raw, span.Start, span.Length);
        }
        return document with { Text = sb.ToString(), OffsetMap = new OffsetMap(pieces.ToImmutable()), Blocks = blocks.ToImmutable() };
    }

    /// <summary>Non-empty lines, trimmed, as spans of the raw text.</summary>
    private static List<TextSpan> SplitLines(string raw)
    {
        var result = new List<TextSpan>();
        int i = 0;
        while (i <= raw.Length)
        {
            int nl = raw.IndexOfAny(['\n', '\r', '\u2028', '\u2029'], i);
            int end = nl < 0 ? raw.Length : nl;
            int s = i, e = end;
            while (s < e && char.IsWhiteSpace(raw[s])) s++;
            while (e > s && char.IsWhiteSpace(raw[e - 1])) e--;
            if (e > s) result.Add(new TextSpan(s, e));
            if (nl < 0) break;
            i = nl + 1;
        }
        return result;
    }

    private static string NormaliseLine(ReadOnlySpan<char> line)
    {
        var sb = new StringBuilder(line.Length);
        foreach (var c in line)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    private static int WordCount(ReadOnlySpan<char> line)
    {
        int n = 0; bool inWord = false;
        foreach (var c in line)
        {
            bool w = !char.IsWhiteSpace(c);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }

    /// <summary>Short lines without sentence-final punctuation: headlines, sub-heads, captions.</summary>
    internal static bool IsHeading(ReadOnlySpan<char> line)
    {
        var t = line.TrimEnd();
        if (t.Length == 0) return true;
        // a trailing bracketed note ("… in Basra. [size=around 100]") follows a finished sentence
        while (t.Length > 0 && t[^1] == ']' && t.LastIndexOf('[') is > 0 and var open) t = t[..open].TrimEnd();
        if (t.Length == 0) return false;
        char last = t[^1];
        bool terminal = last is '.' or '!' or '?' or '"' or '”' or '\'' or '’' or ')' or ':' ;
        return !terminal && WordCount(t) <= 25;
    }

    /// <summary>"TRT World and Agencies", "By Jane Doe", "Reuters": short credit lines.</summary>
    internal static bool IsByline(ReadOnlySpan<char> line)
    {
        int words = WordCount(line);
        if (words > 7) return false;
        var s = line.ToString();
        if (s.EndsWith(" and Agencies", StringComparison.OrdinalIgnoreCase) || s.EndsWith(" and agencies", StringComparison.Ordinal)) return true;
        if (s.StartsWith("By ", StringComparison.Ordinal) && words <= 5 && !s.EndsWith('.')) return true;
        if (s.EndsWith("| Reuters", StringComparison.Ordinal) || s.EndsWith("/AFP", StringComparison.Ordinal)) return true;
        return s is "Reuters" or "AFP" or "AP" or "Associated Press" or "Agencies" or "Staff Writer" or "Staff writer";
    }

    private static bool IsNavigation(ReadOnlySpan<char> line)
    {
        var s = line.ToString().Trim().TrimEnd(':').ToLowerInvariant();
        return Array.IndexOf(NavigationWords, s) >= 0;
    }
}
