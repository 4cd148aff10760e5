using System.Collections.Frozen;
using Sitrep.Data;

namespace Sitrep.Lexicons;

/// <summary>A one-column list of words (given names), matched against folded token keys.</summary>
public sealed class NameList
{
    private readonly FrozenSet<string> _keys;

    private NameList(FrozenSet<string> keys) => _keys = keys;

    /// <summary>Whether the token key (lower-cased, accents folded) is in the list.</summary>
    public bool Contains(string key) => _keys.Contains(key);

    /// <summary>How many names the list holds.</summary>
    public int Count => _keys.Count;

    /// <summary>Loads and validates a list with one column, <c>name</c>: one word per row, no blanks, no repeats.</summary>
    public static NameList Load(string path) => From(TsvDataFile.Load(path, "name"));

    /// <summary>Parses and validates a list from a reader (<paramref name="path"/> names it in errors).</summary>
    public static NameList Parse(string path, TextReader reader) => From(TsvDataFile.Parse(path, reader, "name"));

    private static NameList From(TsvDataFile file)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            var name = row["name"];
            if (name.Length == 0 || name.Any(char.IsWhiteSpace)) throw row.Error($"name '{name}' is empty or not one word");
            // (folded as token keys are: "Zoë" meets "zoe")
            if (!keys.Add(Sitrep.Text.TextFolding.Key(name))) throw row.Error($"duplicate name '{name}'");
        }
        return new NameList(keys.ToFrozenSet(StringComparer.Ordinal));
    }
}
