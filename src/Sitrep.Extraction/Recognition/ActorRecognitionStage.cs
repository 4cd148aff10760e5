using System.Collections.Immutable;
using Sitrep.Events;
using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Extraction.Recognition;

/// <summary>
/// Finds actor phrases: named actors from the lexicon ("SDF", "US-led coalition"), country + agent compounds
/// ("Syrian troops", "US forces") and bare agents ("gunmen", "civilians").
/// </summary>
public sealed class ActorRecognitionStage : IPipelineStage
{
    public string Name => "actors";
    public Annotations Requires => Annotations.Tokens | Annotations.Sentences | Annotations.Weapons;
    public Annotations Provides => Annotations.Actors;

    public Document Run(Document d, StageContext context)
    {
        var lex = context.Resources.Actors;
        var gaz = context.Resources.Gazetteer;
        var weaponTokens = new HashSet<int>();
        foreach (var w in d.Weapons) for (int t = w.FirstToken; t < w.EndToken; t++) weaponTokens.Add(t);
        var result = ImmutableArray.CreateBuilder<ActorMention>();
        foreach (var s in d.Sentences)
        {
            int i = s.FirstToken;
            while (i < s.EndToken)
            {
                if (d.Tokens[i].Kind != TokenKind.Word) { i++; continue; }
                var (len, actors) = MatchActor(d, lex, gaz, context.Resources.Nouns, i, s.EndToken);
                // a city that some dictionary also lists as its country ("Raqqa" → Syria) is a place
                if (len > 0 && IsCountry(actors[0]) && IsSubnationalPlace(d, gaz, i, len)) len = 0;
                if (len > 0)
                {
                    var actor = actors[0];
                    int end = i + len;
                    // country or group followed by an agent noun: "Syrian troops", "Taliban fighters"
                    var (alen, agents) = lex.Agents.Match(d.Tokens.AsSpan(), end, s.EndToken);
                    if (alen > 0) { actor = Combine(actor, agents[0]); end += alen; }
                    // "in Syria" names a place; the country is an actor only where it acts
                    else if (IsCountry(actor) && IsLocative(d, i, s.FirstToken))
                    {
                        i = end;
                        continue;
                    }
                    result.Add(new ActorMention(d.SpanOf(i, end), i, end, actor));
                    i = end;
                    continue;
                }
                var (glen, generic) = lex.Agents.Match(d.Tokens.AsSpan(), i, s.EndToken);
                if (glen > 0 && !IsModifierUse(d, i + glen, s.EndToken) && !weaponTokens.Contains(i) && !weaponTokens.Contains(i + glen - 1))
                {
                    result.Add(new ActorMention(d.SpanOf(i, i + glen), i, i + glen, Generic(generic[0])));
                    i += glen;
                    continue;
                }
                i++;
            }
        }
        return d with { Actors = result.ToImmutable() };
    }

    private static (int, IReadOnlyList<Actor>) MatchActor(Document d, ActorLexicon lex, Sitrep.Places.Gazetteer gaz, WordClasses nouns, int i, int limit)
    {
        var (len, actors) = lex.Actors.Match(d.Tokens.AsSpan(), i, limit);
        // "Al Qaeda": a capitalised Arabic article may open a name; a lower-case "at" is the English preposition
        if (len == 0 && TextFolding.IsArticle(d.Key(i)) && (d.IsCapitalised(i) || d.Key(i) is "al" or "el") && i + 1 < limit)
        {
            (len, actors) = lex.Actors.Match(d.Tokens.AsSpan(), i + 1, limit);
            if (len > 0) len++;
        }
        if (len == 0) return (0, actors);
        if (len == 1)
        {
            // one-word actors are proper nouns; short ones ("IS", "US") must be written in capitals
            // (a name after a lower-case Arabic article is capitalised as a name: "al-Qaeda", "al-Manar" — unless it goes on a
            // name before it: "Jaish al-Fatah", "Dahiyet al-Assad district", "Bab al-Hadid"; "On Monday al-Nusra", "Syrian
            // al-Nusra" open no name)
            var key = d.Key(i);
            bool hyphenated = key.Contains('-');
            // (nor one a place word soon follows: "the al-Assad residential suburb")
            if (!hyphenated && !d.IsCapitalised(i)
                && !(PlaceRecognitionStage.IsArticlePrefixed(d, i) && !(i > 0 && d.SentenceOfToken(i - 1) == d.SentenceOfToken(i) && PlaceRecognitionStage.OpensName(d, gaz, i - 1))
                     && !PlaceWordSoon(d, nouns, i, limit)))
                return (0, actors);
            if (!hyphenated && key.Length <= 3 && !d.IsAllCaps(i)) return (0, actors);
        }
        return (len, actors);
    }

    /// <summary>Whether a noun of places' names (<see cref="PlaceRecognitionStage.FeatureNoun"/>) is one of the two tokens after <paramref name="i"/>.</summary>
    // (a loop, not a lambda: a lambda capturing the parameters would cost MatchActor an allocation on every token)
    private static bool PlaceWordSoon(Document d, WordClasses nouns, int i, int limit)
    {
        for (int k = i + 1; k < Math.Min(limit, i + 3); k++)
            if (PlaceRecognitionStage.FeatureNoun(nouns, d.Key(k))) return true;
        return false;
    }

    /// <summary>"army" in "army base" or "police" in "police station" names a place, not an actor.</summary>
    private static bool IsModifierUse(Document d, int next, int limit) =>
        next < limit && d.Key(next) is "alliance" or "coalition" or "base" or "bases" or "station" or "stations" or "headquarters" or "checkpoint" or "post" or "barracks" or "officer" or "officers" or "official" or "officials" or "spokesman" or "spokesperson" or "source" or "sources" or "chief" or "commander";

    private static bool IsCountry(Actor a) => a.Code is { Length: 3 };

    /// <summary>"in Syria", "across southern Syria": a preposition of place before the name.</summary>
    private static bool IsLocative(Document d, int i, int first)
    {
        int k = i - 1;
        if (k >= first && d.Key(k) is "northern" or "southern" or "eastern" or "western" or "central" or "northeastern" or "northwestern" or "southeastern" or "southwestern" or "north-eastern" or "north-western" or "south-eastern" or "south-western") k--;
        return k >= first && d.Key(k) is "in" or "into" or "inside" or "across" or "throughout" or "near" or "at" or "of" or "from" or "around" or "outside";
    }

    private static bool IsSubnationalPlace(Document d, Sitrep.Places.Gazetteer gaz, int i, int len)
    {
        var (plen, places) = gaz.Names.Match(d.Tokens.AsSpan(), i, i + len);
        if (plen != len) return false;
        foreach (var p in places) if (p.Kind == Sitrep.Places.PlaceKind.Country) return false;
        return places.Count > 0;
    }

    private static Actor Combine(Actor head, Agent agent)
    {
        var country = head.Country;
        string role = RoleLabel(agent);
        // "Iranian troops": the country's forces; "Taliban fighters": still the Taliban
        if (head.Code is { Length: 3 } || head.Inter is null)
            return new Actor(country is null ? $"{head.Name} {agent.Pattern}" : $"{role} of {head.Name}", country, agent.Inter, (head.Code ?? "") + agent.Role);
        return head;
    }

    private static Actor Generic(Agent agent) => new(GenericName(agent), null, agent.Inter, agent.Role);

    private static string RoleLabel(Agent a) => a.Role switch
    {
        "MIL" => "Military Forces",
        "GOV" => "Government",
        "COP" => "Police Forces",
        "SPY" => "Intelligence Services",
        "REB" or "INS" => "Rebels",
        "CVL" => "Civilians",
        "OPP" => "Opposition",
        "REF" => "Refugees",
        _ => char.ToUpperInvariant(a.Pattern[0]) + a.Pattern[1..],
    };

    private static string GenericName(Agent a) => a.Role switch
    {
        "MIL" => "Military Forces",
        "COP" => "Police Forces",
        "GOV" => "Government",
        "REB" or "INS" => "Unidentified Armed Group",
        "CVL" => "Civilians",
        "REF" => "Refugees",
        "OPP" => "Opposition",
        _ => char.ToUpperInvariant(a.Pattern[0]) + a.Pattern[1..],
    };
}
