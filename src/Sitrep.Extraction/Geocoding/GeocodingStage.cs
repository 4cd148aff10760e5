using System.Collections.Immutable;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Extraction.Geocoding;

/// <summary>
/// Picks one gazetteer entry per toponym using document context: countries named or implied across the document,
/// "X, Country" / "X in Country" patterns, feature level and population; "southern Syria" becomes a region point.
/// </summary>
public sealed class GeocodingStage : IPipelineStage
{
    public string Name => "geocode";
    public Annotations Requires => Annotations.Places | Annotations.Actors;
    public Annotations Provides => Annotations.Geocoded;

    public Document Run(Document d, StageContext context)
    {
        var gaz = context.Resources.Gazetteer;
        var countryWeight = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var p in d.Places)
        {
            var countries = p.Candidates.Select(c => c.Country).Distinct().ToList();
            foreach (var c in countries) countryWeight[c] = countryWeight.GetValueOrDefault(c) + 1.0 / countries.Count;
        }
        foreach (var a in d.Actors)
            if (a.Actor.Country is { } c) countryWeight[c] = countryWeight.GetValueOrDefault(c) + 0.5;
        double total = Math.Max(1, countryWeight.Values.Sum());

        var result = ImmutableArray.CreateBuilder<PlaceMention>(d.Places.Length);
        for (int i = 0; i < d.Places.Length; i++)
        {
            var p = d.Places[i];
            var qualifier = QualifyingCountry(d, i);
            Place? best = null;
            double bestScore = double.NegativeInfinity;
            foreach (var c in p.Candidates)
            {
                double score = c.Kind switch
                {
                    PlaceKind.Country => 6,
                    PlaceKind.Admin1 => 3.5,
                    PlaceKind.Landmark => 3,
                    PlaceKind.Region => 3,
                    PlaceKind.Admin2 => 1,
                    _ => Math.Log10(c.Population + 10),
                };
                score += 5 * countryWeight.GetValueOrDefault(c.Country) / total;
                if (qualifier is not null && c.Country == qualifier) score += 4;
                if (score > bestScore) { bestScore = score; best = c; }
            }
            if (best is not null && p.Direction is not null && best.IsArea) best = gaz.Region(best, p.Direction, d[p.Span]);
            result.Add(p with { Resolved = best });
        }
        return d with { Places = result.ToImmutable() };
    }

    /// <summary>"Raqqa, Syria" or "Raqqa in Syria": the following country disambiguates.</summary>
    private static string? QualifyingCountry(Document d, int index)
    {
        if (index + 1 >= d.Places.Length) return null;
        var p = d.Places[index];
        var next = d.Places[index + 1];
        int gap = next.FirstToken - p.EndToken;
        if (gap is < 1 or > 2) return null;
        var between = d.Key(p.EndToken);
        if (between is not ("," or "in" or "province" or "governorate")) return null;
        var country = next.Candidates.FirstOrDefault(c => c.Kind is PlaceKind.Country or PlaceKind.Admin1);
        return country?.Country;
    }
}
