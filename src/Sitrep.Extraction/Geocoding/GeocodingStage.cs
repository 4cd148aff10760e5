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
        var queries = new List<ToponymResolver.Query>(d.Places.Length);
        for (int i = 0; i < d.Places.Length; i++)
        {
            // in ACLED's "Town (District, Governorate)" the last name in the bracket is the one that qualifies
            int q = i + 1;
            if (q < d.Places.Length && ToponymResolver.OpensBracket(d, d.Places[i].EndToken, d.Places[q].FirstToken))
                while (q + 1 < d.Places.Length && !ToponymResolver.ClosesBefore(d, d.Places[q].EndToken, d.Places[q + 1].FirstToken)) q++;
            var (country, admin1) = q < d.Places.Length
                ? ToponymResolver.Qualifier(d, d.Places[i].EndToken, d.Places[i + 1].FirstToken, d.Places[q].Candidates, d.Places[i].Candidates)
                : (null, null);
            var p = d.Places[i];
            var key = p.IsDemonym ? null : ToponymResolver.KeyOf(d[p.Span]);
            if (key is not null && p.Direction is not null && key.IndexOf(' ') is int sp and > 0) key = key[(sp + 1)..];
            var candidates = ToponymResolver.ByArticle(d, p.FirstToken, ToponymResolver.ByFeatureWord(d, p.Span, p.EndToken, p.Candidates, gaz));
            // (the qualifier ends the list when no ", Name" or "and Name" follows it)
            bool endsList = country is not null && q < d.Places.Length && !ListGoesOn(d, d.Places[q].EndToken);
            queries.Add(new ToponymResolver.Query(candidates, country, admin1, key, QualifierEndsList: endsList));
        }
        var peers = ToponymResolver.ListPeers(d, d.Places.Select(p => (p.FirstToken, p.EndToken)).ToList(),
                                              queries.Select(x => x.QualifierCountry is not null).ToList());
        for (int i = 0; i < queries.Count; i++) queries[i] = queries[i] with { Peers = peers[i] };
        var picks = ToponymResolver.ResolveAll(queries, d.Actors.Select(a => a.Actor.Country));
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

    private static bool ListGoesOn(Document d, int k) =>
        k + 1 < d.Tokens.Length && d.Key(k) is "," or "and" or "or" && d.IsCapitalised(k + 1);
}
