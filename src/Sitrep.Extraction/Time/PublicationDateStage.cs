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
        for (int i = 0; i < d.Dates.Length; i++)
        {
            var m = d.Dates[i];
            if (m.Expression is not { Kind: DateExpressionKind.Absolute, Year: not null }) continue;
            var value = TimeResolutionStage.Resolve(m.Expression, null, null, false);
            if (value is null) continue;
            var s = d.Sentences[d.SentenceOfToken(m.FirstToken)];
            if (s.Block != BlockKind.Body || m.Span.Start - d.Blocks[s.BlockIndex].Span.Start > 40 || !OnlyDatelineWordsBefore(d, s.FirstToken, m.FirstToken)) continue;
            // "On 12 March 2021, gunmen…" dates the event; a dateline runs straight into the story ("Wed 05 Apr 2017 Syria attack…")
            if (m.EndToken < s.EndToken && d.Tokens[m.EndToken].Kind == TokenKind.Punctuation && d.Text[d.Tokens[m.EndToken].Start] == ',') continue;
            // the dateline dates the report: it never dates an event, whether or not a date was given
            d = d with { Dates = d.Dates.SetItem(i, m with { IsDateline = true }) };
            if (d.Published is null) d = d with { Published = value.Start, PublishedSource = PublishedSource.Dateline };
            // feed or corpus metadata is often a crawl or update date, never earlier than the story: a dateline up to
            // 60 days before it is the better anchor for "on Tuesday" (a date given on the command line is kept)
            else if (d.PublishedSource == PublishedSource.Metadata && value.Start < d.Published && d.Published.Value.DayNumber - value.Start.DayNumber <= 60)
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

    /// <summary>"Published", "Date of publication", "Updated", a city in capitals: words that may open a dateline.</summary>
    private static bool OnlyDatelineWordsBefore(Document d, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            var key = d.Key(k);
            if (d.Tokens[k].Kind == TokenKind.Punctuation || key is "published" or "date" or "of" or "publication" or "updated" or "posted" or "last") continue;
            if (d.IsAllCaps(k)) continue;
            return false;
        }
        return true;
    }
}
