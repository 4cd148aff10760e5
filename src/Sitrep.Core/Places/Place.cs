namespace Sitrep.Places;

/// <summary>What level of place a gazetteer entry is.</summary>
public enum PlaceKind : byte { Country, Admin1, Admin2, City, Landmark, Region }

/// <summary>A gazetteer entry: GeoNames id (null for curated landmarks), coordinates, country and admin1.</summary>
public sealed record Place(string Id, long? GeonameId, string Name, double Lat, double Lon, string Country, string? Admin1, string FeatureCode, long Population, PlaceKind Kind)
{
    public bool IsArea => Kind is PlaceKind.Country or PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Region;
    /// <summary>A river, sea, strait, gulf, bay, canal, lake, reservoir, lagoon, fjord, wetland or mountain range: no area a town or building stands in.</summary>
    public bool IsWaterOrRange => FeatureCode is "STM" or "SEA" or "OCN" or "STRT" or "GULF" or "BAY" or "CNL" or "LK" or "LKS" or "RSV" or "LGN" or "FJD" or "WTLD" or "MTS";

    /// <summary>GeoNames second-level area code (a town's county or district; an admin2 entry's own code), when known.</summary>
    public string? Admin2 { get; init; }

    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double r = 6371.0;
        double p1 = lat1 * Math.PI / 180, p2 = lat2 * Math.PI / 180;
        double dp = p2 - p1, dl = (lon2 - lon1) * Math.PI / 180;
        double h = Math.Sin(dp / 2) * Math.Sin(dp / 2) + Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2);
        return 2 * r * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    public double DistanceKm(Place other) => DistanceKm(Lat, Lon, other.Lat, other.Lon);
}
