using Sitrep.Data;

namespace Sitrep.Lexicons;

/// <summary>A verb or verb phrase's PLOVER category and CAMEO code.</summary>
public sealed record PloverVerb(string Form, string Category, string Cameo, bool Nominal);

/// <summary>Verbs of all PLOVER categories (derived from the PETRARCH2 CAMEO verb dictionary), longest match first.</summary>
public sealed class PloverVerbLexicon(PhraseTrie<PloverVerb> entries)
{
    public PhraseTrie<PloverVerb> Entries { get; } = entries.Freeze();

    public static PloverVerbLexicon Load(string path)
    {
        var trie = new PhraseTrie<PloverVerb>();
        foreach (var row in TsvDataFile.Load(path, "forms", "pos", "plover", "cameo").Rows)
            foreach (var form in row["forms"].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                trie.Add(form, new PloverVerb(form, row["plover"], row["cameo"], row["pos"] == "N"));
        return new PloverVerbLexicon(trie);
    }
}
