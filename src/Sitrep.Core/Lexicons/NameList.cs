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

    /// <summary>Loads and validates a list with one column (<c>name</c>, or <paramref name="column"/>): one word per row, no blanks, no repeats.</summary>
    public static NameList Load(string path, string column = "name") => From(TsvDataFile.Load(path, column), column);

    /// <summary>Parses and validates a list from a reader (<paramref name="path"/> names it in errors).</summary>
    public static NameList Parse(string path, TextReader reader, string column = "name") => From(TsvDataFile.Parse(path, reader, column), column);

    private static NameList From(TsvDataFile file, string column)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            var name = row[column];
            if (name.Length == 0 || name.Any(char.IsWhiteSpace)) throw row.Error($"{column} '{name}' is empty or not one word");
            // (folded as token keys are: "Zoë" meets "zoe")
            if (!keys.Add(Sitrep.Text.TextFolding.Key(name))) throw row.Error($"duplicate {column} '{name}'");
        }
        return new NameList(keys.ToFrozenSet(StringComparer.Ordinal));
    }
}
