using Sitrep.Events;
using Sitrep.Places;

namespace Sitrep.Storage.Relational;

/// <summary>
/// An event as clustering sees it: its day (an undated event counts as of its report's date; <see cref="Dated"/> when the
/// text itself gives the day, <see cref="ByPublication"/> when the text gives no date at all, so the act was on that day
/// or before it) and what links it.
/// </summary>
public sealed record ClusterItem(string Id, long Document, string Type, int Day, double Lat, double Lon, int GeoPrecision,
    string? Admin1, string? Country, string? Actor1Country, string? Actor2Country, int? Fatalities, string? Site = null, bool Dated = false,
    bool ByPublication = false)
{
    /// <summary>
    /// The site below town level a report names (a neighbourhood, an airbase, a camp, a crossing), as a key; null for a
    /// town, an area or a region. GeoNames sections of a city (PPLX) and the curated landmarks' point features count.
    /// </summary>
    public static string? SiteOf(string? featureCode, long? geonameId, string? location) =>
        featureCode is "PPLX" or "AIRB" or "AIRP" or "MILB" or "NVB" or "CMPRF" or "PSTB" or "DAM" or "BDG" or "PRT" or "PRN" or "HSP"
            or "BLDG" or "SQR" or "PAL" or "PSN" or "RSTN" or "MFG" or "TNLRD"
            ? geonameId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? location
            : null;

    /// <summary>Placed no more precisely than a region or a country.</summary>
    public bool Regional => GeoPrecision >= 3;
    /// <summary>Placed only "in Syria" or "in northern Syria": no province to measure from.</summary>
    public bool Vague => Regional && Admin1 is null;
}

/// <summary>
/// Groups reports of one incident. The result depends only on the set of events, never on the order they arrived in:
/// links are taken shortest first, ties broken by id, so a store re-evaluates its clusters as reports arrive and ends
/// in the same state whichever order the same reports came in.
/// </summary>
public static class IncidentClusterer
{
    /// <summary>Stores clustered by another version of these rules are regrouped whole when opened.</summary>
    public const int Version = 8;

    /// <summary>Cluster id (the least event id of the cluster, ordinal) of every item.</summary>
    public static Dictionary<string, string> Cluster(IReadOnlyList<ClusterItem> input) => Cluster(input, everyPair: false);

    /// <summary>With <paramref name="everyPair"/>, every pair is tried instead of neighbours in the grids (the tests' reference).</summary>
    internal static Dictionary<string, string> Cluster(IReadOnlyList<ClusterItem> input, bool everyPair)
    {
        var items = input.OrderBy(i => i.Id, StringComparer.Ordinal).ToArray();
        var sets = new Sets(items);

        // 1. distance links — two reports of compatible type, at most a day apart, within 25 km (150 km when either names
        // only a province or a region within one), no actors from different countries, tolls that do not contradict
        var links = everyPair ? EveryPair(items) : GridPairs(items);
        links.Sort((x, y) => x.Km != y.Km ? x.Km.CompareTo(y.Km) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        foreach (var (_, a, b) in links) sets.Union(a, b);

        // 2. a report placed only "in Syria" has no point to measure a distance from: it joins the cluster of a same-day,
        // compatible, precisely placed report in that country — the only one, or the one at least twice as widely reported
        // as any other (on the day of a massacre, "an attack in Syria" is the massacre, not a shelling one outlet reported);
        // failing one, a report that names no day of its own looks at the days either side
        var sizes = new Dictionary<int, int>();
        var byDay = new Dictionary<(string Country, int Day), List<int>>();
        for (int i = 0; i < items.Length; i++)
        {
            int root = sets.Find(i);
            sizes[root] = sizes.GetValueOrDefault(root) + 1;
            if (!items[i].Vague && items[i].Country is { Length: > 0 } c) Put(byDay, (c, items[i].Day), i);
        }
        var joins = new List<(int Vague, int Cluster)>();
        var unplaced = new List<int>();
        for (int v = 0; v < items.Length; v++)
        {
            if (!items[v].Vague || items[v].Country is not { Length: > 0 } country) continue;
            var fits = new HashSet<int>();
            foreach (int j in byDay.GetValueOrDefault((country, items[v].Day)) ?? [])
                if (SameDayFit(items[v], items[j])) fits.Add(sets.Find(j));
            // (a report that names no day of its own — dated by its publication or "overnight" — may tell the day before's or
            // after's, when no report of its own day fits)
            if (fits.Count == 0 && !items[v].Dated)
                foreach (int day in (int[])[items[v].Day - 1, items[v].Day + 1])
                    foreach (int j in byDay.GetValueOrDefault((country, day)) ?? [])
                        if (!items[j].Dated && SameDayFit(items[v], items[j])) fits.Add(sets.Find(j));
            if (fits.Count == 0) unplaced.Add(v);
            else
            {
                var ranked = fits.OrderByDescending(f => sizes[f]).ThenBy(f => f).ToList();
                if (ranked.Count == 1 || sizes[ranked[0]] >= 2 * sizes[ranked[1]]) joins.Add((v, ranked[0]));
            }
        }
        foreach (var (v, c) in joins) sets.Union(c, v);

        // 3. vague reports with no precise counterpart: same-day reports of one country that do not contradict each other
        foreach (var day in unplaced.GroupBy(v => (items[v].Country, items[v].Day)))
        {
            var group = day.ToList();
            for (int x = 0; x < group.Count; x++)
                for (int y = x + 1; y < group.Count; y++)
                    if (SameDayFit(items[group[x]], items[group[y]])) sets.Union(group[x], group[y]);
        }

        var names = new Dictionary<int, string>();
        for (int i = 0; i < items.Length; i++) names.TryAdd(sets.Find(i), items[i].Id); // items are in id order: the first is the least
        var result = new Dictionary<string, string>(items.Length, StringComparer.Ordinal);
        for (int i = 0; i < items.Length; i++) result[items[i].Id] = names[sets.Find(i)];
        return result;
    }

    /// <summary>
    /// Distance links found through grids: two reports of towns through cells of a quarter degree (25 km links), a
    /// province and anything within 150 km through bands of 1.5° of latitude; a pair is taken from the earlier day's
    /// side, or on one day from the lesser index, so each is seen once.
    /// </summary>
    private static List<(double Km, int A, int B)> GridPairs(ClusterItem[] items)
    {
        var links = new List<(double Km, int A, int B)>();
        var towns = new Dictionary<(int Day, int Lat, int Lon), List<int>>();
        var bands = new Dictionary<(int Day, int Band), List<int>>();
        var provinceBands = new Dictionary<(int Day, int Band), List<int>>();
        for (int i = 0; i < items.Length; i++)
        {
            var it = items[i];
            if (it.Vague) continue;
            Put(bands, (it.Day, Band(it.Lat)), i);
            if (it.Regional) Put(provinceBands, (it.Day, Band(it.Lat)), i);
            else Put(towns, (it.Day, Row(it.Lat), Column(it.Lon, Row(it.Lat))), i);
        }
        void Try(int i, int j, int day)
        {
            if ((day > items[i].Day || j > i) && DistanceLink(items[i], items[j]) is double km) links.Add((km, i, j));
        }
        for (int i = 0; i < items.Length; i++)
        {
            var it = items[i];
            if (it.Vague) continue;
            for (int day = it.Day; day <= it.Day + 1; day++)
            {
                for (int band = Band(it.Lat) - 1; band <= Band(it.Lat) + 1; band++)
                    if ((it.Regional ? bands : provinceBands).TryGetValue((day, band), out var cell))
                        foreach (int j in cell) Try(i, j, day);
                if (it.Regional) continue;
                for (int row = Row(it.Lat) - 1; row <= Row(it.Lat) + 1; row++)
                {
                    // (2% to spare: a great circle is a little shorter than its parallel); columns wrap at ±180°
                    double reach = 1.02 * TownKm / (KmPerDegree * Math.Cos(Math.PI / 180 * Math.Min(89.9, Math.Max(EdgeLat(row), Math.Abs(it.Lat)))));
                    double west = it.Lon - reach, east = it.Lon + reach;
                    (double, double)[] spans = reach >= 180 ? [(-180, 180)] : west < -180 ? [(west + 360, 180), (-180, east)]
                        : east >= 180 ? [(west, 180), (-180, east - 360)] : [(west, east)];
                    foreach (var (from, to) in spans)
                        for (int col = Column(from, row); col <= Column(to, row); col++)
                            if (towns.TryGetValue((day, row, col), out var cell))
                                foreach (int j in cell) Try(i, j, day);
                }
            }
        }
        return links;
    }

    /// <summary>Distance links found by trying every pair (the grids' reference in tests).</summary>
    private static List<(double Km, int A, int B)> EveryPair(ClusterItem[] items)
    {
        var links = new List<(double Km, int A, int B)>();
        for (int i = 0; i < items.Length; i++)
            for (int j = i + 1; j < items.Length; j++)
                if (DistanceLink(items[i], items[j]) is double km) links.Add(items[j].Day < items[i].Day ? (km, j, i) : (km, i, j));
        return links;
    }

    private static void Put<TKey>(Dictionary<TKey, List<int>> cells, TKey key, int i) where TKey : notnull
    {
        if (!cells.TryGetValue(key, out var cell)) cells[key] = cell = [];
        cell.Add(i);
    }

    // 1.5° of latitude is 167 km, more than the longest link
    private static int Band(double lat) => (int)Math.Floor(lat / 1.5);

    private const double TownKm = 25, KmPerDegree = 111.19, CellDegrees = 0.25;

    // a quarter degree of latitude is 27.8 km; a cell's width in longitude is as many km at its row's poleward edge
    private static int Row(double lat) => (int)Math.Floor(lat / CellDegrees);

    private static double EdgeLat(int row) => Math.Min(90, Math.Max(Math.Abs(row * CellDegrees), Math.Abs((row + 1) * CellDegrees)));

    // within a degree of a pole a row is one cell all round
    private static int Columns(int row) => EdgeLat(row) >= 89 ? 1 : (int)Math.Ceiling(360 / Width(row));

    private static double Width(int row) => CellDegrees / Math.Cos(Math.PI / 180 * EdgeLat(row));

    /// <summary>The column of a longitude in [-180°, 180°], counted from -180° (180° itself in the last).</summary>
    private static int Column(double lon, int row) => Columns(row) == 1 ? 0 : Math.Clamp((int)Math.Floor((lon + 180) / Width(row)), 0, Columns(row) - 1);

    /// <summary>The distance in km if two reports may tell one incident by place, else null.</summary>
    private static double? DistanceLink(ClusterItem a, ClusterItem b)
    {
        // "in Syria" is placed at the country's reference point, which is no place of the incident: 150 km from it lie
        // Palmyra and Raqqa, 160 km apart
        if (a.Vague || b.Vague) return null;
        if (a.Document == b.Document || Math.Abs(a.Day - b.Day) > 1 || !TypesCompatible(a.Type, b.Type)) return null;
        // the one-day tolerance is for a report that dates the act only by its own publication; two texts that each name
        // the day and name different days tell two strikes on one city ("Monday's raids" in Tuesday's story of new ones)
        if (a.Dated && b.Dated && a.Day != b.Day) return null;
        // a report dated only by its publication tells an act of that day or before it: a day another text names after its
        // publication is another act ("Syrian Army kills 31 in Raqqa" on Sunday is not Monday's raids there)
        if (a.ByPublication && b.Dated && b.Day > a.Day || b.ByPublication && a.Dated && a.Day > b.Day) return null;
        bool eitherRegional = a.Regional || b.Regional;
        double km = Place.DistanceKm(a.Lat, a.Lon, b.Lat, b.Lon);
        if (km > (eitherRegional ? 150 : 25)) return null;
        // a province reaches only its own towns: "Rural Damascus" is no report of a bombing in Homs 150 km away
        if (eitherRegional && a.Admin1 is not null && b.Admin1 is not null && a.Admin1 != b.Admin1) return null;
        if (!ActorsCompatible(a, b)) return null;
        // a toll may rise between reports of one place (11, then 72 in Khan Sheikhun), but reports of two places are two
        // strikes when one toll is five times the other (15 dead in Idlib province, 1 dead in Khan Sheikhun)
        if ((eitherRegional || km > 2) && !FatalitiesCompatible(a.Fatalities, b.Fatalities, ratio: 5)) return null;
        return km;
    }

    private static bool SameDayFit(ClusterItem a, ClusterItem b) =>
        a.Document != b.Document && TypesCompatible(a.Type, b.Type) && ActorsCompatible(a, b) && FatalitiesCompatible(a.Fatalities, b.Fatalities);

    /// <summary>The same type, or any two of battles, explosions and violence against civilians (outlets code one attack differently).</summary>
    private static bool TypesCompatible(string a, string b) => a == b || (Violent(a) && Violent(b));

    private static bool Violent(string t) => t is EventType.Battles or EventType.Explosions or EventType.ViolenceAgainstCivilians;

    /// <summary>
    /// Actors conflict only by country: outlets disagree on who is actor 1 and the inter codes of loosely named actors
    /// ("militants", "terrorists") are noisy, so roles may be swapped and interaction codes are not compared.
    /// </summary>
    private static bool ActorsCompatible(ClusterItem a, ClusterItem b)
    {
        static bool Same(string? x, string? y) => x is null || y is null || x == y;
        return (Same(a.Actor1Country, b.Actor1Country) && Same(a.Actor2Country, b.Actor2Country))
            || (Same(a.Actor1Country, b.Actor2Country) && Same(a.Actor2Country, b.Actor1Country));
    }

    /// <summary>Tolls grow and outlets round, but "3 killed" and "40 killed" are not one incident: neither may exceed <paramref name="ratio"/> times the other (or 1).</summary>
    private static bool FatalitiesCompatible(int? a, int? b, int ratio = 2) =>
        a is null || b is null || Math.Max(a.Value, b.Value) <= ratio * Math.Max(1, Math.Min(a.Value, b.Value));

    /// <summary>Union-find whose sets keep the first and last day of their members, the named site they are at and the box their towns lie in.</summary>
    private sealed class Sets
    {
        private readonly int[] _parent;
        private readonly (int First, int Last)[] _span;
        private readonly string?[] _site;
        private readonly (double South, double North, double West, double East)?[] _box;

        public Sets(ClusterItem[] items)
        {
            _parent = [.. Enumerable.Range(0, items.Length)];
            _span = [.. items.Select(i => (i.Day, i.Day))];
            _site = [.. items.Select(i => i.Site)];
            _box = [.. items.Select(i => i.Regional ? null : ((double, double, double, double)?)(i.Lat, i.Lat, i.Lon, i.Lon))];
        }

        /// <summary>The longest distance across a box: its diagonal, or near a pole its southern or northern edge.</summary>
        private static double Width((double South, double North, double West, double East) x)
        {
            double span = x.East - x.West;
            return Math.Max(Place.DistanceKm(x.South, 0, x.North, span), Math.Max(Place.DistanceKm(x.South, 0, x.South, span), Place.DistanceKm(x.North, 0, x.North, span)));
        }

        /// <summary>
        /// Two boxes as one; longitudes run on past ±180° (179.9° and -179.9° are 0.2° apart), the second box shifted by
        /// whole turns to lie nearest the first.
        /// </summary>
        private static (double South, double North, double West, double East) Merge((double South, double North, double West, double East) a,
            (double South, double North, double West, double East) b)
        {
            double shift = 360 * Math.Round((a.West + a.East - b.West - b.East) / 720);
            return (Math.Min(a.South, b.South), Math.Max(a.North, b.North), Math.Min(a.West, b.West + shift), Math.Max(a.East, b.East + shift));
        }

        public int Find(int x)
        {
            while (_parent[x] != x) x = _parent[x] = _parent[_parent[x]];
            return x;
        }

        /// <summary>
        /// Joins two sets unless their reports would then span more than a day: single linkage would otherwise chain a
        /// fortnight of daily strikes on one city into one "incident" (the day of tolerance is for a report dated only by its
        /// publication, which may come a day after the act).
        /// </summary>
        /// <remarks>
        /// Nor does it join reports of towns more than two links (50 km) apart: strikes on a string of villages along one road
        /// are not one incident because each is near the next.
        /// Nor does it join two named sites: ACLED codes a strike on Sheikh Maqsoud and one on al-Sakhour the same day apart,
        /// however close the neighbourhoods, and a report naming only the city joins one of them, not both.
        /// </remarks>
        public void Union(int a, int b)
        {
            (a, b) = (Find(a), Find(b));
            if (a == b) return;
            var (first, last) = (Math.Min(_span[a].First, _span[b].First), Math.Max(_span[a].Last, _span[b].Last));
            if (last - first > 1) return;
            if (_site[a] is { } sa && _site[b] is { } sb && sa != sb) return;
            var box = _box[a] is not { } ba ? _box[b] : _box[b] is not { } bb ? ba : Merge(ba, bb);
            if (box is { } x && Width(x) > 2 * TownKm) return;
            _parent[b] = a;
            _span[a] = (first, last);
            _site[a] ??= _site[b];
            _box[a] = box;
        }
    }
}
