using System.Collections.Immutable;

namespace Sitrep.Text;

/// <summary>Maps offsets in cleaned text back to the raw input: a sorted list of copied pieces.</summary>
public sealed class OffsetMap
{
    /// <summary>One piece of cleaned text copied verbatim from the raw text.</summary>
    public readonly record struct Piece(int CleanStart, int RawStart, int Length);

    private readonly ImmutableArray<Piece> _pieces;

    public OffsetMap(ImmutableArray<Piece> pieces) => _pieces = pieces;

    public static OffsetMap Identity(int length) => new([new Piece(0, 0, length)]);

    public ImmutableArray<Piece> Pieces => _pieces;

    /// <summary>Raw offset of a cleaned offset; offsets in inserted separators map to the end of the previous piece.</summary>
    public int ToRaw(int cleanOffset)
    {
        int lo = 0, hi = _pieces.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (_pieces[mid].CleanStart <= cleanOffset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        if (found < 0) return 0;
        var p = _pieces[found];
        return p.RawStart + Math.Min(cleanOffset - p.CleanStart, p.Length);
    }

    public TextSpan ToRaw(TextSpan clean) =>
        clean.IsEmpty ? new TextSpan(ToRaw(clean.Start), ToRaw(clean.Start)) : new TextSpan(ToRaw(clean.Start), ToRaw(clean.End - 1) + 1);
}
