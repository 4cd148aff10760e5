using System.Collections.Frozen;
using Sitrep.Data;
using Sitrep.Errors;
using Sitrep.Lexicons;

namespace Sitrep.Places;

/// <summary>Places by folded name (GeoNames plus curated landmarks), with country and admin1 lookups and country extents.</summary>
public sealed class Gazetteer
{
    /// <summary>Latitude/longitude box of the places of one country.</summary>
    public readonly record struct Extent(double MinLat, double MaxLat, double MinLon, double MaxLon);

    private readonly FrozenDictionary<string, Place> _countries;
    private readonly FrozenDictionary<string, Place> _admin1;
    // (computed on first use: directions.tsv places nearly every country's named parts)
    private readonly Lazy<FrozenDictionary<string, Extent>> _extents;
    private readonly FrozenDictionary<string, (double Lat, double Lon)> _directions;

    /// <summary>Every name and alternate name, folded, to its places.</summary>
    public IPhraseIndex<Place> Names { get; }
    /// <summary>Demonyms ("Syrian", "Russians") to their country.</summary>
    public PhraseTrie<Place> Demonyms { get; }
    /// <summary>Adjectives and peoples of first-level areas ("Scottish", "Chechens", "Texan") to their area (adjectives.tsv).</summary>
    public PhraseTrie<Place> Adjectives { get; }
    public PlaceTable Places { get; }

    private Gazetteer(PlaceTable places, CompactNameIndex names, IReadOnlyDictionary<string, (double Lat, double Lon)> directions, string directory)
    {
        _directions = directions.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Places = places;
        Names = names;
        var countries = new Dictionary<string, Place>(StringComparer.OrdinalIgnoreCase);
        var admin1 = new Dictionary<string, Place>(StringComparer.OrdinalIgnoreCase);
        var seats = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var capitals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < places.Count; i++)
        {
            switch (places.KindOf(i))
            {
                case PlaceKind.Country:
                    var c = places[i];
                    if (c.Country.Length == 2) countries.TryAdd(c.Country, c);
                    break;
                case PlaceKind.Admin1:
                    var a = places[i];
                    if (a.Admin1 is not null) admin1.TryAdd(a.Country + "." + a.Admin1, a);
                    break;
                case PlaceKind.City:
                    var country = places.CountryOf(i);
                    if (country.Length != 2) break;
                    // (a country with two listed capitals: the more populous, e.g. the seat of government)
                    if (places.FeatureCodeIs(i, "PPLC") && (!capitals.TryGetValue(country, out var cap) || places.Population[i] > places.Population[cap])) capitals[country] = i;
                    // the seat of a first-level area: its PPLA (or the national capital where that is the seat)
                    if (places.FeatureCodeIs(i, "PPLA") || places.FeatureCodeIs(i, "PPLC"))
                    {
                        var key = country + "." + places.Admin1Of(i);
                        bool ppla = places.FeatureCodeIs(i, "PPLA");
                        if (!seats.TryGetValue(key, out var prev)) seats[key] = i;
                        else if (ppla != places.FeatureCodeIs(prev, "PPLA")) { if (ppla) seats[key] = i; } // a provincial seat before a national capital
                        else if (places.Population[i] > places.Population[prev]) seats[key] = i;
                    }
                    break;
            }
        }
        _countries = countries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _admin1 = admin1.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Demonyms = LoadPhrases(Path.Combine(directory, "demonyms.tsv"), "country", _countries, "country").Freeze();
        Adjectives = LoadPhrases(Path.Combine(directory, "adjectives.tsv"), "admin1", _admin1, "first-level area").Freeze();
        _extents = new Lazy<FrozenDictionary<string, Extent>>(() => SettledExtents(places));
        _seats = seats.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _capitals = capitals.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _codes = LoadCodes(Path.Combine(directory, "codes.tsv"));
    }

    private readonly FrozenDictionary<string, int> _capitals;
    private readonly FrozenDictionary<string, Place[]> _codes;

    /// <summary>
    /// The states, provinces and countries a postal or press code stands for ("WA": Washington and Western Australia; "SA":
    /// South Australia and South Africa), from codes.tsv: for a span given as a toponym only, never for running text.
    /// </summary>
    public IReadOnlyList<Place> ByCode(string code) => _codes.TryGetValue(code, out var places) ? places : [];

    private FrozenDictionary<string, Place[]> LoadCodes(string path) =>
        File.Exists(path) ? ReadCodes(TsvDataFile.Load(path, "code", "place"), key => key.Contains('.') ? Admin1(key[..key.IndexOf('.')], key[(key.IndexOf('.') + 1)..]) : Country(key))
                          : FrozenDictionary<string, Place[]>.Empty;

    /// <summary>
    /// The rows of codes.tsv (<c>code place</c>: two or three capitals, a country code or a "CC.A1" key that
    /// <paramref name="place"/> knows), each code to its places; a bad row is an error naming file and line.
    /// </summary>
    public static FrozenDictionary<string, Place[]> ReadCodes(TsvDataFile file, Func<string, Place?> place)
    {
        var codes = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            var code = row["code"];
            if (code.Length is < 2 or > 3 || code.Any(ch => ch is < 'A' or > 'Z')) throw row.Error($"code '{code}' is not two or three capital letters");
            if (place(row["place"]) is not { } p) throw row.Error($"unknown place '{row["place"]}'");
            if (!codes.TryGetValue(code, out var list)) codes[code] = list = [];
            if (list.Contains(p)) throw row.Error($"{code} {row["place"]} listed twice");
            list.Add(p);
        }
        return codes.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    // built per country on first use: few stories need it, and few countries in one run
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FrozenDictionary<string, int[]>> _skeletons = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Towns and landmarks of one first-level area whose name has the given consonant skeleton
    /// (<see cref="Sitrep.Text.TextFolding.Skeleton"/>): a village the text spells its own way, looked up only where the text
    /// places it ("near Kinsabba in the Latakia countryside").
    /// </summary>
    public IReadOnlyList<Place> InAreaBySkeleton(string country, string admin1, string skeleton)
    {
        var index = _skeletons.GetOrAdd(country, BuildSkeletons);
        return index.TryGetValue(admin1 + "|" + skeleton, out var ids) ? [.. ids.Select(i => Places[i])] : [];
    }

    private FrozenDictionary<string, int[]> BuildSkeletons(string country)
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < Places.Count; i++)
        {
            if (Places.KindOf(i) is not (PlaceKind.City or PlaceKind.Landmark) || !Places.CountryOf(i).Equals(country, StringComparison.OrdinalIgnoreCase)) continue;
            var admin1 = Places.Admin1Of(i);
            if (admin1.Length == 0) continue;
            var skeleton = Sitrep.Text.TextFolding.Skeleton(Places.NameOf(i));
            if (skeleton.Length < 3) continue;
            var key = admin1 + "|" + skeleton;
            if (!map.TryGetValue(key, out var list)) map[key] = list = [];
            list.Add(i);
        }
        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>A country's capital city (GeoNames PPLC): what "the Syrian capital" and "Yemen's capital" name.</summary>
    public Place? CapitalOf(string? iso2) => iso2 is not null && _capitals.TryGetValue(iso2, out var i) ? Places[i] : null;

    private readonly FrozenDictionary<string, int> _seats;

    /// <summary>The seat (capital) of a first-level area: where ACLED places an event known only by its province.</summary>
    public Place? SeatOf(Place area) =>
        area.Kind == PlaceKind.Admin1 && area.Admin1 is not null && _seats.TryGetValue(area.Country + "." + area.Admin1, out var i) ? Places[i] : null;

    public Place? Country(string? iso2) => iso2 is not null && _countries.TryGetValue(iso2, out var p) ? p : null;
    public Place? Admin1(string? country, string? code) => country is not null && code is not null && _admin1.TryGetValue(country + "." + code, out var p) ? p : null;
    public Extent? CountryExtent(string? iso2) => iso2 is not null && _extents.Value.TryGetValue(iso2, out var e) ? e : null;
    public IEnumerable<Place> AllCountries => _countries.Values;

    /// <summary>The country a whole token run names as a demonym, or null.</summary>
    public Place? Demonym(ReadOnlySpan<Sitrep.Text.Token> tokens)
    {
        var (len, values) = Demonyms.Match(tokens, 0, tokens.Length);
        return len == tokens.Length && values.Count > 0 ? values[0] : null;
    }

    /// <summary>
    /// The extent of each country's listed places without their outlying 2% on each side, for a country directions.tsv lacks:
    /// its outlying islands (the Canaries, Chukotka across the date line) would put "southern Spain" in the sea.
    /// </summary>
    private static FrozenDictionary<string, Extent> SettledExtents(PlaceTable places)
    {
        var points = new Dictionary<string, (List<double> Lat, List<double> Lon)>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < places.Count; i++)
        {
            if (places.KindOf(i) != PlaceKind.City || places.CountryOf(i) is not { Length: 2 } country) continue;
            if (!points.TryGetValue(country, out var pts)) points[country] = pts = ([], []);
            pts.Lat.Add(places.Lat[i]);
            pts.Lon.Add(places.Lon[i]);
        }
        return points.ToFrozenDictionary(kv => kv.Key, kv => SettledExtent(kv.Value.Lat, kv.Value.Lon), StringComparer.OrdinalIgnoreCase);
    }

    private static Extent SettledExtent(List<double> lat, List<double> lon)
    {
        lat.Sort();
        lon.Sort();
        // (too few places to call any an outlier: the whole extent)
        int cut = lat.Count >= 50 ? lat.Count / 50 : 0;
        return new Extent(lat[cut], lat[^(cut + 1)], lon[cut], lon[^(cut + 1)]);
    }

    /// <summary>
    /// A point for a named part of an area ("southern Syria"): directions.tsv's point for it, else a quarter of the way into
    /// the extent of the country's listed places from that side, so the pin lands in the region rather than on a random
    /// town. Areas that are no country keep their own point.
    /// </summary>
    public Place Region(Place area, string direction, string name)
    {
        var dir = direction.Replace("-", "", StringComparison.Ordinal).Replace("ern", "", StringComparison.Ordinal);
        var id = area.Id + ":" + dir;
        if (area.Kind == PlaceKind.Country && _directions.TryGetValue(area.Country + ":" + dir, out var known))
            return new Place(id, null, name, known.Lat, known.Lon, area.Country, null, "RGN", 0, PlaceKind.Region);
        if (area.Kind != PlaceKind.Country || CountryExtent(area.Country) is not { } e)
            return area with { Kind = PlaceKind.Region, Name = name, GeonameId = null, Id = id };
        double lat = (e.MinLat + e.MaxLat) / 2, lon = (e.MinLon + e.MaxLon) / 2;
        if (dir.Contains("south", StringComparison.Ordinal)) lat = e.MinLat + 0.25 * (e.MaxLat - e.MinLat);
        if (dir.Contains("north", StringComparison.Ordinal)) lat = e.MinLat + 0.75 * (e.MaxLat - e.MinLat);
        if (dir.Contains("west", StringComparison.Ordinal)) lon = e.MinLon + 0.25 * (e.MaxLon - e.MinLon);
        if (dir.Contains("east", StringComparison.Ordinal)) lon = e.MinLon + 0.75 * (e.MaxLon - e.MinLon);
        return new Place(id, null, name, Math.Round(lat, 4), Math.Round(lon, 4), area.Country, null, "RGN", 0, PlaceKind.Region);
    }

    /// <summary>
    /// Loads the gazetteer from its TSV sources (geonames, landmarks, regions, features, demonyms, and any imported GeoNames
    /// dumps under imported/), through the compiled cache when it is current; adjectives, codes and directions are read
    /// each time.
    /// </summary>
    public static Gazetteer Load(string directory)
    {
        var sources = SourceFiles(directory);
        var key = GazetteerCache.Key(sources);
        var cached = GazetteerCache.TryRead(directory, key);
        PlaceTable table;
        CompactNameIndex index;
        if (cached is { } c) (table, index) = c;
        else
        {
            (table, index) = Compile(directory);
            GazetteerCache.TryWrite(directory, key, table, index);
        }
        return new Gazetteer(table, index, LoadDirections(directory), directory);
    }

    private static List<string> SourceFiles(string directory)
    {
        var files = new List<string> { Path.Combine(directory, "geonames.tsv"), Path.Combine(directory, "landmarks.tsv") };
        foreach (var optional in new[] { "regions.tsv", "features.tsv", "demonyms.tsv" })
            if (File.Exists(Path.Combine(directory, optional))) files.Add(Path.Combine(directory, optional));
        var imported = Path.Combine(directory, "imported");
        if (Directory.Exists(imported)) files.AddRange(Directory.GetFiles(imported, "*.tsv").Order(StringComparer.Ordinal));
        foreach (var f in files)
            if (!File.Exists(f)) throw new SitrepException(ErrorCode.DataFile, $"{f}: data file is missing");
        return files;
    }

    private static (PlaceTable, CompactNameIndex) Compile(string directory)
    {
        var builder = new PlaceTable.Builder();
        var names = new List<(IReadOnlyList<string>, int)>();
        var geoFiles = new List<string> { Path.Combine(directory, "geonames.tsv") };
        var imported = Path.Combine(directory, "imported");
        if (Directory.Exists(imported)) geoFiles.AddRange(Directory.GetFiles(imported, "*.tsv").Order(StringComparer.Ordinal));
        foreach (var file in geoFiles)
        {
            var geo = TsvDataFile.Load(file, "id", "name", "alt", "lat", "lon", "fclass", "fcode", "country", "admin1", "admin2", "population");
            foreach (var row in geo.Rows)
            {
                var fcode = row["fcode"];
                var kind = fcode switch
                {
                    "PCLI" or "PCLD" or "PCLIX" or "PCLS" or "PCLF" or "PCL" or "TERR" or "PCLH" => PlaceKind.Country,
                    "ADM1" or "ADM1H" => PlaceKind.Admin1,
                    "ADM2" or "ADM2H" => PlaceKind.Admin2,
                    "CONT" or "RGN" or "RGNE" => PlaceKind.Region,
                    _ => row["fclass"] == "P" ? PlaceKind.City : PlaceKind.Landmark,
                };
                var place = MakePlace(row, kind, row.Long("id"), row["country"], row.Optional("admin1"), fcode, row.Long("population")) with { Admin2 = row.Optional("admin2") };
                AddNames(names, row, builder.Add(place), place);
            }
        }
        foreach (var file in new[] { "landmarks.tsv", "regions.tsv", "features.tsv" })
        {
            var path = Path.Combine(directory, file);
            if (file != "landmarks.tsv" && !File.Exists(path)) continue;
            var curated = TsvDataFile.Load(path, "id", "name", "alt", "lat", "lon", "fcode", "country", "admin1", "kind", "source");
            foreach (var row in curated.Rows)
            {
                if (row["source"].Length == 0) throw row.Error("row has no source");
                var kind = row["kind"] switch { "town" => PlaceKind.City, "region" or "continent" => PlaceKind.Region, _ => PlaceKind.Landmark };
                var place = MakePlace(row, kind, null, row["country"], row.Optional("admin1"), row["fcode"], 0);
                AddNames(names, row, builder.Add(place), place);
            }
        }
        var table = builder.Build();
        return (table, CompactNameIndex.Build(names, table));
    }

    /// <summary>The points of countries' named parts ("CC:north" → lat, lon) from directions.tsv (optional).</summary>
    private static Dictionary<string, (double Lat, double Lon)> LoadDirections(string directory)
    {
        var points = new Dictionary<string, (double, double)>(StringComparer.OrdinalIgnoreCase);
        var path = Path.Combine(directory, "directions.tsv");
        if (!File.Exists(path)) return points;
        foreach (var row in TsvDataFile.Load(path, "country", "direction", "lat", "lon").Rows)
        {
            double lat = row.Double("lat"), lon = row.Double("lon");
            if (lat is < -90 or > 90 || lon is < -180 or > 180) throw row.Error($"coordinates out of range: {lat},{lon}");
            if (!points.TryAdd(row["country"] + ":" + row["direction"], (lat, lon))) throw row.Error($"{row["country"]} {row["direction"]} listed twice");
        }
        return points;
    }

    /// <summary>
    /// A phrase file (demonyms.tsv, adjectives.tsv; optional): each row's pattern to the place its <paramref name="keyColumn"/>
    /// names in <paramref name="places"/> (a country's code, an area's "CC.A1" key).
    /// </summary>
    private static PhraseTrie<Place> LoadPhrases(string path, string keyColumn, IReadOnlyDictionary<string, Place> places, string what)
    {
        var phrases = new PhraseTrie<Place>();
        if (!File.Exists(path)) return phrases;
        foreach (var row in TsvDataFile.Load(path, "pattern", keyColumn).Rows)
        {
            if (!places.TryGetValue(row[keyColumn], out var place)) throw row.Error($"unknown {what} '{row[keyColumn]}'");
            phrases.Add(row["pattern"], place);
        }
        return phrases;
    }

    private static Place MakePlace(TsvDataFile.Row row, PlaceKind kind, long? geonameId, string country, string? admin1, string fcode, long population)
    {
        double lat = row.Double("lat"), lon = row.Double("lon");
        if (lat is < -90 or > 90 || lon is < -180 or > 180) throw row.Error($"coordinates out of range: {lat},{lon}");
        return new Place(row["id"], geonameId, row["name"], lat, lon, country, admin1, fcode, population, kind);
    }

    private static void AddNames(List<(IReadOnlyList<string>, int)> names, TsvDataFile.Row row, int index, Place place)
    {
        var own = PhraseTrie<Place>.KeysOf(place.Name);
        AddName(names, own, index);
        // "Debre Mark’os", "Ta‘izz", "Ts’khinvali": an apostrophe or ayn inside a word of a place's own name is mostly not written
        // in English ("Debre Markos") — but not one of an alternate name, where it marks Wade–Giles aspirates ("Ch'u" for Quzhou),
        // nor a pinyin syllable break ("Ji’an" is no "Jian"), nor where the short word left is an English word or a name ("Ha'il"
        // is no "hail", "Sa'ar" no "Saar")
        // (and not a city's section: Moscow's "Mar’ino" made every "Marino" a district of 243,000)
        if (!WithoutApostropheUnsafe(place.Country) && place.FeatureCode != "PPLX" && own.Any(k => k.Length > 1 && k.IndexOf('\'', 1) is > 0 and var at && at < k.Length - 1)
            && own.Select(k => k.Length > 1 ? k.Replace("'", "") : k).Where(k => k.Length > 0).ToList() is var bare && string.Concat(bare).Length >= 5)
            AddWithShortEnding(names, bare, index);
        var alt = row["alt"];
        if (alt.Length == 0) return;
        foreach (var a in alt.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (a.Length >= 2) AddName(names, PhraseTrie<Place>.KeysOf(a), index);
    }

    // Arabic names ending in tā' marbūṭa are written with and without the final h ("Al Buşayrah" / "al-Busayra",
    // "Khuzā‘ah" / "Khuza'a"): index the short form too
    private static void AddName(List<(IReadOnlyList<string>, int)> names, List<string> keys, int index)
    {
        // "‘Āmūdā", "`Amudah": a leading or trailing ayn mark is not written in English
        while (keys.Count > 1 && keys[0] is "'" or "`") keys.RemoveAt(0);
        while (keys.Count > 1 && keys[^1] is "'" or "`") keys.RemoveAt(keys.Count - 1);
        AddWithShortEnding(names, keys, index);
        // "Saint Petersburg" is "St. Petersburg" in English text, "Mount Lebanon" "Mt. Lebanon": the abbreviated forms too
        if (keys.Count >= 2 && Sitrep.Text.TextFolding.PlaceNameAbbreviations.TryGetValue(keys[0], out var abbreviation))
        {
            AddWithShortEnding(names, [abbreviation, .. keys.Skip(1)], index);
            AddWithShortEnding(names, [abbreviation, ".", .. keys.Skip(1)], index);
        }
        // "North-West" (GeoNames) is "North West" in most text, "Kafr-Nabl" also "Kafr Nabl": hyphenated words split too
        if (keys.Any(IsHyphenated))
            AddWithShortEnding(names, keys.SelectMany(k => IsHyphenated(k) ? k.Split('-', StringSplitOptions.RemoveEmptyEntries) : [k]).ToList(), index);
        // "Al Qaḩţānīyah" is "Qahtaniyah" in most English text: the name without its Arabic article too
        if (keys.Count >= 2 && Sitrep.Text.TextFolding.IsArticle(keys[0]) && keys[1].Length >= 4)
            AddWithShortEnding(names, keys.Skip(1).ToList(), index);
    }

    /// <summary>Countries whose romanised names break syllables with an apostrophe (pinyin "Xi'an", Korean "Pu'an"): no name is read without it there.</summary>
    public static bool WithoutApostropheUnsafe(string country) => country is "CN" or "TW" or "HK" or "MO" or "KR" or "KP";

    private static bool IsHyphenated(string key) => key.Length >= 3 && key.IndexOf('-', 1) is int h && h > 0 && h < key.Length - 1;

    /// <summary>The loose form of a name's keys: transliteration marks and doubled letters gone ("Ma‘dān" and "Maadan" meet).</summary>
    public static List<string> LooseKeys(IEnumerable<string> keys) =>
        keys.Select(k => Sitrep.Text.TextFolding.LooseKey(k.Replace("'", "").Replace("`", ""))).ToList();

    private static void AddWithShortEnding(List<(IReadOnlyList<string>, int)> names, List<string> keys, int index)
    {
        names.Add((keys, index));
        // a second spelling under the loose key, looked up only when the exact one finds nothing
        var loose = LooseKeys(keys);
        if (!loose.SequenceEqual(keys) && loose.All(k => k.Length > 0)) names.Add((["~", .. loose], index));
        if (keys.Count > 0 && keys[^1] is { Length: >= 5 } last && last.EndsWith("ah", StringComparison.Ordinal))
            names.Add(([.. keys.Take(keys.Count - 1), last[..^1]], index));
    }
}
