using Sitrep.Lexicons;
using Sitrep.Text;

namespace Sitrep.Places;

/// <summary>
/// A phrase trie flattened into arrays (an open-addressing edge table keyed by (node, token key), node value ranges,
/// one character blob for keys) so it can be written to and read from a cache file without rebuilding anything.
/// </summary>
public sealed class CompactNameIndex : IPhraseIndex<Place>
{
    internal readonly int[] Slots;          // edge index + 1, 0 = empty; length is a power of two
    internal readonly int[] EdgeParent, EdgeChild, EdgeKey;
    internal readonly int[] KeyOffsets;     // key k is KeyChars[KeyOffsets[k]..KeyOffsets[k+1]]
    internal readonly char[] KeyChars;
    internal readonly int[] ValueOffsets;   // node n's places are Values[ValueOffsets[n]..ValueOffsets[n+1]]
    internal readonly int[] Values;
    private readonly PlaceTable _places;
    private readonly Place[]?[] _nodeValues;

    internal CompactNameIndex(int[] slots, int[] edgeParent, int[] edgeChild, int[] edgeKey, int[] keyOffsets, char[] keyChars, int[] valueOffsets, int[] values, PlaceTable places)
    {
        Slots = slots; EdgeParent = edgeParent; EdgeChild = edgeChild; EdgeKey = edgeKey; KeyOffsets = keyOffsets; KeyChars = keyChars;
        ValueOffsets = valueOffsets; Values = values; _places = places;
        _nodeValues = new Place[]?[valueOffsets.Length - 1];
    }

    public int NodeCount => ValueOffsets.Length - 1;

    public (int Length, IReadOnlyList<Place> Values) Match(ReadOnlySpan<Token> tokens, int start, int limit)
    {
        int node = 0, best = 0, bestNode = -1;
        for (int i = start; i < limit; i++)
        {
            node = Child(node, tokens[i].Key);
            if (node < 0) break;
            if (ValueOffsets[node + 1] > ValueOffsets[node]) { best = i - start + 1; bestNode = node; }
        }
        return bestNode < 0 ? (0, []) : (best, ValuesOf(bestNode));
    }

    private Place[] ValuesOf(int node)
    {
        var cached = _nodeValues[node];
        if (cached is not null) return cached;
        int from = ValueOffsets[node], to = ValueOffsets[node + 1];
        var list = new Place[to - from];
        for (int k = from; k < to; k++) list[k - from] = _places[Values[k]];
        return _nodeValues[node] = list;
    }

    private int Child(int node, string key)
    {
        int mask = Slots.Length - 1;
        int h = Hash(node, key) & mask;
        while (true)
        {
            int e = Slots[h] - 1;
            if (e < 0) return -1;
            if (EdgeParent[e] == node && KeyEquals(EdgeKey[e], key)) return EdgeChild[e];
            h = (h + 1) & mask;
        }
    }

    private bool KeyEquals(int k, string key)
    {
        int from = KeyOffsets[k], len = KeyOffsets[k + 1] - from;
        return len == key.Length && KeyChars.AsSpan(from, len).SequenceEqual(key);
    }

    /// <summary>FNV-1a over the key mixed with the node: stable across processes, so it can live in a cache file.</summary>
    internal static int Hash(int node, ReadOnlySpan<char> key)
    {
        uint h = 2166136261u ^ (uint)node * 0x9E3779B1u;
        foreach (var c in key) { h ^= c; h *= 16777619u; }
        h ^= h >> 15;
        return (int)(h & 0x7fffffff);
    }

    /// <summary>Builds the flat form from (folded token keys, place index) pairs.</summary>
    internal static CompactNameIndex Build(IEnumerable<(IReadOnlyList<string> Keys, int Place)> names, PlaceTable places)
    {
        var edges = new Dictionary<(int, string), int>();
        var values = new List<List<int>?> { null };
        foreach (var (keys, place) in names)
        {
            if (keys.Count == 0) continue;
            int node = 0;
            foreach (var k in keys)
            {
                if (!edges.TryGetValue((node, k), out var next))
                {
                    next = values.Count;
                    values.Add(null);
                    edges[(node, k)] = next;
                }
                node = next;
            }
            var list = values[node] ??= [];
            if (!list.Contains(place)) list.Add(place);
        }
        var keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyOffsets = new List<int> { 0 };
        var keyChars = new System.Text.StringBuilder();
        int edgeCount = edges.Count;
        var parent = new int[edgeCount];
        var child = new int[edgeCount];
        var keyOf = new int[edgeCount];
        int capacity = 1;
        while (capacity < edgeCount * 2 + 1) capacity <<= 1;
        var slots = new int[capacity];
        int e = 0;
        foreach (var ((p, k), c) in edges)
        {
            if (!keyIds.TryGetValue(k, out var kid))
            {
                kid = keyIds.Count;
                keyIds[k] = kid;
                keyChars.Append(k);
                keyOffsets.Add(keyChars.Length);
            }
            parent[e] = p; child[e] = c; keyOf[e] = kid;
            int h = Hash(p, k) & (capacity - 1);
            while (slots[h] != 0) h = (h + 1) & (capacity - 1);
            slots[h] = e + 1;
            e++;
        }
        var valueOffsets = new int[values.Count + 1];
        var flat = new List<int>();
        for (int n = 0; n < values.Count; n++)
        {
            valueOffsets[n] = flat.Count;
            if (values[n] is { } l) flat.AddRange(l);
        }
        valueOffsets[values.Count] = flat.Count;
        var chars = new char[keyChars.Length];
        keyChars.CopyTo(0, chars, chars.Length);
        return new CompactNameIndex(slots, parent, child, keyOf, [.. keyOffsets], chars, valueOffsets, [.. flat], places);
    }
}
