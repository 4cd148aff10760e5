using Sitrep.Places;

namespace Sitrep.Lexicons;

/// <summary>Everything loaded from the data directory at start-up, validated, immutable afterwards.</summary>
public sealed record SitrepResources(Gazetteer Gazetteer, ActorLexicon Actors, WeaponLexicon Weapons, TriggerLexicon Triggers, CueLexicon Cues)
{
    /// <summary>Milliseconds each resource took to load (for the benchmark's cold-start figures).</summary>
    public IReadOnlyDictionary<string, double> LoadMilliseconds { get; init; } = new Dictionary<string, double>();

    /// <summary>The data directory shipped beside the binaries.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "data");

    public static SitrepResources Load(string? directory = null)
    {
        var dir = directory ?? DefaultDirectory;
        var lex = Path.Combine(dir, "lexicons");
        // independent files: load them side by side to keep cold start short
        var times = new System.Collections.Concurrent.ConcurrentDictionary<string, double>();
        T Timed<T>(string name, Func<T> load)
        {
            long t0 = System.Diagnostics.Stopwatch.GetTimestamp();
            var r = load();
            times[name] = System.Diagnostics.Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            return r;
        }
        var gaz = Task.Run(() => Timed("gazetteer", () => Gazetteer.Load(Path.Combine(dir, "gazetteer"))));
        var actors = Task.Run(() => Timed("actors", () => ActorLexicon.Load(Path.Combine(lex, "actors.tsv"), Path.Combine(lex, "agents.tsv"))));
        var weapons = Timed("weapons", () => WeaponLexicon.Load(Path.Combine(lex, "weapons.tsv")));
        var triggers = Timed("triggers", () => TriggerLexicon.Load(Path.Combine(lex, "triggers.tsv")));
        var cues = Timed("cues", () => CueLexicon.Load(Path.Combine(lex, "cues.tsv")));
        try
        {
            return new SitrepResources(gaz.Result, actors.Result, weapons, triggers, cues) { LoadMilliseconds = new Dictionary<string, double>(times) };
        }
        catch (AggregateException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
