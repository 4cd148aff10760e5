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
        if (d.Published is not null) return d;
        foreach (var m in d.Dates)
        {
            if (m.Expression is not { Kind: DateExpressionKind.Absolute, Year: not null }) continue;
            var value = TimeResolutionStage.Resolve(m.Expression, null, null, false);
            if (value is null) continue;
            var s = d.Sentences[d.SentenceOfToken(m.FirstToken)];
            if (m.Span.Start - d.Blocks[s.BlockIndex].Span.Start <= 40 && s.BlockIndex <= 1)
                return d with { Published = value.Start, PublishedSource = PublishedSource.Dateline };
        }
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
}
