namespace Sitrep.Text;

/// <summary>A half-open character range [Start, End) into a document's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool IsEmpty => End <= Start;
    public bool Contains(int offset) => offset >= Start && offset < End;
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
    public static TextSpan Cover(TextSpan a, TextSpan b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));
    public override string ToString() => $"[{Start},{End})";
}
