using Sitrep.Data;
using Sitrep.Events;

namespace Sitrep.Lexicons;

/// <summary>A generic agent noun ("troops", "rebels", "civilians") with its CAMEO role and ACLED inter code.</summary>
public sealed record Agent(string Pattern, string Role, int Inter);

/// <summary>Named actors and generic agent nouns, matched by longest phrase.</summary>
public sealed class ActorLexicon
{
    public PhraseTrie<Actor> Actors { get; }
    public PhraseTrie<Agent> Agents { get; }

    public ActorLexicon(PhraseTrie<Actor> actors, PhraseTrie<Agent> agents)
    {
        Actors = actors.Freeze();
        Agents = agents.Freeze();
    }

    public static ActorLexicon Load(string actorsPath, string agentsPath)
    {
        var actors = new PhraseTrie<Actor>();
        var cache = new Dictionary<(string, string, string), Actor>();
        var file = TsvDataFile.Load(actorsPath, "pattern", "name", "country", "inter", "code");
        foreach (var row in file.Rows)
        {
            var pattern = row["pattern"];
            if (pattern.Length == 0) throw row.Error("empty pattern");
            int? inter = row["inter"].Length == 0 ? null : (int)row.Long("inter");
            if (inter is < 1 or > 8) throw row.Error($"inter must be 1..8, found {inter}");
            var key = (row["name"], row["country"], row["code"] + "/" + inter);
            if (!cache.TryGetValue(key, out var actor))
                cache[key] = actor = new Actor(row["name"], row.Optional("country"), inter, row.Optional("code"));
            actors.Add(pattern, actor);
        }
        var agents = new PhraseTrie<Agent>();
        var afile = TsvDataFile.Load(agentsPath, "pattern", "role", "inter");
        foreach (var row in afile.Rows)
        {
            int inter = (int)row.Long("inter");
            if (inter is < 1 or > 8) throw row.Error($"inter must be 1..8, found {inter}");
            agents.Add(row["pattern"], new Agent(row["pattern"], row["role"], inter));
        }
        return new ActorLexicon(actors, agents);
    }
}
