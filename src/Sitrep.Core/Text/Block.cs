namespace Sitrep.Text;

/// <summary>Body paragraphs carry the story; headings and captions only corroborate it.</summary>
public enum BlockKind : byte { Body, Heading }

/// <summary>A paragraph-like block of cleaned text (one input line or paragraph).</summary>
public readonly record struct Block(TextSpan Span, BlockKind Kind);
