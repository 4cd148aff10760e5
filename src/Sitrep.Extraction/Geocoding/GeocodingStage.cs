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
            var (country, admin1) = i + 1 < d.Places.Length
                ? ToponymResolver.Qualifier(d, d.Places[i].EndToken, d.Places[i + 1].FirstToken, d.Places[i + 1].Candidates)
                : (null, null);
            var p = d.Places[i];
            var key = p.IsDemonym ? null : ToponymResolver.KeyOf(d[p.Span]);
            if (key is not null && p.Direction is not null && key.IndexOf(' ') is int sp and > 0) key = key[(sp + 1)..];
            queries.Add(new ToponymResolver.Query(p.Candidates, country, admin1, key));
        }
        var picks = ToponymResolver.ResolveAll(queries, d.Actors.Select(a => a.Actor.Country));
        var result = ImmutableArray.CreateBuilder<PlaceMention>(d.Places.Length);
        for (int i = 0; i < d.Places.Length; i++)
        {
            var p = d.Places[i];
            var best = picks[i];
            if (best is not null && p.Direction is not null && best.IsArea) best = gaz.Region(best, p.Direction, d[p.Span]);
            result.Add(p with { Resolved = best });
        }
        return d with { Places = result.ToImmutable() };
    }
}
