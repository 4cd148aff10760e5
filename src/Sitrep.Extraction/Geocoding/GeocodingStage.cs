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
        var ctx = ToponymResolver.BuildContext(d.Places.Select(p => p.Candidates), d.Actors.Select(a => a.Actor.Country));
        var result = ImmutableArray.CreateBuilder<PlaceMention>(d.Places.Length);
        for (int i = 0; i < d.Places.Length; i++)
        {
            var p = d.Places[i];
            var (country, admin1) = Qualifier(d, i);
            var best = ToponymResolver.Resolve(p.Candidates, ctx, country, admin1);
            if (best is not null && p.Direction is not null && best.IsArea) best = gaz.Region(best, p.Direction, d[p.Span]);
            result.Add(p with { Resolved = best });
        }
        return d with { Places = result.ToImmutable() };
    }

    /// <summary>"Raqqa, Syria", "Raqqa in Syria", "Laurel, Ky.": the following country or state disambiguates.</summary>
    internal static (string? Country, string? Admin1) Qualifier(Document d, int index)
    {
        if (index + 1 >= d.Places.Length) return (null, null);
        var p = d.Places[index];
        var next = d.Places[index + 1];
        int gap = next.FirstToken - p.EndToken;
        if (gap is < 1 or > 2) return (null, null);
        var between = d.Key(p.EndToken);
        if (between is not ("," or "in" or "province" or "governorate" or "state" or "county")) return (null, null);
        var country = next.Candidates.FirstOrDefault(c => c.Kind == PlaceKind.Country);
        if (country is not null) return (country.Country, null);
        var admin = next.Candidates.FirstOrDefault(c => c.Kind == PlaceKind.Admin1);
        return admin is null ? (null, null) : (admin.Country, admin.Country + "." + admin.Admin1);
    }
}
