using Sitrep.Data;
using Sitrep.Events;

namespace Sitrep.Lexicons;

/// <summary>How a trigger's final type is decided beyond its default.</summary>
[Flags]
public enum TriggerFlags
{
    None = 0,
    /// <summary>The weapon in the sentence decides the sub-type ("attack" with a drone is an air strike).</summary>
    Weapon = 1,
    /// <summary>The target decides: civilians make it violence against civilians, armed actors a battle.</summary>
    Target = 2,
    /// <summary>The trigger states a threat (modality threat).</summary>
    Threat = 4,
    /// <summary>Aimed at a weapon it becomes an interception ("shot down", "strike the drone").</summary>
    Intercept = 8,
    /// <summary>A weak word ("hit", "fire") that needs an actor, weapon or casualty nearby to count.</summary>
    Weak = 16,
    /// <summary>A verb of claiming ("claimed responsibility").</summary>
    Claim = 32,
    /// <summary>A change of territorial control: state actors regain, non-state actors overtake.</summary>
    Territory = 64,
    /// <summary>Aimed at protesters it becomes excessive force / intervention.</summary>
    Protest = 128,
    /// <summary>Taking or finding things: with a weapon as object it is a seizure of weapons (Disrupted weapons use).</summary>
    Seize = 256,
    /// <summary>Setting something up: with a base, post or checkpoint as object it is a base established.</summary>
    Establish = 512,
    /// <summary>With Seize: only explosives count as the object ("cleared landmines", not "destroyed two tanks").</summary>
    Ordnance = 1024,
    /// <summary>Counts only with a weapon in its sentence ("dropped barrel bombs", not "dropped leaflets").</summary>
    Armed = 2048,
}

/// <summary>One trigger form: the event type it signals, its part of speech and its flags.</summary>
public sealed record TriggerEntry(string Form, EventType Type, bool Nominal, bool Plural, TriggerFlags Flags);

/// <summary>Trigger words and phrases → ACLED type/sub-type and PLOVER category.</summary>
public sealed class TriggerLexicon(PhraseTrie<TriggerEntry> entries)
{
    public PhraseTrie<TriggerEntry> Entries { get; } = entries.Freeze();

    public static TriggerLexicon Load(string path)
    {
        var trie = new PhraseTrie<TriggerEntry>();
        var file = TsvDataFile.Load(path, "forms", "pos", "event_type", "sub_event_type", "plover", "flags");
        var types = new Dictionary<(string, string, string), EventType>();
        foreach (var row in file.Rows)
        {
            var pos = row["pos"];
            if (pos is not ("V" or "N" or "NS")) throw row.Error($"pos must be V, N or NS (plural noun), found '{pos}'");
            var flags = TriggerFlags.None;
            foreach (var f in row["flags"].Split('|', StringSplitOptions.RemoveEmptyEntries))
                flags |= Enum.TryParse<TriggerFlags>(f, ignoreCase: true, out var v) ? v : throw row.Error($"unknown flag '{f}'");
            var key = (row["event_type"], row["sub_event_type"], row["plover"]);
            if (!types.TryGetValue(key, out var type)) types[key] = type = new EventType(key.Item1, key.Item2, key.Item3);
            foreach (var form in row["forms"].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                trie.Add(form, new TriggerEntry(form, type, pos != "V", pos == "NS", flags));
        }
        return new TriggerLexicon(trie);
    }
}
