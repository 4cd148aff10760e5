using Sitrep.Text;

namespace Sitrep.Lexicons;

/// <summary>Longest-match lookup of multi-token phrases over folded token keys.</summary>
public interface IPhraseIndex<T>
{
    /// <summary>Longest phrase starting at token <paramref name="start"/> (before <paramref name="limit"/>); length 0 when none.</summary>
    (int Length, IReadOnlyList<T> Values) Match(ReadOnlySpan<Token> tokens, int start, int limit);
}
