namespace Sitrep.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte { Word, Number, Punctuation }

/// <summary>A token: a span plus its kind and a case/diacritic-folded key used for lexicon lookup.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind, string Key)
{
    public int Start => Span.Start;
    public int End => Span.End;
}
