using System.Collections.Frozen;
using Sitrep.Text;

namespace Sitrep.Lexicons;

/// <summary>Longest-match lookup of multi-token phrases over folded token keys; no regexes, no backtracking.</summary>
public sealed class PhraseTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public FrozenDictionary<string, Node>? Frozen;
        public List<T>? Values;
    }

    private readonly Node _root = new();
    private bool _frozen;

    public int Count { get; private set; }

    /// <summary>Adds a phrase given as surface text; it is tokenized and folded like document text.</summary>
    public void Add(string phrase, T value) => Add(KeysOf(phrase), value);

    public void Add(IReadOnlyList<string> keys, T value)
    {
        if (_frozen) throw new InvalidOperationException("trie is frozen");
        if (keys.Count == 0) return;
        var node = _root;
        foreach (var k in keys)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(k, out var next)) node.Children[k] = next = new Node();
            node = next;
        }
        node.Values ??= [];
        if (!node.Values.Contains(value)) { node.Values.Add(value); Count++; }
    }

    public static List<string> KeysOf(string phrase)
    {
        var toks = Tokenizer.Tokenize(phrase);
        var keys = new List<string>(toks.Length);
        foreach (var t in toks) keys.Add(t.Key);
        return keys;
    }

    /// <summary>Freezes the lookup tables for fast, allocation-free reads.</summary>
    public PhraseTrie<T> Freeze()
    {
        Freeze(_root);
        _frozen = true;
        return this;
    }

    private static void Freeze(Node n)
    {
        if (n.Children is null) return;
        foreach (var c in n.Children.Values) Freeze(c);
        n.Frozen = n.Children.ToFrozenDictionary(StringComparer.Ordinal);
        n.Children = null;
    }

    /// <summary>Longest phrase starting at token <paramref name="start"/> (before <paramref name="limit"/>); length 0 when none.</summary>
    public (int Length, IReadOnlyList<T> Values) Match(IReadOnlyList<Token> tokens, int start, int limit)
    {
        var node = _root;
        int best = 0;
        IReadOnlyList<T> bestValues = [];
        for (int i = start; i < limit; i++)
        {
            var children = node.Frozen ?? (IReadOnlyDictionary<string, Node>?)node.Children;
            if (children is null || !children.TryGetValue(tokens[i].Key, out var next)) break;
            node = next;
            if (node.Values is { Count: > 0 }) { best = i - start + 1; bestValues = node.Values; }
        }
        return (best, bestValues);
    }
}
