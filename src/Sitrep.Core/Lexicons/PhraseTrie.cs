using Sitrep.Text;

namespace Sitrep.Lexicons;

/// <summary>
/// Longest-match lookup of multi-token phrases over folded token keys; no regexes, no backtracking. One flat edge table
/// ((node, key) → child) keeps building cheap for hundreds of thousands of names and lookups allocation-free.
/// </summary>
public sealed class PhraseTrie<T> : IPhraseIndex<T>
{
    private readonly Dictionary<(int Node, string Key), int> _edges = [];
    private readonly List<List<T>?> _values = [null];
    private bool _frozen;

    public int Count { get; private set; }

    /// <summary>Adds a phrase given as surface text; it is tokenized and folded like document text.</summary>
    public void Add(string phrase, T value) => Add(KeysOf(phrase), value);

    public void Add(IReadOnlyList<string> keys, T value)
    {
        if (_frozen) throw new InvalidOperationException("trie is frozen");
        if (keys.Count == 0) return;
        int node = 0;
        foreach (var k in keys)
        {
            if (!_edges.TryGetValue((node, k), out var next))
            {
                next = _values.Count;
                _values.Add(null);
                _edges[(node, k)] = next;
            }
            node = next;
        }
        var list = _values[node] ??= [];
        if (!list.Contains(value)) { list.Add(value); Count++; }
    }

    public static List<string> KeysOf(string phrase)
    {
        var toks = Tokenizer.Tokenize(phrase);
        var keys = new List<string>(toks.Length);
        foreach (var t in toks) keys.Add(t.Key);
        return keys;
    }

    /// <summary>Marks the trie read-only; it may then be shared between threads.</summary>
    public PhraseTrie<T> Freeze()
    {
        _frozen = true;
        _edges.TrimExcess();
        return this;
    }

    /// <summary>Longest phrase starting at token <paramref name="start"/> (before <paramref name="limit"/>); length 0 when none.</summary>
    public (int Length, IReadOnlyList<T> Values) Match(IReadOnlyList<Token> tokens, int start, int limit)
    {
        int node = 0, best = 0;
        IReadOnlyList<T> bestValues = [];
        for (int i = start; i < limit; i++)
        {
            if (!_edges.TryGetValue((node, tokens[i].Key), out node)) break;
            if (_values[node] is { Count: > 0 } v) { best = i - start + 1; bestValues = v; }
        }
        return (best, bestValues);
    }
}
