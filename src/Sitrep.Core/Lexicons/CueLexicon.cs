using System.Collections.Frozen;
using Sitrep.Data;

namespace Sitrep.Lexicons;

/// <summary>Kinds of function words that change how a sentence is read.</summary>
public enum CueKind
{
    /// <summary>Reporting verbs: said, told, added.</summary>
    Report,
    /// <summary>Modal or conditional: could, would, may, if.</summary>
    Modal,
    /// <summary>Negation: not, never, failed to.</summary>
    Negation,
    /// <summary>Habitual or repeated: repeatedly, regularly.</summary>
    Habitual,
    /// <summary>Denial verbs: denied.</summary>
    Denial,
    /// <summary>Claim verbs: claimed, alleged.</summary>
    Claim,
    /// <summary>Determiners that point back: such, this, the same.</summary>
    Anaphor,
    /// <summary>Verbs that take an intended act as complement: threaten to, vow to, plan to.</summary>
    Intent,
    /// <summary>Words that are never place names when capitalised at a sentence start or in headings.</summary>
    NotPlace,
    /// <summary>Protest turned violent: stones, torched, vandalised.</summary>
    Riot,
    /// <summary>Force used on a crowd: tear gas, water cannon, rubber bullets.</summary>
    Repression,
    /// <summary>Ground changing hands without a fight: deserted, abandoned, handed over, unopposed.</summary>
    NoFight,
    /// <summary>Deadly force: gunfire, live rounds, shot dead, brutally beaten.</summary>
    Lethal,
    /// <summary>An accident, not an attack: leak, boiler, short circuit, negligence.</summary>
    Accident,
    /// <summary>A device set off on purpose: planted, placed, detonated, booby-trapped — never an accident.</summary>
    Deliberate,
    /// <summary>A military installation: base, post, checkpoint, headquarters.</summary>
    Installation,
}

/// <summary>Cue words by kind, from a data file.</summary>
public sealed class CueLexicon
{
    private readonly FrozenDictionary<string, CueKind[]> _cues;
    public PhraseTrie<CueKind> Phrases { get; }

    private CueLexicon(Dictionary<string, List<CueKind>> single, PhraseTrie<CueKind> phrases)
    {
        _cues = single.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        Phrases = phrases.Freeze();
    }

    public bool Is(string key, CueKind kind) => _cues.TryGetValue(key, out var kinds) && Array.IndexOf(kinds, kind) >= 0;

    /// <summary>A cue word or multi-word cue phrase of <paramref name="kind"/> starting at token <paramref name="k"/> and ending before <paramref name="limit"/>.</summary>
    public bool At(ReadOnlySpan<Sitrep.Text.Token> tokens, int k, int limit, CueKind kind)
    {
        if (Is(tokens[k].Key, kind)) return true;
        var (len, kinds) = Phrases.Match(tokens, k, limit);
        return len > 1 && kinds.Contains(kind);
    }

    /// <summary>Any cue of <paramref name="kind"/> in tokens [from, to).</summary>
    public bool Any(ReadOnlySpan<Sitrep.Text.Token> tokens, int from, int to, CueKind kind)
    {
        for (int k = Math.Max(0, from); k < to; k++)
            if (At(tokens, k, to, kind)) return true;
        return false;
    }

    public static CueLexicon Load(string path)
    {
        var file = TsvDataFile.Load(path, "phrase", "kind");
        var single = new Dictionary<string, List<CueKind>>(StringComparer.Ordinal);
        var phrases = new PhraseTrie<CueKind>();
        foreach (var row in file.Rows)
        {
            if (!Enum.TryParse<CueKind>(row["kind"], ignoreCase: true, out var kind)) throw row.Error($"unknown cue kind '{row["kind"]}'");
            var keys = PhraseTrie<CueKind>.KeysOf(row["phrase"]);
            if (keys.Count == 0) throw row.Error("empty phrase");
            if (keys.Count == 1)
            {
                if (!single.TryGetValue(keys[0], out var list)) single[keys[0]] = list = [];
                list.Add(kind);
            }
            phrases.Add(keys, kind);
        }
        return new CueLexicon(single, phrases);
    }
}
