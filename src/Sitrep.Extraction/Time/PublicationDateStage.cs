using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Extraction.Time;

/// <summary>
/// When no publication date came with the document, takes one from the text: a dateline at the very start
/// ("Wed 05 Apr 2017 …", "DAMASCUS, June 7, 2017 –"), else a full date in a caption or heading; records which.
/// </summary>
public sealed class PublicationDateStage : IPipelineStage
{
    public string Name => "published";
    public Annotations Requires => Annotations.Dates | Annotations.Sentences;
    public Annotations Provides => Annotations.PublishedDate;

    public Document Run(Document d, StageContext context)
    {
        int firstBody = -1;
        for (int b = 0; b < d.Blocks.Length && firstBody < 0; b++) if (d.Blocks[b].Kind == BlockKind.Body) firstBody = d.Blocks[b].Span.Start;
        // "MOSUL, Iraq, April 19 (Reuters) -": a wire dateline gives the filing day, often without a year; it dates no event
        var agencies = context.Resources.Nouns.Of(Sitrep.Lexicons.WordClasses.NewsAgency);
        for (int i = 0; i < d.Dates.Length; i++)
        {
            var m = d.Dates[i];
            if (m.IsDateline || m.Expression.Kind != DateExpressionKind.Absolute || m.EndToken + 1 >= d.Tokens.Length) continue;
            if (d.Key(m.EndToken) != "(" || !agencies.Contains(d.Key(m.EndToken + 1))) continue;
            var s = d.Sentences[d.SentenceOfToken(m.FirstToken)];
            if (s.FirstToken >= m.FirstToken || !d.IsAllCaps(s.FirstToken) || m.Span.Start - d.Blocks[s.BlockIndex].Span.Start > 60) continue;
            if (Enumerable.Range(s.FirstToken, m.FirstToken - s.FirstToken).Any(k => d.Tokens[k].Kind == TokenKind.Word && !d.IsCapitalised(k))) continue;
            d = d with { Dates = d.Dates.SetItem(i, m with { IsDateline = true }) };
        }
        for (int i = 0; i < d.Dates.Length; i++)
        {
            var m = d.Dates[i];
            if (m.Expression is not { Kind: DateExpressionKind.Absolute, Year: not null }) continue;
            var value = TimeResolutionStage.Resolve(m.Expression, null, null, false);
            if (value is null) continue;
            var s = d.Sentences[d.SentenceOfToken(m.FirstToken)];
            bool leading = s.Block != BlockKind.Heading && m.Span.Start - d.Blocks[s.BlockIndex].Span.Start <= 40 && OnlyDatelineWordsBefore(d, s.FirstToken, m.FirstToken);
            // corpora that glue the headline to the story put the dateline after it ("… rebel town Monitor AFP Sunday 3 Jul 2016 Fierce …")
            if (!leading && !AfterHeadline(d, m, firstBody)) continue;
            // "On 12 March 2021, gunmen…" dates the event; a dateline runs straight into the story ("Wed 05 Apr 2017 Syria attack…")
            if (m.EndToken < s.EndToken && d.Tokens[m.EndToken].Kind == TokenKind.Punctuation && d.Text[d.Tokens[m.EndToken].Start] == ',') continue;
            // the dateline dates the report: it never dates an event, whether or not a date was given
            d = d with { Dates = d.Dates.SetItem(i, m with { IsDateline = true }) };
            if (d.Published is null) d = d with { Published = value.Start, PublishedSource = PublishedSource.Dateline };
            // feed or corpus metadata is often a crawl, import or update date: the story's own dateline is the better anchor for
            // "on Tuesday", unless the dateline itself is an update stamp a few days later than the metadata — a story edited
            // more than a week after it was published is rarer than a corpus date that is simply wrong (a date given on the
            // command line is kept)
            else if (d.PublishedSource == PublishedSource.Metadata && value.Start != d.Published
                     && (value.Start < d.Published || value.Start.DayNumber - d.Published.Value.DayNumber > 7 || !UpdateStamp(d, s.FirstToken, m.FirstToken)))
                d = d with { Published = value.Start, PublishedSource = PublishedSource.Dateline };
            break;
        }
        if (d.Published is not null) return d;
        foreach (var m in d.Dates)
        {
            if (m.Expression is not { Kind: DateExpressionKind.Absolute, Year: not null }) continue;
            var s = d.Sentences[d.SentenceOfToken(m.FirstToken)];
            if (s.Block != BlockKind.Heading) continue;
            var value = TimeResolutionStage.Resolve(m.Expression, null, null, false);
            if (value is not null) return d with { Published = value.Start, PublishedSource = PublishedSource.Caption };
        }
        return d;
    }

    /// <summary>
    /// A full date early in the first body block, standing between a headline and the story: no preposition or article before
    /// it, and a capitalised word, a clock time or the end of the text after it — running prose dates with "on", "since" …
    /// </summary>
    private static bool AfterHeadline(Document d, DateMention m, int firstBody)
    {
        if (firstBody < 0 || m.Span.Start - firstBody > 250 || m.Span.Start < firstBody || m.FirstToken == 0) return false;
        if (m.Expression is not { Day: not null, Month: not null, Year: not null, EndDay: null }) return false;
        var before = d.Tokens[m.FirstToken - 1];
        if (before.Kind == TokenKind.Punctuation || IsWord(d.Key(m.FirstToken - 1), ProseBefore)) return false;
        if (m.EndToken >= d.Tokens.Length) return true;
        // "… Reuters Wednesday 7 Aug 2013 sixty-two rebel fighters were killed": weekday and full date, the shape of a dateline
        if (m.Expression.Weekday is not null) return true;
        var after = d.Tokens[m.EndToken];
        if (after.Kind == TokenKind.Number) return true;
        return after.Kind == TokenKind.Word && char.IsUpper(d.Text[after.Start]);
    }

    private static bool IsWord(string key, string[] words) => Array.IndexOf(words, key) >= 0;

    private static readonly string[] ProseBefore =
        ["on", "since", "until", "till", "by", "in", "from", "to", "before", "after", "between", "of", "and", "or", "the", "last",
         "early", "late", "mid", "through", "during", "as", "at", "than", "that", "which", "for", "dated", "date"];

    /// <summary>"Updated", "Last updated at …": a stamp of the last edit, not of the story.</summary>
    private static bool UpdateStamp(Document d, int from, int to)
    {
        for (int k = Math.Max(from, to - 4); k < to; k++)
            if (d.Key(k) is "updated" or "update" or "modified" or "edited") return true;
        return false;
    }

    /// <summary>"Published", "Date of publication", "Updated", a city in capitals: words that may open a dateline.</summary>
    private static bool OnlyDatelineWordsBefore(Document d, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            var key = d.Key(k);
            if (d.Tokens[k].Kind == TokenKind.Punctuation || key is "published" or "date" or "of" or "publication" or "updated" or "posted" or "last") continue;
            // "Posted on April 4 2017", "Last updated at Apr 23 2017"
            if (key is "on" or "at" && k > from && d.Key(k - 1) is "published" or "updated" or "posted") continue;
            if (d.IsAllCaps(k)) continue;
            return false;
        }
        return true;
    }
}
