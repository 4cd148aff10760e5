namespace Sitrep.Text;

/// <summary>A sentence: its span, the range of its tokens, and the kind of block it sits in.</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount, BlockKind Block, int BlockIndex)
{
    public int EndToken => FirstToken + TokenCount;
}
