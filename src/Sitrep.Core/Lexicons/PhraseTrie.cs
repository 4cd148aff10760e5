using System.Collections.Frozen;
using Sitrep.Text;

namespace Sitrep.Lexicons;

/// <summary>
/// Longest-match lookup of multi-token phrases over folded token keys; no regexes, no backtracking. One flat edge table
/// ((node, key) → child) keeps building cheap for hundreds of thousands of names and lookups allocation-free.
/// </summary>
public sealed class PhraseTrie<T> : IPhraseIndex<T>
{
    private readonly Dictionary<(int Node, string Key), int> _edges = new(EdgeComparer.Instance);
    private readonly List<List<T>?> _values = [null];
    private bool _frozen;
    // the root's edges on their own: most tokens start no phrase, and a frozen string table rejects them fastest
    private FrozenDictionary<string, int>? _root;

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
        _root = _edges.Where(e => e.Key.Node == 0).ToDictionary(e => e.Key.Key, e => e.Value, StringComparer.Ordinal).ToFrozenDictionary(StringComparer.Ordinal);
        return this;
    }

    /// <summary>Longest phrase starting at token <paramref name="start"/> (before <paramref name="limit"/>); length 0 when none.</summary>
    public (int Length, IReadOnlyList<T> Values) Match(ReadOnlySpan<Token> tokens, int start, int limit)
    {
        int node = 0, best = 0;
        IReadOnlyList<T> bestValues = [];
        for (int i = start; i < limit; i++)
        {
            // (a default token has no key: no phrase goes through it)
            if (tokens[i].Key is not { } key || (i == start && _root is not null ? !_root.TryGetValue(key, out node) : !_edges.TryGetValue((node, key), out node))) break;
            if (_values[node] is { Count: > 0 } v) { best = i - start + 1; bestValues = v; }
        }
        return (best, bestValues);
    }

    /// <summary>
    /// The default comparer of a (node, string) tuple hashes the string with randomised Marvin, the largest single cost of
    /// matching; the gazetteer index's FNV-1a over (node, key) is several times cheaper, and the table is fixed once frozen.
    /// </summary>
    private sealed class EdgeComparer : IEqualityComparer<(int Node, string Key)>
    {
        public static readonly EdgeComparer Instance = new();

        public bool Equals((int Node, string Key) a, (int Node, string Key) b) => a.Node == b.Node && string.Equals(a.Key, b.Key);

        public int GetHashCode((int Node, string Key) e) => Sitrep.Places.CompactNameIndex.Hash(e.Node, e.Key);
    }
}
