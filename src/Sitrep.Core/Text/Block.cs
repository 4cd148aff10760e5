namespace Sitrep.Text;

/// <summary>Body paragraphs carry the story; headings and captions only corroborate it.</summary>
public enum BlockKind : byte
{
    Body,
    Heading,
    /// <summary>A photo caption inside a body paragraph ("People inspect the damage … in Idlib province, Syria June 12, 2016."); only a sentence has this kind.</summary>
    Caption,
}

/// <summary>A paragraph-like block of cleaned text (one input line or paragraph).</summary>
public readonly record struct Block(TextSpan Span, BlockKind Kind);
