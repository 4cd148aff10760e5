using System.Collections.Immutable;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Extraction.Cleaning;

/// <summary>
/// Blocks without cleaning: every line is kept and the text is not changed, so offsets stay those of the input.
/// Used where callers give spans into the raw text (gold toponym spans, date evaluation).
/// </summary>
public sealed class ParagraphStage : IPipelineStage
{
    public string Name => "paragraphs";
    public Annotations Requires => Annotations.RawText;
    public Annotations Provides => Annotations.CleanText | Annotations.Blocks;

    public Document Run(Document document, StageContext context)
    {
        var text = document.RawText;
        var blocks = ImmutableArray.CreateBuilder<Block>();
        int i = 0;
        while (i < text.Length)
        {
            int nl = text.IndexOf('\n', i);
            int end = nl < 0 ? text.Length : nl;
            int s = i, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) blocks.Add(new Block(new TextSpan(s, e), CleaningStage.IsHeading(text.AsSpan(s, e - s)) && e - s < 120 ? BlockKind.Heading : BlockKind.Body));
            if (nl < 0) break;
            i = nl + 1;
        }
        // (as in cleaning: with no finished sentence anywhere, the lines are the body)
        if (!blocks.Any(b => b.Kind == BlockKind.Body))
            for (int k = 0; k < blocks.Count; k++) blocks[k] = blocks[k] with { Kind = BlockKind.Body };
        return document with { Blocks = blocks.ToImmutable() };
    }
}
