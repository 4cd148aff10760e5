using System.Collections.Concurrent;
using System.Diagnostics;
using Sitrep.Places;

namespace Sitrep.Lexicons;

/// <summary>
/// Everything loaded from the data directory, validated, immutable afterwards. Each resource loads on first use
/// (a date-only command never reads the gazetteer); <see cref="WarmUp"/> starts them all in parallel.
/// </summary>
public sealed class SitrepResources
{
    private readonly Lazy<Gazetteer> _gazetteer;
    private readonly Lazy<ActorLexicon> _actors;
    private readonly Lazy<WeaponLexicon> _weapons;
    private readonly Lazy<TriggerLexicon> _triggers;
    private readonly Lazy<CueLexicon> _cues;
    private readonly Lazy<PloverVerbLexicon> _plover;
    private readonly Lazy<WordClasses> _nouns;
    private readonly Lazy<NameList> _givenNames;
    private readonly Lazy<NameList> _commonWords;
    private readonly ConcurrentDictionary<string, double> _times = new();

    private SitrepResources(string dir)
    {
        Directory = dir;
        var lex = Path.Combine(dir, "lexicons");
        _gazetteer = new(() => Timed("gazetteer", () => Gazetteer.Load(Path.Combine(dir, "gazetteer"))));
        _actors = new(() => Timed("actors", () => ActorLexicon.Load(Path.Combine(lex, "actors.tsv"), Path.Combine(lex, "agents.tsv"))));
        _weapons = new(() => Timed("weapons", () => WeaponLexicon.Load(Path.Combine(lex, "weapons.tsv"))));
        _triggers = new(() => Timed("triggers", () => TriggerLexicon.Load(Path.Combine(lex, "triggers.tsv"))));
        _cues = new(() => Timed("cues", () => CueLexicon.Load(Path.Combine(lex, "cues.tsv"))));
        _plover = new(() => Timed("plover-verbs", () => PloverVerbLexicon.Load(Path.Combine(lex, "plover-verbs.tsv"))));
        _nouns = new(() => Timed("nouns", () => WordClasses.Load(Path.Combine(lex, "nouns.tsv"))));
        _givenNames = new(() => Timed("given-names", () => NameList.Load(Path.Combine(lex, "given-names.tsv"))));
        _commonWords = new(() => Timed("common-words", () => NameList.Load(Path.Combine(lex, "common-words.tsv"), "word")));
    }

    /// <summary>The data directory shipped beside the binaries.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "data");

    public string Directory { get; }
    public Gazetteer Gazetteer => _gazetteer.Value;
    public ActorLexicon Actors => _actors.Value;
    public WeaponLexicon Weapons => _weapons.Value;
    public TriggerLexicon Triggers => _triggers.Value;
    public CueLexicon Cues => _cues.Value;
    public PloverVerbLexicon PloverVerbs => _plover.Value;
    public WordClasses Nouns => _nouns.Value;
    /// <summary>Common English given names ("Mary", "Tyler"): a lone one is a person's before a small town's.</summary>
    public NameList GivenNames => _givenNames.Value;
    /// <summary>Common English words English never capitalises ("early", "seven"): alone at a clause's start, the word, not a small town.</summary>
    public NameList CommonWords => _commonWords.Value;

    /// <summary>Milliseconds each resource took to load so far (for the benchmark's cold-start figures).</summary>
    public IReadOnlyDictionary<string, double> LoadMilliseconds => _times;

    /// <summary>Resources of a data directory, loaded lazily; errors surface when a resource is first used.</summary>
    public static SitrepResources Open(string? directory = null) => new(directory ?? DefaultDirectory);

    /// <summary>Loads and validates every resource now, three at a time in parallel, so data errors show at start-up.</summary>
    public static SitrepResources Load(string? directory = null) => Open(directory).WarmUp();

    public SitrepResources WarmUp()
    {
        // (the gazetteer and the actor dictionary take longest; the other lists load together beside them)
        var big = Task.Run(() => _gazetteer.Value);
        var actors = Task.Run(() => _actors.Value);
        var small = Task.Run(() => (_weapons.Value, _triggers.Value, _cues.Value, _nouns.Value, _plover.Value, _givenNames.Value, _commonWords.Value));
        try
        {
            Task.WaitAll(big, actors, small);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return this;
    }

    private T Timed<T>(string name, Func<T> load)
    {
        long t0 = Stopwatch.GetTimestamp();
        var r = load();
        _times[name] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        return r;
    }
}
