using System.Collections.Immutable;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Extraction.Geocoding;

/// <summary>
/// Picks one gazetteer entry per toponym using document context (see <see cref="ToponymResolver"/>);
/// "southern Syria" becomes a point in that part of the country.
/// </summary>
public sealed class GeocodingStage : IPipelineStage
{
    public string Name => "geocode";
    public Annotations Requires => Annotations.Places | Annotations.Actors;
    public Annotations Provides => Annotations.Geocoded;

    public Document Run(Document d, StageContext context)
    {
        var gaz = context.Resources.Gazetteer;
        var qualifiers = ToponymResolver.Qualifiers(d, d.Places.Length, i => (d.Places[i].FirstToken, d.Places[i].EndToken),
                                                    i => d.Places[i].Candidates, i => d.Places[i].IsDemonym, brackets: true);
        var queries = new List<ToponymResolver.Query>(d.Places.Length);
        for (int i = 0; i < d.Places.Length; i++)
        {
            var (country, admin1, q) = qualifiers[i];
            var p = d.Places[i];
            var key = p.IsDemonym ? null : ToponymResolver.KeyOf(d[p.Span]);
            if (key is not null && p.Direction is not null && key.IndexOf(' ') is int sp and > 0) key = key[(sp + 1)..];
            var candidates = ToponymResolver.Readings(d, p.Span, p.FirstToken, p.EndToken, d[p.Span], p.Candidates, gaz, context.Resources.Nouns);
            // (the qualifier ends the list when no ", Name" or "and Name" follows it)
            bool endsList = country is not null && q < d.Places.Length && !ToponymResolver.ListGoesOn(d, d.Places[q].EndToken);
            queries.Add(new ToponymResolver.Query(candidates, country, admin1, key, QualifierEndsList: endsList, Sentence: d.SentenceOfToken(p.FirstToken),
                                                  Local: !p.IsDemonym && Recognition.PlaceRecognitionStage.LocalWordAfter(d, p.EndToken, context.Resources.Nouns),
                                                  Dateline: !p.IsDemonym && Recognition.PlaceRecognitionStage.AgencyDateline(d, p.FirstToken, p.EndToken)));
        }
        ToponymResolver.ReadQualifiers(d, qualifiers, queries, i => i, i => d.Places[i].EndToken);
        // names inside hyphenated words ("Saudi-led", "Britain-based") are resolved alone: modifiers are no context
        var main = Enumerable.Range(0, queries.Count).Where(i => !d.Places[i].Modifier).ToList();
        var peers = ToponymResolver.ListPeers(d, main.Select(i => (d.Places[i].FirstToken, d.Places[i].EndToken)).ToList(),
                                              main.Select(i => queries[i].QualifierCountry is not null).ToList());
        var mainQueries = main.Select((i, k) => queries[i] with { Peers = peers[k] }).ToList();
        for (int k = 0; k + 1 < main.Count; k++)
            if (!d.Places[main[k + 1]].IsDemonym && ToponymResolver.MeasuredFrom(d, d.Places[main[k]].EndToken, d.Places[main[k + 1]].FirstToken) is { } km)
                mainQueries[k] = mainQueries[k] with { From = k + 1, Km = km };
        var mainPicks = ToponymResolver.ResolveAll(mainQueries, d.Actors.Select(a => a.Actor.Country));
        var picks = new Place?[queries.Count];
        for (int k = 0; k < main.Count; k++) picks[main[k]] = mainPicks[k];
        // (read in the story's countries where they can be: "Lashio (Shan-North)" is Myanmar's Shan State, not Shancheng)
        var countries = mainPicks.Where(p => p is not null).Select(p => p!.Country).ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < queries.Count; i++)
        {
            if (!d.Places[i].Modifier) continue;
            var inStory = queries[i].Candidates.Where(c => countries.Contains(c.Country)).ToList();
            picks[i] = ToponymResolver.ResolveAll([new ToponymResolver.Query(inStory.Count > 0 ? inStory : queries[i].Candidates)], [])[0];
        }
        // "Al-Malikiyah (Derik)", "Kobani (Ain al-Arab)": a name in brackets right after a place that is one of its own names is
        // that place, not a namesake (Derik in Turkey)
        for (int i = 1; i < queries.Count; i++)
        {
            var (p, before) = (d.Places[i], d.Places[i - 1]);
            if (picks[i - 1] is { } named && p.FirstToken == before.EndToken + 1 && d.Key(before.EndToken) == "(" && queries[i].Candidates.Any(c => c.Id == named.Id))
                picks[i] = named;
        }
        var result = ImmutableArray.CreateBuilder<PlaceMention>(d.Places.Length);
        for (int i = 0; i < d.Places.Length; i++)
        {
            var p = d.Places[i];
            var best = picks[i];
            if (best is not null && p.Direction is not null && best.IsArea) best = gaz.Region(best, p.Direction, d[p.Span]);
            // a spelling variant met only loosely stays a place when another name of the story lies in the same country
            if (p.Loose && (best is null || !picks.Where((o, k) => k != i && o is not null && !d.Places[k].Loose).Any(o => o!.Country == best.Country)))
                continue;
            result.Add(p with { Resolved = best });
        }
        return d with { Places = result.ToImmutable() };
    }
}
