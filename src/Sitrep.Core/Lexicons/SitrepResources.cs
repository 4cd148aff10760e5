using Sitrep.Places;

namespace Sitrep.Lexicons;

/// <summary>Everything loaded from the data directory at start-up, validated, immutable afterwards.</summary>
public sealed record SitrepResources(Gazetteer Gazetteer, ActorLexicon Actors, WeaponLexicon Weapons, TriggerLexicon Triggers, CueLexicon Cues)
{
    /// <summary>The data directory shipped beside the binaries.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "data");

    public static SitrepResources Load(string? directory = null)
    {
        var dir = directory ?? DefaultDirectory;
        var lex = Path.Combine(dir, "lexicons");
        // independent files: load them side by side to keep cold start short
        var gaz = Task.Run(() => Gazetteer.Load(Path.Combine(dir, "gazetteer")));
        var actors = Task.Run(() => ActorLexicon.Load(Path.Combine(lex, "actors.tsv"), Path.Combine(lex, "agents.tsv")));
        var weapons = WeaponLexicon.Load(Path.Combine(lex, "weapons.tsv"));
        var triggers = TriggerLexicon.Load(Path.Combine(lex, "triggers.tsv"));
        var cues = CueLexicon.Load(Path.Combine(lex, "cues.tsv"));
        try
        {
            return new SitrepResources(gaz.Result, actors.Result, weapons, triggers, cues);
        }
        catch (AggregateException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
