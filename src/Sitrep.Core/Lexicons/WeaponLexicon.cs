using Sitrep.Data;
using Sitrep.Events;

namespace Sitrep.Lexicons;

/// <summary>A weapon word's canonical name and family.</summary>
public sealed record WeaponEntry(string Name, WeaponClass Class);

/// <summary>Weapon words matched by longest phrase.</summary>
public sealed class WeaponLexicon(PhraseTrie<WeaponEntry> entries)
{
    public PhraseTrie<WeaponEntry> Entries { get; } = entries.Freeze();

    public static WeaponLexicon Load(string path)
    {
        var trie = new PhraseTrie<WeaponEntry>();
        var file = TsvDataFile.Load(path, "pattern", "name", "class");
        foreach (var row in file.Rows)
        {
            if (!Enum.TryParse<WeaponClass>(row["class"], ignoreCase: true, out var cls))
                throw row.Error($"unknown weapon class '{row["class"]}'");
            trie.Add(row["pattern"], new WeaponEntry(row["name"], cls));
        }
        return new WeaponLexicon(trie);
    }
}
