using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Extraction.Geocoding;

/// <summary>
/// Picks one gazetteer entry per toponym from document context, the way Mordecai ranks candidates: countries and
/// first-level areas named across the document, "X, Country" / "X in Country" qualifiers, feature level, population
/// and closeness to the document's other unambiguous places.
/// </summary>
public sealed class ToponymResolver
{
    /// <summary>What the rest of the document says about where it is.</summary>
    public sealed class Context
    {
        public Dictionary<string, double> Countries { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, double> Admin1 { get; } = new(StringComparer.Ordinal);
        public List<Place> Anchors { get; } = [];
        public double CountryTotal => Math.Max(1, Countries.Values.Sum());
        public double Admin1Total => Math.Max(1, Admin1.Values.Sum());
    }

    /// <summary>Builds the context from every candidate list of a document (ambiguous names count for less).</summary>
    public static Context BuildContext(IEnumerable<IReadOnlyList<Place>> mentions, IEnumerable<string?> actorCountries)
    {
        var ctx = new Context();
        foreach (var candidates in mentions)
        {
            if (candidates.Count == 0) continue;
            var countries = candidates.Select(c => c.Country).Distinct().ToList();
            foreach (var c in countries) ctx.Countries[c] = ctx.Countries.GetValueOrDefault(c) + 1.0 / countries.Count;
            var areas = candidates.Where(c => c.Kind is PlaceKind.Admin1 or PlaceKind.City or PlaceKind.Admin2 && c.Admin1 is not null)
                                  .Select(c => c.Country + "." + c.Admin1).Distinct().ToList();
            foreach (var a in areas) ctx.Admin1[a] = ctx.Admin1.GetValueOrDefault(a) + 1.0 / areas.Count;
            if (countries.Count == 1 && candidates.Count <= 2 && candidates[0].Kind is PlaceKind.City or PlaceKind.Landmark) ctx.Anchors.Add(candidates[0]);
        }
        foreach (var c in actorCountries)
            if (c is not null) ctx.Countries[c] = ctx.Countries.GetValueOrDefault(c) + 0.5;
        return ctx;
    }

    public static Place? Resolve(IReadOnlyList<Place> candidates, Context ctx, string? qualifierCountry, string? qualifierAdmin1 = null)
    {
        Place? best = null;
        double bestScore = double.NegativeInfinity;
        foreach (var c in candidates)
        {
            double score = c.Kind switch
            {
                PlaceKind.Country => 9,
                PlaceKind.Region => 5,
                PlaceKind.Admin1 => 4.5,
                PlaceKind.Landmark => 3,
                PlaceKind.Admin2 => 1.5,
                _ => Math.Log10(c.Population + 10),
            };
            // a name shared by an area and a town in it means the area ("New York", "Mexico") — unless the town is that
            // area's seat ("Aleppo", "Raqqa"), which is what the name usually means
            if (c.Kind is PlaceKind.Admin1 or PlaceKind.Country && candidates.Any(o => o.Kind == PlaceKind.City && o.Country == c.Country)
                && !candidates.Any(o => o.Kind == PlaceKind.City && o.Country == c.Country && IsSeatOf(o, c))) score += 3;
            if (c.Kind == PlaceKind.City && c.FeatureCode is "PPLC") score += 2;
            else if (c.Kind == PlaceKind.City && c.FeatureCode is "PPLA") score += 1;
            score += 5 * ctx.Countries.GetValueOrDefault(c.Country) / ctx.CountryTotal;
            if (c.Admin1 is not null) score += 3 * ctx.Admin1.GetValueOrDefault(c.Country + "." + c.Admin1) / ctx.Admin1Total;
            if (qualifierCountry is not null && c.Country == qualifierCountry) score += 5;
            if (qualifierAdmin1 is not null && c.Country + "." + c.Admin1 == qualifierAdmin1) score += 5;
            foreach (var a in ctx.Anchors)
            {
                if (ReferenceEquals(a, c)) continue;
                double km = c.DistanceKm(a);
                if (km < 50) { score += 1.5; break; }
                if (km < 250) { score += 0.75; break; }
            }
            if (score > bestScore) { bestScore = score; best = c; }
        }
        return best;
    }

    private static bool IsSeatOf(Place city, Place area) =>
        area.Kind != PlaceKind.Country && city.FeatureCode is "PPLA" or "PPLC" && city.Admin1 == area.Admin1;

    /// <summary>Candidates for an exact span (a gold toponym): the whole span must be one gazetteer name, a demonym or a known variant.</summary>
    public static IReadOnlyList<Place> CandidatesFor(Document d, TextSpan span, Gazetteer gaz)
    {
        var tokens = Tokenizer.Tokenize(d.Text, span);
        if (tokens.Length == 0) return [];
        int first = 0, last = tokens.Length;
        // "the Netherlands", "the Gaza Strip": the article is not part of the name
        if (tokens[0].Key == "the" && tokens.Length > 1) first = 1;
        while (last > first && tokens[last - 1].Kind == TokenKind.Punctuation && tokens[last - 1].Key != ".") last--;
        var slice = tokens[first..last];
        if (slice.Length == 0) return [];
        var (len, places) = gaz.Names.Match(slice, 0, slice.Length);
        if (len == slice.Length) return places;
        if (slice.Length > 1 && TextFolding.IsArticle(slice[0].Key))
        {
            var (len2, places2) = gaz.Names.Match(slice, 1, slice.Length);
            if (len2 == slice.Length - 1) return places2;
        }
        // possessive or plural forms: "Syria's", "Syrians"
        if (slice.Length >= 2 && slice[^1].Key == "'s")
        {
            var (l3, p3) = gaz.Names.Match(slice, 0, slice.Length - 1);
            if (l3 == slice.Length - 1) return p3;
        }
        if (gaz.Demonym(slice) is { } country) return [country];
        return [];
    }
}
