using System.Collections.Frozen;
using Sitrep.Lexicons;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Extraction.Geocoding;

/// <summary>
/// Picks one gazetteer entry per toponym from document context, in two passes: a first guess from each name's own
/// prior (feature level, population) and the countries the document's names could point to; then a second guess
/// scored against the first guesses of the toponyms with other names (their countries, their first-level areas and their
/// distance) and against towns and counties of the story that contain one another, so that a local story's "Dublin" or
/// "Palestine" lands near the towns around it.
/// </summary>
public static class ToponymResolver
{
    /// <summary>
    /// One toponym to resolve: its candidates and any "X, Country" / "X, State" qualifier, whether nothing list-like
    /// follows that qualifier, the indices of the queries it shares a coordinated list with (<see cref="ListPeers"/>), and
    /// the first-level area ("US.NY") or province ("PH.03.14", Bulacan) it names when it is itself the qualifier of the toponym before it (<see cref="QualifierReading"/>),
    /// the index of its sentence (-1 where unknown), and the query it is measured from with the distance in kilometres
    /// ("Maan, 30 km north of Hama": <see cref="MeasuredFrom"/>; -1 where none), whether it is a nationality that keeps its
    /// name key (a given span "Syrian"), whether the town's own office or people follow it ("Naples police", "a Paris man"), and
    /// whether it is a bare wire dateline ("LONDON (Reuters) -").
    /// </summary>
    public readonly record struct Query(IReadOnlyList<Place> Candidates, string? QualifierCountry = null, string? QualifierAdmin1 = null, string? Key = null, bool QualifierEndsList = false,
        IReadOnlyList<int>? Peers = null, string? QualifiesAs = null, int Sentence = -1, int From = -1, double Km = 0, bool Nationality = false, bool Local = false,
        bool Dateline = false);

    /// <summary>The folded form a name is matched by ("al-Tanf" and "Al Tanf" share one).</summary>
    public static string KeyOf(string text) =>
        string.Join(' ', Sitrep.Lexicons.PhraseTrie<Place>.KeysOf(text).Where(k => !TextFolding.IsArticle(k) && k is not ("the" or "." or "-"))
            .Select(k => Expansions.GetValueOrDefault(k, k)).Select(TextFolding.LooseKey));

    // "St. Petersburg" is Saint Petersburg's own name, not an alternate one
    private static readonly Dictionary<string, string> Expansions =
        TextFolding.PlaceNameAbbreviations.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    private static readonly HashSet<string> DirectionKeys =
        Recognition.PlaceRecognitionStage.Directions.Select(k => KeyOf(k)).ToHashSet(StringComparer.Ordinal);

    private sealed class Context(Dictionary<string, string> nameKeys, Dictionary<string, string?> shortKeys, bool leaveOneOut)
    {
        /// <summary>The second pass, where the other names' first guesses are the evidence.</summary>
        public bool LeaveOneOut => leaveOneOut;
        public readonly Dictionary<string, double> Countries = new(StringComparer.Ordinal);
        /// <summary>Per country, how many of the other names' guesses are towns, counties or landmarks in it (second pass only).</summary>
        public readonly Dictionary<string, int> Towns = new(StringComparer.Ordinal);
        /// <summary>Per first-level area (country, admin1 code), the evidence of the other names' guesses.</summary>
        public readonly Dictionary<(string, string), double> Admin1 = [];
        public readonly List<Place> Anchors = [];
        public readonly HashSet<string> Keys = new(StringComparer.Ordinal);
        /// <summary>Per county/district (country, admin1, admin2 codes), the names with a reading that is that county or a town inside it.</summary>
        public readonly Dictionary<(string, string, string), HashSet<string>> Counties = [], TownsIn = [];
        /// <summary>Per first-level area (country, admin1 code), the names first read as that area itself: a state the story names.</summary>
        public Dictionary<(string, string), HashSet<string>>? States;
        public double CountryTotal => Math.Max(1, Countries.Values.Sum());
        /// <summary><see cref="KeyOf"/> of a candidate's name, remembered for the document: a common name ("Springfield")
        /// has dozens of candidates, each keyed again on every pass.</summary>
        public string NameKey(string name)
        {
            if (!nameKeys.TryGetValue(name, out var key)) nameKeys[name] = key = KeyOf(name);
            return key;
        }

        /// <summary>
        /// The key of a town's name without the river or region GeoNames' long form adds ("Frankfurt am Main", "Newcastle upon
        /// Tyne", "Halle (Saale)", "Marburg an der Lahn", "Greater Sudbury"), which is the name the town goes by; null for a name
        /// without one (remembered for the document, as <see cref="NameKey"/> is).
        /// </summary>
        public string? ShortKey(string name)
        {
            if (shortKeys.TryGetValue(name, out var key)) return key;
            // ("Greater Sudbury" is the city Ontario calls Sudbury)
            if (name.StartsWith("Greater ", StringComparison.Ordinal) && name.Length > 8) return shortKeys[name] = KeyOf(name[8..]);
            int cut = -1;
            foreach (var joint in LongFormJoints)
                if (name.IndexOf(joint, StringComparison.Ordinal) is int at and > 0 && (cut < 0 || at < cut)) cut = at;
            return shortKeys[name] = cut > 0 ? KeyOf(name[..cut]) : null;
        }

        private static readonly string[] LongFormJoints = [" am ", " an der ", " im ", " in der ", " ob der ", " upon ", " ("];
    }

    /// <summary>One pick per query (null where no reading fits), the actors' countries counting as context.</summary>
    public static Place?[] ResolveAll(IReadOnlyList<Query> queries, IEnumerable<string?> actorCountries)
    {
        var actors = actorCountries.ToList();
        // pass 1: priors and the countries any reading of the document's names points to
        var nameKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        var shortKeys = new Dictionary<string, string?>(StringComparer.Ordinal);
        var first = new Context(nameKeys, shortKeys, leaveOneOut: false);
        foreach (var q in queries)
        {
            if (q.Candidates.Count == 0) continue;
            var countries = CandidateCountries(q);
            foreach (var c in countries) first.Countries[c] = first.Countries.GetValueOrDefault(c) + 1.0 / countries.Count;
        }
        foreach (var c in actors)
            if (c is not null) first.Countries[c] = first.Countries.GetValueOrDefault(c) + 0.5;
        foreach (var q in queries) if (q.Key is not null) first.Keys.Add(q.Key);
        var statePeers = queries.Select((_, i) => StatePeers(queries, i)).ToArray();
        var guesses = queries.Select((q, i) => Best(q, first, null, statePeers: statePeers[i])).ToArray();
        // (a dateline's sentence that names a state or country where a smaller town of the name, a city of 100,000 or a capital
        // itself, lies speaks for that town: "CORDOBA (AFP) - Andalusia's regional government said", "VICTORIA (AFP) - The
        // Seychelles' president said"; Paris, Texas is no wire's bare "PARIS")
        for (int i = 0; i < queries.Count; i++)
            if (queries[i].Dateline && queries[i].Sentence >= 0)
                for (int k = 0; k < queries.Count; k++)
                    if (k != i && queries[k].Sentence == queries[i].Sentence && guesses[k] is { Kind: PlaceKind.Admin1 or PlaceKind.Country } area
                        && queries[i].Candidates.Any(c => c.Kind == PlaceKind.City && (c.Population >= 100_000 || c.FeatureCode == "PPLC") && c.Country == area.Country
                                                          && (area.Kind == PlaceKind.Country || c.Admin1 == area.Admin1)))
                    {
                        queries = queries.Select((q, n) => n == i ? q with { Dateline = false } : q).ToList();
                        guesses[i] = Best(queries[i], first, null, statePeers: statePeers[i]);
                        break;
                    }
        // the states the story names are evidence already for the first guesses of its towns: "Wayne, Bloomfield, Madison,
        // Plainview" in a story about northeast Nebraska are not first New Jersey's and New York's, which would then speak
        // for one another in the second pass
        foreach (var (q, g) in queries.Zip(guesses))
            if (g is { Kind: PlaceKind.Admin1 } && q.Key is { } sk)
            {
                first.States ??= [];
                var state = (g.Country, g.Admin1!);
                if (!first.States.TryGetValue(state, out var names)) first.States[state] = names = new(StringComparer.Ordinal);
                names.Add(sk);
            }
        // (a story that names no state: the area where most of its towns have a reading counts as one it names — under the
        // empty name, which is no query's)
        if ((first.States is null ? CoveringState(queries, guesses) : null) is { } covering)
            first.States = new() { [covering] = [""] };
        // (only among towns and counties: a list of states with "Ontario, New Brunswick" beside them keeps the provinces; and a
        // country's capital keeps its first reading: "London, Paris and Dublin" are no towns of Ohio, and a senator from Ohio
        // meets the pope in Italy's Rome)
        // (a name with no reading in those states would only be read again as before)
        if (first.States is { } named)
            for (int i = 0; i < queries.Count; i++)
                if (guesses[i] is { Kind: PlaceKind.City or PlaceKind.Admin2 or PlaceKind.Landmark } was && was.FeatureCode != "PPLC"
                    && queries[i].Candidates.Any(c => c.Admin1 is not null && named.ContainsKey((c.Country, c.Admin1)))
                    && Best(queries[i], first, null, statePeers: statePeers[i]) is { Kind: PlaceKind.City or PlaceKind.Admin2 or PlaceKind.Landmark } town)
                    guesses[i] = town;
        // (a guess its own qualifier rules out is no evidence for the second pass: "Rockingham, Northamptonshire" does not
        // bring North Carolina's Rockingham into a British story)
        for (int i = 0; i < queries.Count; i++)
            if (OutsideQualifier(guesses[i], queries[i])) guesses[i] = null;
        // one sense per story: a bare name first reads as the same name qualified elsewhere ("Parkland, Florida … Parkland":
        // the bare mentions are no evidence for Parkland, Washington, and so for the state of Washington over the capital)
        var qualified = new Dictionary<string, Place>(StringComparer.Ordinal);
        for (int i = 0; i < queries.Count; i++)
            if (queries[i].Key is { } qk && (queries[i].QualifierCountry is not null || queries[i].QualifierAdmin1 is not null) && guesses[i] is { } qg)
                qualified.TryAdd(qk, qg);
        // (a big city keeps its own reading: "Paris, Texas … flew to Paris, where the Cannes jury waited")
        for (int i = 0; i < queries.Count; i++)
            if (queries[i].Key is { } bk && queries[i].QualifierCountry is null && queries[i].QualifierAdmin1 is null
                && qualified.TryGetValue(bk, out var sense) && queries[i].Candidates.Contains(sense)
                && guesses[i] is not { Kind: PlaceKind.City, Population: >= 100_000 })
                guesses[i] = sense;

        // pass 2: every other toponym's first guess is evidence (leave-one-out)
        var second = SecondContext(queries, guesses, actors, nameKeys, shortKeys, first.Keys);
        var result = new Place?[queries.Count];
        var asked = new Asked[queries.Count];
        Dictionary<int, Place>? unsupported = null;
        for (int i = 0; i < queries.Count; i++)
        {

            // leave-name-out: the other mentions of the same name are no evidence for it ("Paris … Paris … Paris" in a story
            // about Paris, Illinois does not make Île-de-France the story's region)
            var sameName = queries[i].Key is { } key
                // (a mention with its own qualifier, "Athens, Greece", is evidence of its own for the bare "Athens" after it — but none
                // for another qualified mention, which may name a namesake: "Kochi, Japan, and Kochi, India")
                ? Enumerable.Range(0, queries.Count).Where(k => queries[k].Key == key && guesses[k] is not null
                        && (k == i || queries[k].QualifierCountry is null && queries[k].QualifierAdmin1 is null
                            || queries[i].QualifierCountry is not null || queries[i].QualifierAdmin1 is not null)).Select(k => guesses[k]!).ToList()
                : guesses[i] is { } g0 ? [g0] : [];
            // "California or Washington", "Washington, New York and Boston": names in one list are of one kind — the state, the
            // city — when the other names' first guesses agree on it
            // (most of them do in a long list: "Colorado, Georgia, Illinois, Missouri, New Jersey, New Mexico, New York, Ohio", where
            // Georgia's first guess is the country)
            PlaceKind? listKind = queries[i].Peers is { Count: > 0 } peers
                ? Agreed(peers.Where(k => guesses[k] is not null).Select(k => (PlaceKind?)guesses[k]!.Kind).ToList()) : null;
            // … and, in a list of areas, of one country when all the other names' first guesses, two at least, agree on it ("British
            // Columbia, Alberta, Manitoba, Ontario and New Brunswick" in a story that also names California; but one neighbour
            // is no evidence, "between New York and St. Petersburg", and a city keeps its own weight: "New York, Boston, London
            // and Paris", "Benghazi, Derna and Sirte")
            string? listCountry = queries[i].Peers is { Count: > 1 } peers2
                && peers2.Where(k => guesses[k] is { Country.Length: > 0 }).Select(k => guesses[k]!.Country).ToList() is { Count: > 1 } countries
                && countries.Distinct().Count() == 1 ? countries[0] : null;
            // (where the other names' first guesses mix a province's capital and provinces, "Ontario, Quebec and New Brunswick",
            // a list of one country whose names all read as its first-level areas is a list of areas — when one of them is a
            // province no town of that country shares the name of: in "Mykolaiv, Kherson and Zaporizhzhia" every province is
            // named after its city, and the list is of cities)
            if (listKind is null && listCountry is not null
                && queries[i].Peers!.All(k => queries[k].Candidates.Any(c => c.Kind == PlaceKind.Admin1 && c.Country == listCountry))
                && queries[i].Peers!.Any(k => guesses[k] is { Kind: PlaceKind.Admin1 } a && a.Country == listCountry
                                              && !queries[k].Candidates.Any(c => c.Kind == PlaceKind.City && c.Country == listCountry)))
                listKind = PlaceKind.Admin1;
            // (the states its own sentence names, for a county name with no reading as a state or country itself: "Wales and England")
            HashSet<(string, string)>? sentenceStates = null;
            if (queries[i].Sentence >= 0 && queries[i].Candidates.Any(c => c.Kind == PlaceKind.Admin2)
                && !queries[i].Candidates.Any(c => c.Kind is PlaceKind.Admin1 or PlaceKind.Country))
                for (int k = 0; k < queries.Count; k++)
                    if (k != i && queries[k].Sentence == queries[i].Sentence && guesses[k] is { Kind: PlaceKind.Admin1 } st && queries[k].Key != queries[i].Key)
                        (sentenceStates ??= []).Add((st.Country, st.Admin1!));
            // "Maan, 30 km north of Hama": a name measured from another lies within about that distance of it — Jordan's Ma'an is
            // no village of a Syrian story 30 km from Hama, and a name with no reading that near is one we do not know
            var query = queries[i];
            // (the town a qualifier qualifies is what is measured: "Louisville, Kentucky, about 35 miles south of Austin"; and an
            // area's point may lie some way off the part that is near)
            if (query.From is int from && from >= 0 && from < queries.Count && from != i && query.QualifiesAs is null
                // (from a town or landmark: "near Lake Charles, about 30 miles from the Texas border", "Bakhmut, 15 km from the Luhansk
                // region" measure from an area's edge, which its point does not tell)
                && guesses[from] is { Kind: PlaceKind.City or PlaceKind.Landmark } measuredFrom)
                query = query with { Candidates = query.Candidates.Where(c => Within(c, measuredFrom, query.Km)).ToList() };
            asked[i] = new(query, sameName, listKind, listCountry, sentenceStates);
            var pick = Best(query, second, guesses[i], sameName, listKind, statePeers[i], listCountry, sentenceStates);
            // a small town abroad that nothing else in the story points to is a name we do not know ("Bustan al-Qasr"
            // matching Bŭston, Tajikistan): better unresolved than a pin on the wrong continent
            // (a border town next to the places the story is about is not abroad in that sense: "fired from Tal Abyad at Akcakale")
            // (repeats of the same name are no support: "Adra … near Adra" is still one unknown name)
            // (a country's capital of some size is a name we know: "a return trip to Saipan and a trip to Thailand")
            if (pick is { Kind: PlaceKind.City, Population: < 100_000 } && !(pick is { FeatureCode: "PPLC", Population: >= 40_000 }) && queries[i].QualifierCountry is null
                && SupportFromOtherNames(queries, guesses, i, pick.Country) + 0.5 * actors.Count(c => c == pick.Country) <= 0
                && Abroad(queries, guesses, i, pick.Country) >= 2
                && !second.Anchors.Any(a => !ReferenceEquals(a, guesses[i]) && a.DistanceKm(pick) < 60))
            {
                (unsupported ??= [])[i] = pick;
                pick = null;
            }
            // "the al-Zahraa neighbourhood of eastern Mosul", "Beirut's Ashrafiyeh", "Jisr al-Shaghour", "Salaheddin province": a
            // neighbourhood's name is a common word, a person's name or part of a town's, and names parts of many cities; it is the
            // curated neighbourhood only in a story that names a place around it (its city, another neighbourhood)
            if (pick is { Kind: PlaceKind.Landmark, FeatureCode: "PPLX" } && !NamedNear(queries, guesses, i, pick, 25)) pick = null;
            // "the Southeastern parts of Al Hamdaniya" in a Syrian story: a province abroad named by a bare direction (Oman's
            // "Southeastern") is that direction, unless the story is in its country
            if (pick is { Kind: PlaceKind.Admin1 or PlaceKind.Admin2 } && queries[i].Key is { } k1 && DirectionKeys.Contains(k1)
                && queries[i].QualifierCountry is null && SupportFromOtherNames(queries, guesses, i, pick.Country) + 0.5 * actors.Count(c => c == pick.Country) <= 0)
                pick = null;
            // "Mare' town (A'zaz, Aleppo)" read as a village in Ukraine: a small place outside the country its own qualifier names
            // (and a landmark too: Baghdad has its own "Tahrir Square")
            // (a big city too when nothing follows the qualifier: "al-Mansoura, Aden, on 20 May" is no Egyptian city — but in
            // "Moscow, Kiev, Minsk" each name is the next one's list neighbour, not its qualifier)
            if (OutsideQualifier(pick, queries[i])) pick = null;
            result[i] = pick;
        }
        // (… unless another name's final reading, by its own name, lies near it where its first guess was another place by an
        // alternate name: "Nitra and Trnava", where Trnava was first guessed as Tirana, which also goes by the name)
        if (unsupported is not null)
            foreach (var (i, town) in unsupported)
                if (Enumerable.Range(0, queries.Count).Any(k => k != i && result[k] is { IsArea: false } r && r.Country == town.Country && r.DistanceKm(town) < 300
                                                                 && queries[k].Key is { } kk && kk != queries[i].Key && second.NameKey(r.Name) == kk
                                                                 && guesses[k] is { } g && g.Country != town.Country && second.NameKey(g.Name) != kk))
                    result[i] = town;
        SettleSwaps(queries, guesses, result, asked, statePeers, g => SecondContext(queries, g, actors, nameKeys, shortKeys, first.Keys));
        return result;
    }

    /// <summary>The second pass's evidence: every toponym's guess (its country, first-level area, town and point), the actors' countries, and the counties and towns each name can read as.</summary>
    private static Context SecondContext(IReadOnlyList<Query> queries, Place?[] guesses, List<string?> actors, Dictionary<string, string> nameKeys,
        Dictionary<string, string?> shortKeys, HashSet<string> keys)
    {
        var second = new Context(nameKeys, shortKeys, leaveOneOut: true);
        second.Keys.UnionWith(keys);
        foreach (var q in queries)
        {
            if (q.Key is null) continue;
            foreach (var c in q.Candidates)
            {
                if (c.Admin1 is null || c.Admin2 is null) continue;
                var county = (c.Country, c.Admin1, c.Admin2);
                var map = c.Kind == PlaceKind.Admin2 ? second.Counties : c.Kind == PlaceKind.City ? second.TownsIn : null;
                if (map is null) continue;
                if (!map.TryGetValue(county, out var names)) map[county] = names = new(StringComparer.Ordinal);
                names.Add(q.Key);
            }
        }
        for (int k = 0; k < guesses.Length; k++)
        {
            if (guesses[k] is not { } g) continue;
            if (g.Country.Length > 0) second.Countries[g.Country] = second.Countries.GetValueOrDefault(g.Country) + 1;
            // (a national capital speaks for its country, not for its province, nor for a local story: "returning to Ottawa" puts
            // no London in Ontario)
            if (g.Kind is PlaceKind.City or PlaceKind.Admin2 or PlaceKind.Landmark && g.FeatureCode != "PPLC") second.Towns[g.Country] = second.Towns.GetValueOrDefault(g.Country) + 1;
            if (g.Admin1 is not null && g.Kind != PlaceKind.Country && g.FeatureCode != "PPLC")
                second.Admin1[(g.Country, g.Admin1)] = second.Admin1.GetValueOrDefault((g.Country, g.Admin1)) + (g.Kind == PlaceKind.Admin1 ? 2 : 1);
            if (g.Kind is PlaceKind.City or PlaceKind.Landmark or PlaceKind.Admin2 && second.Anchors.Count < 40) second.Anchors.Add(g);
        }
        foreach (var c in actors)
            if (c is not null) second.Countries[c] = second.Countries.GetValueOrDefault(c) + 0.5;
        return second;
    }

    /// <summary>How a query was asked in the second pass: its candidates as measured, the guesses left out, its list's kind and country, its sentence's states.</summary>
    private readonly record struct Asked(Query Query, IReadOnlyList<Place> SameName, PlaceKind? ListKind, string? ListCountry, HashSet<(string, string)>? SentenceStates);

    // how near two places across a border are one story's: "Detroit and Windsor", "Dover and Calais"
    private const double AcrossBorderKm = 120;

    // (two readings agree that lie in one country, or as towns near each other across a border — an area's point says little of
    // how near its parts are)
    private static bool Agree(Place a, Place b) => a.Country == b.Country || !a.IsArea && !b.IsArea && a.DistanceKm(b) < AcrossBorderKm;

    /// <summary>
    /// "The mayor of Birmingham met officials in Washington": two names first guessed in two countries can each take the other's
    /// country in the second pass — Birmingham, Alabama beside the capital, and Washington, Tyne and Wear beside England's
    /// city. Each name's second reading agrees with the other's first; of those two agreeing pairs the one scoring higher is
    /// kept, each name scored against the story's other names and, at half weight and once however often either is repeated,
    /// against its partner ("Limerick" and "Clare" both Irish: a county's own weight is small, but it lies beside the city).
    /// </summary>
    private static void SettleSwaps(IReadOnlyList<Query> queries, Place?[] guesses, Place?[] result, Asked[] asked, HashSet<string>?[] statePeers, Func<Place?[], Context> contextOf)
    {
        for (int i = 0; i < queries.Count; i++)
            for (int j = i + 1; j < queries.Count; j++)
            {
                if (result[i] is not { } ri || result[j] is not { } rj || guesses[i] is not { } gi || guesses[j] is not { } gj || queries[i].Key is null
                    || queries[i].Key == queries[j].Key || ri.Country == gi.Country || rj.Country == gj.Country || !Agree(ri, gj) || !Agree(rj, gi)
                    || ri.Country.Length == 0 || rj.Country.Length == 0) continue;
                double Joint(Place pi, Place pj)
                {
                    // (every mention of either name first read as it was changes with it: one reading serves them all)
                    var g = (Place?[])guesses.Clone();
                    int mentionsI = 0, mentionsJ = 0;
                    for (int k = 0; k < g.Length; k++)
                        if (queries[k].Key == queries[i].Key && ReferenceEquals(g[k], gi)) { g[k] = pi; mentionsI++; }
                        else if (queries[k].Key == queries[j].Key && ReferenceEquals(g[k], gj)) { g[k] = pj; mentionsJ++; }
                    var ctx = contextOf(g);
                    var outI = asked[i].SameName.Select(p => ReferenceEquals(p, gi) ? pi : p).ToList();
                    var outJ = asked[j].SameName.Select(p => ReferenceEquals(p, gj) ? pj : p).ToList();
                    var both = outI.Concat(outJ).ToList();
                    double Score(int k, Place p, IReadOnlyList<Place> leftOut) =>
                        Scored(asked[k].Query, ctx, leftOut, asked[k].ListKind, statePeers[k], asked[k].ListCountry, asked[k].SentenceStates, only: p).Score;
                    // (each name's score beside the other counts their agreement twice, alone not at all: the mean counts it once —
                    // once per name, however often the other is repeated: "Birmingham … Washington … Birmingham officials")
                    double aloneI = Score(i, pi, both), aloneJ = Score(j, pj, both);
                    // (a reading its query no longer allows — "Brunswick, north of Melbourne" keeps no Brunswick far from the
                    // city it is measured from — is no pairing at all, not a NaN that settles nothing)
                    if (double.IsNegativeInfinity(aloneI) || double.IsNegativeInfinity(aloneJ)) return double.NegativeInfinity;
                    return aloneI + aloneJ + ((Score(i, pi, outI) - aloneI) / Math.Max(1, mentionsJ) + (Score(j, pj, outJ) - aloneJ) / Math.Max(1, mentionsI)) / 2;
                }
                double first = Joint(ri, gj), other = Joint(gi, rj);
                if (double.IsNegativeInfinity(first) && double.IsNegativeInfinity(other)) continue;
                if (first >= other && !OutsideQualifier(gj, queries[j])) result[j] = gj;
                else if (other > first && !OutsideQualifier(gi, queries[i])) result[i] = gi;
            }
    }

    /// <summary>
    /// The first-level area where most of the story's names first read as towns or counties (not as capitals) have a reading
    /// — three at least, more than half of them, and more than in any other area — or null: a local story that never names its
    /// state ("Delano, Watertown, Montgomery, Scott County" in Minnesota), but not a world story whose capitals all have
    /// namesakes in one state ("London, Paris and Dublin" in Ohio), nor one that names another country.
    /// </summary>
    private static (string, string)? CoveringState(IReadOnlyList<Query> queries, Place?[] guesses)
    {
        var cover = new Dictionary<(string, string), int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int names = 0;
        for (int i = 0; i < queries.Count; i++)
        {
            var q = queries[i];
            if (q.Key is null || guesses[i] is not { Kind: PlaceKind.City or PlaceKind.Admin2 } g || g.FeatureCode == "PPLC" || !seen.Add(q.Key)) continue;
            names++;
            foreach (var area in q.Candidates.Where(c => c.Kind is PlaceKind.City or PlaceKind.Admin2 && c.Admin1 is not null).Select(c => (c.Country, c.Admin1!)).Distinct())
                cover[area] = cover.GetValueOrDefault(area) + 1;
        }
        if (cover.Count == 0) return null;
        var best = cover.MaxBy(kv => kv.Value);
        if (best.Value < 3 || 2 * best.Value <= names || cover.Count(kv => kv.Value == best.Value) != 1) return null;
        // (a story that names another country, or its people, is no local story of this one: "Palestinians in Hebron,
        // Bethlehem and Nazareth" are not in Pennsylvania)
        var country = best.Key.Item1;
        for (int i = 0; i < queries.Count; i++)
            if (guesses[i] is { Kind: PlaceKind.Country } named && named.Country != country) return null;
        return best.Key;
    }

    /// <summary>The countries a query's readings lie in; each counts 1/n of the name in the first pass.</summary>
    private static List<string> CandidateCountries(Query q) => q.Candidates.Select(c => c.Country).Where(c => c.Length > 0).Distinct().ToList();

    /// <summary>What a query's own readings add to a country's count in the first pass.</summary>
    private static double OwnShare(Query q, string country)
    {
        var countries = CandidateCountries(q);
        return countries.Contains(country) ? 1.0 / countries.Count : 0;
    }

    private static bool OutsideQualifier(Place? pick, Query q) =>
        pick is { Kind: PlaceKind.City or PlaceKind.Landmark } && (pick.Population < 100_000 || q.QualifierEndsList)
        && q.QualifierCountry is { } qc && pick.Country != qc;

    /// <summary>
    /// How much the story's other names point away from <paramref name="country"/>: a named place abroad counts 1, a
    /// nationality half (and actors' countries nothing): in short reports the nationalities are mostly the parties'
    /// ("likely Israeli" aircraft striking militias near Albukamal leave Albukamal a Syrian town). Measured on the ACLED-style
    /// note sets, this beats counting nationalities in full with actors at half; its known cost is a lone "Turkish drones …
    /// near Gara", which then stays Morocco's El Gara.
    /// </summary>
    private static double Abroad(IReadOnlyList<Query> queries, Place?[] guesses, int i, string country)
    {
        double named = 0;
        var nationalities = new List<string>();
        for (int k = 0; k < queries.Count; k++)
        {
            if (k == i || guesses[k] is not { } g || g.Country.Length == 0 || g.Country == country) continue;
            if (queries[k].Key is null || queries[k].Nationality) nationalities.Add(g.Country); else named++;
        }
        return named + 0.5 * nationalities.Count;
    }

    /// <summary>Whether a toponym with another name than query <paramref name="i"/>'s was first guessed within <paramref name="km"/> of <paramref name="place"/>.</summary>
    private static bool NamedNear(IReadOnlyList<Query> queries, Place?[] guesses, int i, Place place, double km)
    {
        for (int k = 0; k < queries.Count; k++)
            if (k != i && guesses[k] is { Kind: not (PlaceKind.Country or PlaceKind.Region) } g && (queries[i].Key is null || queries[k].Key != queries[i].Key)
                && g.DistanceKm(place) < km) return true;
        return false;
    }

    /// <summary>How many toponyms with another name than query <paramref name="i"/>'s were first guessed in <paramref name="country"/>.</summary>
    private static int SupportFromOtherNames(IReadOnlyList<Query> queries, Place?[] guesses, int i, string country)
    {
        int n = 0;
        for (int k = 0; k < queries.Count; k++)
            if (k != i && guesses[k]?.Country == country && (queries[i].Key is null || queries[k].Key != queries[i].Key)) n++;
        return n;
    }

    /// <summary>
    /// The countries of which a list peer of query <paramref name="i"/> can only be a state ("California, New York and Washington",
    /// "New York and Georgia"): in such a list a name keeps its state's reading before a big city of the same name.
    /// </summary>
    private static HashSet<string>? StatePeers(IReadOnlyList<Query> queries, int i) =>
        // (it matters only for a name that is also a city of millions)
        queries[i].Peers is not { Count: > 0 } peers || !queries[i].Candidates.Any(c => c.Kind == PlaceKind.City && c.Population >= 1_000_000) ? null
        : peers.SelectMany(k => queries[k].Candidates.Where(c => c.Kind == PlaceKind.Admin1)
                .Where(c => !queries[k].Candidates.Any(o => o.Kind == PlaceKind.City && o.Population >= 100_000)).Select(c => c.Country))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>What all the values agree on, or at least two thirds of three or more; null when they do not.</summary>
    private static T? Agreed<T>(IReadOnlyList<T> values)
    {
        if (values.Count == 0) return default;
        var top = values.GroupBy(x => x).OrderByDescending(g => g.Count()).First();
        return top.Count() == values.Count || values.Count >= 3 && top.Count() * 3 >= values.Count * 2 ? top.Key : default;
    }

    private static Place? Best(Query q, Context ctx, Place? own, IReadOnlyList<Place>? sameName = null, PlaceKind? listKind = null, IReadOnlySet<string>? statePeers = null,
        string? listCountry = null, IReadOnlySet<(string, string)>? sentenceStates = null) =>
        Scored(q, ctx, sameName ?? (own is not null ? [own] : []), listKind, statePeers, listCountry, sentenceStates).Best;

    /// <summary>The best-scoring reading of a query and its score; with <paramref name="only"/>, that reading's score alone (negative infinity where it is no candidate).</summary>
    private static (Place? Best, double Score) Scored(Query q, Context ctx, IReadOnlyList<Place> sameName, PlaceKind? listKind, IReadOnlySet<string>? statePeers,
        string? listCountry, IReadOnlySet<(string, string)>? sentenceStates, Place? only = null)
    {
        Place? best = null;
        double bestScore = double.NegativeInfinity;
        double countryTotal = ctx.CountryTotal - sameName.Count(g => g.Country.Length > 0);
        foreach (var c in q.Candidates)
        {
            if (only is not null && !ReferenceEquals(c, only)) continue;
            double score = c.Kind switch
            {
                PlaceKind.Country => 9,
                PlaceKind.Region => c.FeatureCode == "CONT" ? 8 : 5,
                // (same-named areas are told apart by how many people live there: Orange County, California before Orange County, Florida)
                PlaceKind.Admin1 => 5.5 + 0.1 * Math.Log10(c.Population + 10),
                // (a curated landmark by its own name outranks a namesake town of up to 30,000 people: "a White House dinner"
                // is no dinner in White House, Tennessee, "Mount Hermon" no town in Virginia — but a neighbourhood, which needs
                // its city named nearby, does not: Khartoum's Halfaya is no reason to lose Syria's)
                PlaceKind.Landmark => c.FeatureCode == "PPLX" ? 3 : 4.5,
                PlaceKind.Admin2 => 2 + 0.1 * Math.Log10(c.Population + 10),
                _ => Math.Log10(c.Population + 10),
            };
            // a national capital is what its name means before a same-named state elsewhere ("Washington")
            bool capital = c.Kind == PlaceKind.City && c.FeatureCode is "PPLC";
            bool stateElsewhere = capital && q.Candidates.Any(o => o.Kind == PlaceKind.Admin1 && o.Admin1 != c.Admin1);
            if (capital) score += stateElsewhere ? 4 : 1.5;
            else if (c.Kind == PlaceKind.City && c.FeatureCode is "PPLA") score += 0.75;
            // a name shared by an area and a town in it means the area ("Mexico", "Quebec") — unless the town is that area's
            // seat ("Aleppo", "Raqqa") or a state's city of millions ("New York"), which is what the name usually means
            if (c.Kind is PlaceKind.Admin1 or PlaceKind.Country && q.Candidates.Any(o => o.Kind == PlaceKind.City && o.Country == c.Country))
                score += q.Candidates.Any(o => o.Kind == PlaceKind.City && o.Country == c.Country && (IsSeatOf(o, c) || o.Population >= 1_000_000 && c.Kind == PlaceKind.Admin1 && o.Admin1 == c.Admin1 && statePeers?.Contains(c.Country) != true))
                    // (however many people live in the rest of the area: "Sweida", "Daraa")
                    ? -1.5
                    : 3;

            // ("the states of Mexico, Puebla and Hidalgo": of two first-level areas of a country, the one by its own name — México
            // state, not Mexico City's, which also goes by "Mexico")
            if (c.Kind == PlaceKind.Admin1 && q.Key is not null && ctx.NameKey(c.Name) != q.Key
                && q.Candidates.Any(o => o.Kind == PlaceKind.Admin1 && o.Country == c.Country && !ReferenceEquals(o, c) && ctx.NameKey(o.Name) == q.Key)) score -= 1;
            double countryCount = CountryCount(c.Country);
            double countryBonus = CountryShare(c.Country);
            score += countryBonus;
            // (a national capital of a country the story names by another place is what its name means before a hamlet abroad
            // that a city and state of its own country support: "flew from Wellington to Auckland before leaving for Sydney")
            // (by its own name: "D.C." is the District before the city)
            if (capital && !stateElsewhere && ctx.LeaveOneOut && countryCount > 0 && q.Key is not null && ctx.NameKey(c.Name) == q.Key) score += 1.5;
            bool nearer = false;
            // a populous unit named by its own name, not by a bare form of "Kent County", weighs against a namesake town as a town
            // of a tenth of its people would (log10 of that over the county's base score) — England's "Kent" and "Devon",
            // Scotland's "Fife" — once the story's other names speak for its country; in the first pass at least half as much as
            // one name of that country alone would (a "Devon" beside an Edmonton that may be London's takes Edmonton nowhere)
            if (c.Kind == PlaceKind.Admin2 && c.Population >= 100_000 && q.Key is not null
                && (ctx.LeaveOneOut ? countryCount > 0 : countryCount - OwnShare(q, c.Country) >= 0.5)
                && ctx.NameKey(c.Name) == q.Key && q.Candidates.Any(o => o.Kind == PlaceKind.City))
                score += Math.Max(0, 0.9 * Math.Log10(c.Population + 10) - 3);
            // "Western", "West Coast", "Gulf": another country's province names are generic words unless the story is there
            // (but a first-level area of tens of millions named by its own name is no generic word: "England" in a story of
            // Texas and Alberta is not England, Arkansas — its adjective, "English", is also the language, so stays penalised;
            // nor one of millions by a name no other country's province bears: "Bali" is Indonesia's, not a suburb of Kolkata)
            // (nor a county of 100,000 by a long name of its own that no area abroad bears: "the Isle of Wight" is no village of
            // Virginia)
            if (c.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 && countryCount <= 0
                && !(c.Kind == PlaceKind.Admin1 && c.Population >= 1_000_000 && q.Key is not null && ctx.NameKey(c.Name) == q.Key
                     && (c.Population >= 20_000_000 || !q.Candidates.Any(o => o.Kind == PlaceKind.Admin1 && o.Country != c.Country && ctx.NameKey(o.Name) == q.Key)))
                && !(c.Kind == PlaceKind.Admin2 && c.Population >= 100_000 && q.Key is { } longName && longName.Contains(' ') && ctx.NameKey(c.Name) == longName
                     && !q.Candidates.Any(o => o.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 && o.Country != c.Country && ctx.NameKey(o.Name) == longName))) score -= 2;
            // local evidence counts for less for hamlets: a world story's "China" is not China, Texas
            double local = c.Kind == PlaceKind.City && c.Population < 5000 ? 0.5 : 1;
            if (c.Admin1 is not null && c.Kind != PlaceKind.Country)
            {
                double a = ctx.Admin1.GetValueOrDefault((c.Country, c.Admin1));
                foreach (var g in sameName)
                    if (g.Admin1 == c.Admin1 && g.Country == c.Country && g.Kind != PlaceKind.Country) a -= g.Kind == PlaceKind.Admin1 ? 2 : 1;
                if (ctx.States is { } states && states.TryGetValue((c.Country, c.Admin1), out var stateNames)) a += 2 * stateNames.Count(n => n != q.Key);
                if (a > 0) { score += local * Math.Min(4, 2 + a); nearer = true; }
            }
            // "Paris" and "Henry County": of the many Parises one lies in one of the many Henry Counties (Tennessee) — a town
            // and a county of the story that contain one another are read together
            if (q.Key is not null && c.Admin1 is not null && c.Admin2 is not null
                && (c.Kind == PlaceKind.City ? ctx.Counties : c.Kind == PlaceKind.Admin2 ? ctx.TownsIn : null) is { } other
                && other.TryGetValue((c.Country, c.Admin1, c.Admin2), out var namesThere) && namesThere.Any(n => n != q.Key))
            {
                score += 6;
                nearer = true;
            }
            // "swans in Michigan … near the Mouillee game area in Monroe County", tests "in Ames, Iowa": a county is read in a state
            // its own sentence names before one the story names as often elsewhere — a county only, of a name no town of that state
            // bears (an Indiana governor's trip to Warsaw is to Poland; "Ipswich and Brisbane … Queensland" are cities)
            if (sentenceStates is not null && c.Kind is PlaceKind.Admin2 && c.Admin1 is not null && sentenceStates.Contains((c.Country, c.Admin1))
                && !q.Candidates.Any(o => o.Kind == PlaceKind.City && o.Country == c.Country && o.Admin1 == c.Admin1)) score += 1.5;
            if (q.QualifierCountry is not null && c.Country == q.QualifierCountry) score += 6;
            // "LONDON (Reuters) -": a wire names the state or country after any town but the best-known of its name, whatever the
            // story goes on to name ("Storm Ciaran brought gusts to Cornwall")
            // (of the towns by that very name, or a national capital: "ISLAMABAD" is no Chattogram, which once went by it)
            if (q.Dateline && c.Kind == PlaceKind.City && DatelineTown(c, q, ctx) && !q.Candidates.Any(o => o.Kind == PlaceKind.City && o.Population > c.Population && DatelineTown(o, q, ctx)))
                score += 6;
            if (q.QualifierAdmin1 is not null && AreaIs(c, q.QualifierAdmin1)) score += 6;
            if (c.Kind is PlaceKind.City or PlaceKind.Landmark or PlaceKind.Admin2)
            {
                double nearest = double.MaxValue;
                Place? nearestAnchor = null;
                foreach (var a in ctx.Anchors)
                {
                    // (own is among the same-name guesses whenever there is one)
                    if (sameName.Any(g => ReferenceEquals(g, a))) continue;
                    if (c.DistanceKm(a) is var km && km < nearest) (nearest, nearestAnchor) = (km, a);
                }
                score += local * (nearest < 40 ? 3 : nearest < 120 ? 2 : nearest < 300 ? 1 : 0);
                // "between Detroit and Windsor", "Dover and Calais": a town across a border within 120 km of a place of the story is as
                // much of the story as a town of that place's country — it takes the share of the story that country has
                // (a town of the story, not a strait or sea between the countries: Dibba Al-Fujairah is no Iranian town for lying off
                // the Strait of Hormuz)
                if (nearest < AcrossBorderKm && nearestAnchor is { Country.Length: > 0 } across && across.Country != c.Country
                    && !across.IsWaterOrRange)
                    score += local * CountryShare(across.Country);
                if (nearest < 300) nearer = true;
                // "Ontario" beside Toronto is the province, not the Californian city: a town named like a more populous province
                // or state of a country the story names needs support of its own (its state named, a place nearby)
                // (its own qualifier is that support: "Tripoli, Lebanon, and Tripoli, Libya")
                if (c.Kind == PlaceKind.City && nearest >= 120 && q.QualifierCountry != c.Country
                    && q.Candidates.Any(o => o.Kind == PlaceKind.Admin1 && o.Country != c.Country && o.Population > c.Population
                        && ctx.Countries.GetValueOrDefault(o.Country) - sameName.Count(g => g.Country == o.Country) > 0)
                    && (c.Admin1 is null || ctx.Admin1.GetValueOrDefault((c.Country, c.Admin1)) - sameName.Count(g => g.Country == c.Country && g.Admin1 == c.Admin1) <= 0))
                    score -= 3;
            }
            // a district named after its seat ("Jisr ash-Shughur", "Al-Malikiyah"): the name means the town
            // (by its name too where the district's point, estimated from its listed places, lies far from its seat)
            if (c.Kind == PlaceKind.Admin2 && q.Candidates.Any(o => o.Kind == PlaceKind.City && o.Country == c.Country && o.Admin1 == c.Admin1
                    && (o.DistanceKm(c) < 40 || ctx.NameKey(o.Name) == KeyOf(DistrictBase(c.Name))))) score -= 2;
            // matched only through an alternate or historical name ("Egypt" for Uhrichsville, Ohio): weak evidence
            if (q.Key is not null && (c.Kind is PlaceKind.City or PlaceKind.Admin2 || c.Kind == PlaceKind.Landmark && c.GeonameId is not null) && ctx.NameKey(c.Name) is var primary && primary != q.Key
                // (the town's long form is its name and the river it lies on: "Frankfurt", "Newcastle" are its own names)
                && !(c.Kind == PlaceKind.City && c.Population >= 10_000 && ctx.ShortKey(c.Name) == q.Key)
                // ("Panama City" is Panamá's common name: a capital's name and "City" is the capital's own name too)
                && !(c.Kind == PlaceKind.City && c.FeatureCode is "PPLC" or "PPLA" && q.Key.Length == primary.Length + 5 && q.Key.StartsWith(primary, StringComparison.Ordinal)
                     && q.Key.EndsWith(" city", StringComparison.Ordinal))
                // ("New York" is New York City's common name: a city of millions named after the state it lies in, not Carson City)
                && !(c.Kind == PlaceKind.City && c.Population >= 1_000_000 && primary.Length == q.Key.Length + 5 && primary.StartsWith(q.Key, StringComparison.Ordinal)
                     && primary.EndsWith(" city", StringComparison.Ordinal) && !q.Candidates.Any(o => o.Kind == PlaceKind.Country)
                     && statePeers?.Contains(c.Country) != true
                     && q.Candidates.Any(o => o.Kind == PlaceKind.Admin1 && o.Country == c.Country && o.Admin1 == c.Admin1))
                // ("Mecca", "Medina": a provincial seat of half a million people goes by the English name of its province too, which
                // means the city — GeoNames writes the cities "Makkah" and "Madinah")
                && !(c.Kind == PlaceKind.City && c.FeatureCode == "PPLA" && c.Population >= 500_000 && !q.Candidates.Any(o => o.Kind == PlaceKind.Country)
                     && q.Candidates.Any(o => o.Kind == PlaceKind.Admin1 && IsSeatOf(c, o) && ctx.NameKey(o.Name) != q.Key)))
            {
                score -= 2.5;
                // the story names this place by its full name elsewhere ("Mexico City"), so the short form ("Mexico")
                // it also uses means something else
                if (ctx.Keys.Contains(primary)) score -= 4;
                // a town ten times the size bears the name as its own abroad: "Frankfurt" is no Frankfort of Kentucky or New York,
                // "Maidstone" no East Hampton by its first name (unless the text qualifies the town: "outside Santiago in north-western
                // Spain" is Santiago de Compostela)
                // (nor where the story names the town's state or two of its towns: "Pilgrims from Galicia walked into Santiago")
                else if (c.Kind == PlaceKind.City && q.QualifierCountry != c.Country && !(q.QualifierAdmin1 is { } qa1 && AreaIs(c, qa1))
                         && !(c.Admin1 is not null && ctx.LeaveOneOut && ctx.Admin1.GetValueOrDefault((c.Country, c.Admin1)) >= 2) && q.Candidates.Any(o => o.Kind == PlaceKind.City && o.Country != c.Country && o.Population >= 10 * Math.Max(c.Population, 1000)
                                                                            && (ctx.NameKey(o.Name) == q.Key || o.Population >= 10_000 && ctx.ShortKey(o.Name) == q.Key))) score -= 2.5;
            }
            // a city of half a million people is what its own name means, before a namesake that local context favours
            // ("Dallas" beside Portland is Texas', not Dallas, Oregon; "London" in a Canadian story is still England's)
            // (but in a list of states, "Missouri, New York, North Carolina and Virginia", the name is one of them)
            else if (c.Kind == PlaceKind.City && c.Population >= 500_000 && (listKind is null or PlaceKind.City || !q.Candidates.Any(o => o.Kind == listKind))) score += 1.5;
            // (one city beside it does not turn a state into a village: "New York City and Florida" lists a city and a state,
            // not the village of Florida, New York — but "Iowa, Sulphur and Lake Charles" are three Louisiana towns)
            if (listKind is { } lk && c.Kind == lk && q.Candidates.Any(o => o.Kind != lk)
                && !(lk == PlaceKind.City && q.Peers is { Count: 1 } && c.Population < 10_000
                     && q.Candidates.Any(o => o.Kind == PlaceKind.Admin1 && o.Country == c.Country && o.Population >= 1_000_000))) score += 3;
            if (listCountry is not null && c.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 && c.Kind == listKind && c.Country == listCountry && q.Candidates.Any(o => o.Country != listCountry)) score += 3;
            // "US officials met in Geneva", "Kerry met Lavrov in Geneva": a town overshadowed by a capital five times its size abroad is
            // no likelier because the story names its country, a people or a party of it — only its state named, a place near it,
            // another town of its country ("a Paris man … Henry County"), its own office or people ("Naples police said") or a
            // qualifier make it so
            // (only a capital of a country or province overshadows, and none a town of 100,000 or a capital itself: "the Lebanese
            // army deployed in Tripoli" keeps Lebanon's city of 200,000, Durham keeps England's beside North Carolina's county seat,
            // Victoria the Seychelles' capital, "Spanish police in Mérida" Extremadura's capital; a city bigger abroad by an
            // alternate name only overshadows none by its own: Huntsville, Alabama is also "Twickenham", but no London suburb's rival)
            // (nor a city of any size beside a national capital of millions ten times its size: "Canada's prime minister flew to London")
            if (countryBonus > 0 && !nearer && ctx.LeaveOneOut && c is { Kind: PlaceKind.City } && c.FeatureCode is not ("PPLC" or "PPLA")
                && q.QualifierCountry is null && q.QualifierAdmin1 is null && !q.Local
                && ctx.Towns.GetValueOrDefault(c.Country) - sameName.Count(g => g.Country == c.Country && g.Kind is PlaceKind.City or PlaceKind.Admin2 or PlaceKind.Landmark && g.FeatureCode != "PPLC") <= 0
                && q.Candidates.Any(o => o.Kind == PlaceKind.City && o.Country != c.Country && (ctx.NameKey(o.Name) == q.Key || ctx.NameKey(c.Name) != q.Key)
                                         && (c.Population < 100_000 && o.FeatureCode is "PPLC" or "PPLA" && o.Population >= 100_000 && o.Population >= 5 * Math.Max(c.Population, 10_000)
                                             || o.FeatureCode == "PPLC" && o.Population >= 1_000_000 && o.Population >= 10 * c.Population)))
                score -= countryBonus;
            // "Buffalo, New York", "Atlanta, Georgia": a name that qualifies the town before it is the state it was read as
            if (q.QualifiesAs is { } qa && (c.Kind == PlaceKind.Admin1 && AreaIs(c, qa) || c.Kind == PlaceKind.Admin2 && CountyKey(c) == qa)) score += 9;
            if (score > bestScore) { bestScore = score; best = c; }
        }
        return (best, bestScore);

        // (the other names' evidence for a country, and the share of the story it gives a reading there)
        double CountryCount(string country) => ctx.Countries.GetValueOrDefault(country) - sameName.Count(g => g.Country == country);
        double CountryShare(string country) => 5 * Math.Max(0, CountryCount(country)) / Math.Max(1, countryTotal);
    }

    /// <summary>Whether a town may be the one a bare dateline names: by its own name or its short form, or a national capital.</summary>
    private static bool DatelineTown(Place c, Query q, Context ctx) =>
        c.FeatureCode == "PPLC" || ctx.NameKey(c.Name) == q.Key || ctx.ShortKey(c.Name) == q.Key;

    /// <summary>"Al-Malikiyah District" → "Al-Malikiyah": a district's name without the word for district.</summary>
    private static string DistrictBase(string name)
    {
        foreach (var suffix in (string[])[" District", " Subdistrict", " Nahiya", " County", " Municipality"])
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return name[..^suffix.Length];
        return name;
    }

    /// <summary>Whether a second-level area holds one of a toponym's town or landmark readings.</summary>
    private static bool Holds(Place county, IReadOnlyList<Place> readings) =>
        CountyKey(county) is { } key && readings.Any(o => o.Kind is PlaceKind.City or PlaceKind.Landmark && CountyKey(o) == key);

    /// <summary>Whether <paramref name="p"/> lies in the first-level area "CC.A1" <paramref name="key"/> (compared without building the key).</summary>
    private static bool AreaIs(Place p, string key) =>
        p.Admin1 is { } a && key.Length == p.Country.Length + 1 + a.Length && key.StartsWith(p.Country, StringComparison.Ordinal)
        && key[p.Country.Length] == '.' && key.EndsWith(a, StringComparison.Ordinal);

    private static string? CountyKey(Place p) => p.Admin1 is not null && p.Admin2 is not null ? p.Country + "." + p.Admin1 + "." + p.Admin2 : null;

    /// <summary>
    /// The first-level area a qualifier names ("US.NY" in "Buffalo, New York"), or null: none where it was read as a country,
    /// where no reading of the town lies in it, where the town lies within the same-named city ("Brooklyn, New York",
    /// "Queens, New York"), or where a list goes on after it and no town of the state bears the name ("stops in Washington,
    /// New York and Boston" are three cities).
    /// </summary>
    private static string? QualifierReading(string? admin1, IReadOnlyList<Place> qualified, string? qualifiedKey, IReadOnlyList<Place> qualifier, bool listGoesOn)
    {
        if (admin1 is null) return null;
        // (only a town that can lie in the state: "the OAS in Washington" is no town of Washington State)
        var inState = qualified.Where(t => t.Kind != PlaceKind.Country && AreaIs(t, admin1)).ToList();
        if (inState.Count == 0) return null;
        // ("Albany, New York, and Boston" goes on as a list, but Albany is a town of New York by its own name; Washington is not)
        if (listGoesOn && !inState.Any(t => t.Kind == PlaceKind.City && KeyOf(t.Name) == qualifiedKey)) return null;
        // (a borough lies within a few kilometres of its city's point; Yonkers, New Rochelle are towns of their own)
        foreach (var city in qualifier)
            if (city.Kind == PlaceKind.City && AreaIs(city, admin1) && qualified.Any(t => t.Kind != PlaceKind.Country && t.Id != city.Id && t.DistanceKm(city) < 22))
                return null;
        return admin1;
    }

    /// <summary>
    /// Marks each toponym that qualifies the one before it with the state it is read as (<see cref="QualifierReading"/>, into
    /// <see cref="Query.QualifiesAs"/>): <paramref name="found"/> are the <see cref="Qualifiers"/> of the toponyms in text
    /// order, <paramref name="index"/> maps a position in that order to its query, <paramref name="endToken"/> to its end token.
    /// </summary>
    public static void ReadQualifiers(Document d, IReadOnlyList<(string? Country, string? Admin1, int By)> found, List<Query> queries, Func<int, int> index, Func<int, int> endToken)
    {
        for (int k = 0; k < found.Count; k++)
        {
            int by = found[k].By;
            if (by >= found.Count) continue;
            var qualified = queries[index(k)];
            var qualifier = queries[index(by)].Candidates;
            if (QualifierReading(found[k].Admin1, qualified.Candidates, qualified.Key, qualifier, ListGoesOn(d, endToken(by))) is { } reading)
                // (a province that is a second-level area, "Santa Maria, Davao del Sur", is read as that area: not a namesake
                // village in another province)
                queries[index(by)] = queries[index(by)] with
                {
                    QualifiesAs = !qualifier.Any(c => c.Kind == PlaceKind.Admin1 && c.Country + "." + c.Admin1 == reading)
                                  && qualifier.FirstOrDefault(c => c.Kind == PlaceKind.Admin2 && c.Country + "." + c.Admin1 == reading && Holds(c, qualified.Candidates)) is { } county
                        ? CountyKey(county) : reading,
                };
        }
    }

    /// <summary>
    /// Whether a reading lies where a text measuring it <paramref name="km"/> from <paramref name="from"/> places it: within half
    /// as far again (an area's point may lie some way off its near part) — or, with no distance stated
    /// (<see cref="double.PositiveInfinity"/>), within a day's drive ("the village of al-Bureij northeast of Aleppo" is no Gaza
    /// camp 600 km off, "Al-Maleh north of Aleppo" no Malah of Sweida), or anywhere in its country for a city of 100,000, which
    /// a direction only orients ("Kharkiv, east of Kyiv", 480 km) — and an area of its country or a river anywhere, whose point
    /// says little of where its near part lies ("Darfur, west of Khartoum", "on the Volga south of Saratov").
    /// </summary>
    private static bool Within(Place c, Place from, double km) =>
        double.IsPositiveInfinity(km)
            ? c.FeatureCode == "STM" || c.Country == from.Country && (c.IsArea || c.Population >= 100_000) || c.DistanceKm(from) <= 400
            : c.DistanceKm(from) <= 1.5 * km + (c.IsArea ? 150 : 25);

    /// <summary>
    /// The distance in kilometres by which the words between a toponym ending at <paramref name="endToken"/> and the next
    /// starting at <paramref name="nextStartToken"/> measure the first from the second: "Maan 30 km north of Hama", "Kafr Nabl,
    /// some 40 kilometres (25 miles) south of Idlib", "Bucha, 20 miles from the capital Kyiv"; <see cref="double.PositiveInfinity"/>
    /// where a direction with no distance does ("Kharkiv, east of Kyiv"); null where they do not.
    /// </summary>
    public static double? MeasuredFrom(Document d, int endToken, int nextStartToken)
    {
        int k = endToken;
        if (k < nextStartToken && d.Key(k) == ",") k++;
        if (k < nextStartToken && d.Key(k) is "some" or "about" or "around" or "nearly" or "roughly" or "approximately" or "just" or "only") k++;
        // ("the village of al-Bureij northeast of Aleppo": a direction with no distance still places the name near the other)
        double km;
        if (k + 1 < nextStartToken && Compass(d.Key(k)) && d.Key(k + 1) == "of")
            km = double.PositiveInfinity;
        else if (k + 1 >= nextStartToken || Kilometres(d, k) is not { } stated) return null;
        else
        {
            km = stated;
            k += 2;
        }
        // ("40 kilometres (25 miles) south of")
        if (k < nextStartToken && d.Key(k) == "(")
        {
            while (k < nextStartToken && d.Key(k) != ")") k++;
            k++;
        }
        if (k < nextStartToken && (Compass(d.Key(k)) || d.Key(k) == "away")) k++;
        if (k >= nextStartToken || d.Key(k) is not ("of" or "from")) return null;
        k++;
        while (k < nextStartToken && d.Key(k) is "the" or "capital" or "city" or "town" or "village" or "provincial" or "central" or "northern" or "southern" or "eastern" or "western") k++;
        return k == nextStartToken ? km : null;
    }

    /// <summary>The distance a number token and the unit after it state, in kilometres ("30 km", "40 miles"); null where they state none.</summary>
    public static double? Kilometres(Document d, int numberToken)
    {
        if (numberToken + 1 >= d.Tokens.Length || d.Tokens[numberToken].Kind != TokenKind.Number) return null;
        double perUnit = d.Key(numberToken + 1) switch
        {
            "km" or "kilometres" or "kilometers" or "kilometre" or "kilometer" or "kms" => 1,
            "miles" or "mile" or "mi" => 1.609,
            _ => 0,
        };
        if (perUnit == 0) return null;
        var digits = d.Key(numberToken).Replace(",", "", StringComparison.Ordinal);
        return double.TryParse(digits, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n * perUnit : null;
    }

    /// <summary>A point of the compass as a noun: "north", "south-east" (in "north of Aleppo", "30 km north of Hama").</summary>
    public static bool Compass(string key) =>
        key is "north" or "south" or "east" or "west" or "northeast" or "northwest" or "southeast" or "southwest"
            or "north-east" or "north-west" or "south-east" or "south-west";

    /// <summary>Whether a list of names goes on at token <paramref name="k"/>: ", Name", "and Name", "or Name".</summary>
    public static bool ListGoesOn(Document d, int k) =>
        k + 1 < d.Tokens.Length && d.Key(k) is "," or "and" or "or" && d.IsCapitalised(k + 1);

    private static bool IsSeatOf(Place city, Place area) =>
        area.Kind != PlaceKind.Country && city.FeatureCode is "PPLA" or "PPLC" && city.Country == area.Country && city.Admin1 == area.Admin1;

    /// <summary>
    /// The country or first-level area that qualifies a toponym: "Raqqa, Syria", "Raqqa in Syria", "Laurel, Ky.",
    /// given the candidates of the toponym that follows within two tokens (and the toponym's own, <paramref name="own"/>).
    /// </summary>
    public static (string? Country, string? Admin1) Qualifier(Document d, int endToken, int nextStartToken, IReadOnlyList<Place> next, IReadOnlyList<Place>? own = null,
        (int First, int End)? ownTokens = null, bool listGoesOn = false, int nextEndToken = -1)
    {
        // "Mare' town (A'zaz, Aleppo)": look past a closing apostrophe and a feature word
        int k = endToken;
        while (k < nextStartToken && k < d.Tokens.Length && d.Tokens[k].Key is "'" or "town" or "city" or "village" or "camp" or "district" or "area" or "neighbourhood" or "neighborhood" or "countryside") k++;
        if (k >= d.Tokens.Length) return (null, null);
        // "near Tripoli, in northern Lebanon": a comma before "in" sets the qualifier off, as a bare "in" would — but not in a
        // list of places each with its own "in": "in London, in Washington and in Paris"
        bool comma = d.Tokens[k].Key == ",";
        if (comma && k + 1 < nextStartToken && d.Key(k + 1) == "in")
        {
            if (nextEndToken < 0 || nextEndToken + 1 < d.Tokens.Length && d.Key(nextEndToken) is "," or "and" or "or" && d.Key(nextEndToken + 1) == "in"
                || nextEndToken + 2 < d.Tokens.Length && d.Key(nextEndToken) == "," && d.Key(nextEndToken + 1) is "and" or "or" && d.Key(nextEndToken + 2) == "in")
                return (null, null);
            k++;
        }
        // ACLED's "Al Mansurah (Aden)", "Ja'ar (Khanfar, Abyan)": the bracket names the district and governorate; an
        // unknown district may stand between the bracket and the governorate
        bool bracket = d.Tokens[k].Key == "(";
        int gap = nextStartToken - k;
        // "Moura, a village in central Mali", "Bucha, a town in the Kyiv region": an apposition that places the name qualifies it too
        bool apposition = comma && Appositive(d, k, nextStartToken);
        if (!apposition)
        {
            if (bracket ? gap is < 1 or > 4 || Enumerable.Range(k + 1, gap - 1).Any(t => d.Tokens[t].Key is ")" or "(") : gap is < 1 or > 2) return (null, null);
            if (!bracket && d.Tokens[k].Key is not ("," or "in" or "province" or "governorate" or "state" or "county")) return (null, null);
            // ("a blockade on Gaza, and Egypt restricts …", "into Gaza, said Medea Benjamin": a list or a clause, not a qualifier)
            if (!bracket && gap == 2 && d.Tokens[k + 1].Kind == TokenKind.Word && d.Tokens[k + 1].Key != "the" && !d.IsCapitalised(k + 1)) return (null, null);
            // ("the City of Santa Ana, the Santa Ana Unified School District": the name again after "the" begins another name)
            if (!bracket && gap == 2 && d.Tokens[k + 1].Key == "the" && nextEndToken > nextStartToken && nextEndToken <= d.Tokens.Length
                && OwnKey() is { } ownKey && KeyOf(d.Text[d.Tokens[nextStartToken].Start..d.Tokens[nextEndToken - 1].End]) == ownKey) return (null, null);
        }
        // "Titao (Loroum, Nord)": of the many "Nord"s (Haiti's, Burkina Faso's …) the one in a country the toponym can lie in
        // ("Atlanta, Georgia": the state that fits before the country that does not)
        bool Fits(Place c) => own is not null && own.Any(o => o.Country == c.Country);
        var country = next.FirstOrDefault(c => c.Kind == PlaceKind.Country && Fits(c));
        var admin = next.FirstOrDefault(c => c.Kind == PlaceKind.Admin1 && Fits(c));
        // ("Adelaide in SA": where a country and a state of another country both fit, the one the name's biggest reading lies in
        // — Adelaide, South Australia, not the South African village)
        if (country is not null && admin is not null && admin.Country != country.Country && own is not null
            && own.Where(o => o.Country == admin.Country && o.Admin1 == admin.Admin1).Select(o => o.Population).DefaultIfEmpty(-1).Max()
               > own.Where(o => o.Country == country.Country).Select(o => o.Population).DefaultIfEmpty(-1).Max())
            country = null;
        // (a definite apposition qualifies a known name only by an area it can lie in: "Lviv, the historic capital of Galicia" is
        // no town of Spain's Galicia, and stays Lviv — but "Moura, a village in central Mali" is one we do not know there, no
        // Moura of Portugal)
        if (apposition && d.Key(k + 1) == "the" && country is null && admin is null && own is { Count: > 0 }) return (null, null);
        // (a country the name has no reading in qualifies it only where the list ends there: "Saipan, Guam, Alaska, Hawaii"
        // is a list, "Bustan al-Qasr, Syria" is no Tajik village)
        if (country is null && admin is null)
        {
            if (listGoesOn && next.Any(c => c.Kind == PlaceKind.Country)) return (null, null);
            country = next.FirstOrDefault(c => c.Kind == PlaceKind.Country);
        }
        // "Mexico, the US, and Canada": a country is not qualified by another country — unless it names a city there too
        // ("Armenia, Colombia")
        // (nor "Georgia, United States", a state of that country)
        // (in a list that goes on, "Ghana, Guinea-Bissau, Niger, Nigeria and Togo", each is a country)
        if (country is not null && own is not null && own.Any(o => o.Kind == PlaceKind.Country && o.Country != country.Country)
            && (listGoesOn || !own.Any(o => o.Kind == PlaceKind.City && o.Country == country.Country && o.Population >= 100_000)
                              && !own.Any(o => o.Kind == PlaceKind.Admin1 && o.Country == country.Country)))
            return (null, null);
        if (country is not null) return (country.Country, null);
        // (the name's key is needed only where a state follows a name that can be a state)
        string? OwnKey() => ownTokens is var (f, e) && e > f && e <= d.Tokens.Length ? KeyOf(d.Text[d.Tokens[f].Start..d.Tokens[e - 1].End]) : null;
        // "Missouri, New York, North Carolina and Virginia": a state is not qualified by another state of its country
        // (but "Washington, Pennsylvania, on Saturday", "Delaware, Ohio": a town of that state by that very name is qualified,
        // unless the list goes on — "Georgia, Oklahoma, Pennsylvania, Wisconsin and California" — and Watervliet, once called
        // Washington, does not make "Washington, New York" a town of New York)
        if (!bracket && admin is not null && own is not null && own.Any(o => o.Kind is PlaceKind.Admin1 or PlaceKind.Country && o.Country == admin.Country)
            && (listGoesOn || !own.Any(o => o.Kind == PlaceKind.City && o.Country == admin.Country && o.Admin1 == admin.Admin1 && KeyOf(o.Name) == OwnKey())))
            return (null, null);
        // "Santa Maria, Davao del Sur", "Ashford, Kent": a province or county that is a second-level area qualifies a town that
        // lies in it (as the first-level area holding both) — not in a list that goes on ("Edinburgh, Glasgow, Hamilton,
        // Newcastle and Leeds"), nor where the area is a city's own municipality ("San Antonio, Juarez": Ciudad Juárez) or the
        // name also reads as an area of another country the town may lie in ("Windsor, Berkshire": England's old county)
        // (a province that is also a big city's municipality still qualifies a town found only in its country: "Motril, Granada")
        if (admin is null && own is not null && !listGoesOn
            && next.FirstOrDefault(c => c.Kind == PlaceKind.Admin2 && Holds(c, own)) is { } county
            && !next.Any(c => c.Kind is PlaceKind.Region or PlaceKind.Admin1 or PlaceKind.Admin2 && c.Country.Length > 0 && c.Country != county.Country && Fits(c)))
        {
            if (!next.Any(c => c.Kind == PlaceKind.City && c.Population >= 100_000 && CountyKey(c) == CountyKey(county))
                || own.All(o => o.Country == county.Country))
                return (county.Country, county.Country + "." + county.Admin1);
            // (and a list of two cities is never read as a first-level area abroad the town cannot lie in)
            return (null, null);
        }
        // "Rockingham, Northamptonshire.": a county that is the only area the name after the comma reads as qualifies a town we
        // do not know there, when no reading of the town lies in the county's country (a namesake abroad is not it); a town
        // of the county's country in another county keeps its own reading
        // (only where the county ends the phrase: "In Doha, Krishna Prasad said" names a man, not India's Krishna district)
        if (admin is null && own is not null && !listGoesOn && !bracket
            && EndsPhrase()
            && next.Where(c => c.IsArea).ToList() is [{ Kind: PlaceKind.Admin2, Admin1: not null } lone]
            && !next.Any(c => c.Kind == PlaceKind.City && c.Population >= lone.Population)
            && !own.Any(o => o.Country == lone.Country))
            return (lone.Country, lone.Country + "." + lone.Admin1);
        // "Lewes, Sussex", "Tawila, Darfur": a region of one country (England's old counties, a conflict region) that a reading
        // of the town can lie in qualifies it by that country
        if (admin is null && own is not null && !listGoesOn
            && next.FirstOrDefault(c => c.Kind == PlaceKind.Region && c.Country.Length > 0 && Fits(c)) is { } region)
            return (region.Country, null);
        // "Khan Younis in southern Gaza", "Nuseirat, Gaza,": a name whose main reading (its most populous) is a town or district
        // near a reading of the name qualifies it by that country, not as a first-level area elsewhere that the name cannot lie
        // in (Mozambique's Gaza province) — near: "the Alhambra in Granada" is no town of Ciudad Real; and not where the name
        // is a city of its own elsewhere ("Hollywood, Los Angeles, San Fernando Valley" is a list, not a town of the Philippines)
        if (admin is null && own is not null && !listGoesOn && (!comma || EndsPhrase())
            && next.Any(c => c.Kind == PlaceKind.Admin1 && !Fits(c))
            && next.Where(c => c.Kind is not (PlaceKind.Country or PlaceKind.Region)).MaxBy(c => c.Population) is { Kind: PlaceKind.City or PlaceKind.Admin2 or PlaceKind.Landmark } local
            && own.Any(o => o.Country == local.Country && o.Kind != PlaceKind.Country && o.DistanceKm(local) < 100)
            && !own.Any(o => o.Country != local.Country && o.Population >= 100_000))
            return (local.Country, null);
        // (a state no reading of the name can lie in qualifies it only where it ends the phrase: "al-Mansoura, Aden, on 20 May",
        // but "In Madrid, Granada coach Paco López said" names a club)
        admin ??= next.FirstOrDefault(c => c.Kind == PlaceKind.Admin1 && (own is not { Count: > 0 } || !comma || nextEndToken < 0 || EndsPhrase()));
        if (admin is not null) return (admin.Country, admin.Country + "." + admin.Admin1);
        // a bracketed district or town still tells the country when all its readings agree
        if (bracket && next.Select(c => c.Country).Where(c => c.Length > 0).Distinct().ToList() is [var only]) return (only, null);
        // "Eastleigh, Nairobi.", "Kurla, Mumbai,": a city of 100,000 that ends the phrase after a name with no reading in its
        // country is the city that name is a part of — a neighbourhood we do not know, not a namesake town abroad
        // (not in a list that goes on: "London, Paris and Berlin")
        if (comma && own is { Count: > 0 } && !listGoesOn && (nextEndToken < 0 || EndsPhrase())
            && next.Where(c => c.Kind is not (PlaceKind.Country or PlaceKind.Region)).MaxBy(c => c.Population) is { Kind: PlaceKind.City, Population: >= 100_000 } city
            && !own.Any(o => o.Country == city.Country) && own.All(o => o.Kind is PlaceKind.City or PlaceKind.Landmark))
            return (city.Country, null);
        return (null, null);

        // (the toponym after the qualified one ends the phrase: punctuation or the end of the text follows it)
        bool EndsPhrase() => nextEndToken >= 0 && (nextEndToken >= d.Tokens.Length || d.Tokens[nextEndToken].Kind == TokenKind.Punctuation);
    }

    private static readonly FrozenSet<string> AppositionNouns = FrozenSet.ToFrozenSet(
        ["village", "town", "city", "district", "suburb", "neighbourhood", "neighborhood", "hamlet", "settlement", "camp", "area", "region",
         "province", "port", "community", "municipality", "county", "island", "commune", "locality", "township", "outpost", "base", "capital"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the tokens from the comma at <paramref name="comma"/> to <paramref name="next"/> are an apposition that places the
    /// name before it: "a", "an" or "the", up to three lower-case words ending in a word for a settlement, area or capital, "in"
    /// or "of", and perhaps "the" and a compass word ("Moura, a village in central Mali", "Georgetown, the capital of Guyana").
    /// </summary>
    private static bool Appositive(Document d, int comma, int next)
    {
        int t = comma + 1;
        // ("Georgetown, the capital of Guyana", "Mosul, the second-largest city in Iraq")
        if (t >= next || d.Key(t) is not ("a" or "an" or "the")) return false;
        t++;
        int words = 0;
        while (t < next && words < 3 && d.Tokens[t].Kind == TokenKind.Word && !d.IsCapitalised(t) && d.Key(t) is not ("in" or "near" or "outside" or "of")) { t++; words++; }
        if (words == 0 || !AppositionNouns.Contains(d.Key(t - 1))) return false;
        // (containment only: "Sderot, a town near Gaza" lies outside what it is near)
        if (t >= next || d.Key(t) is not ("in" or "of")) return false;
        t++;
        if (t < next && d.Key(t) == "the") t++;
        if (t < next && Recognition.PlaceRecognitionStage.Directions.Contains(d.Key(t))) t++;
        return t == next;
    }

    /// <summary>
    /// The <see cref="Qualifier"/> of each of <paramref name="count"/> toponyms in text order (token ranges from
    /// <paramref name="tokens"/>, readings from <paramref name="candidates"/>), with the index of the toponym it was read
    /// off (<paramref name="count"/> when none follows); <paramref name="brackets"/> reads ACLED's "Town (District, Governorate)".
    /// </summary>
    public static (string? Country, string? Admin1, int By)[] Qualifiers(Document d, int count, Func<int, (int First, int End)> tokens,
        Func<int, IReadOnlyList<Place>> candidates, Func<int, bool> nationality, bool brackets)
    {
        int Next(int i)
        {
            int n = i + 1;
            while (n < count && nationality(n)) n++;
            return n;
        }
        var result = new (string?, string?, int)[count];
        for (int i = 0; i < count; i++)
        {
            // in ACLED's "Town (District, Governorate)" the last name in the bracket is the one that qualifies; a nationality
            // never does ("Afrin, Turkish-backed factions said", "Afrin, Turkish officials said")
            int next = Next(i), q = next;
            if (brackets && q < count && OpensBracket(d, tokens(i).End, tokens(q).First))
                while (Next(q) < count && !ClosesBefore(d, tokens(q).End, tokens(Next(q)).First)) q = Next(q);
            var (country, admin1) = q < count
                ? Qualifier(d, tokens(i).End, tokens(next).First, candidates(q), candidates(i), tokens(i), ListGoesOn(d, tokens(q).End), tokens(q).End)
                : (null, null);
            // "Mexico's San Fernando", "Spain's Guadalajara": a country's possessive right before the name qualifies it too, where
            // the name has a reading there
            if (country is null && admin1 is null && i > 0 && tokens(i - 1).End + 1 == tokens(i).First && tokens(i - 1).End < d.Tokens.Length
                && d.Key(tokens(i - 1).End) is "'s" or "’s"
                && candidates(i - 1).FirstOrDefault(c => c.Kind == PlaceKind.Country) is { } owner
                && candidates(i).Any(c => c.Kind != PlaceKind.Country && c.Country == owner.Country))
            {
                result[i] = (owner.Country, null, count);
                continue;
            }
            result[i] = (country, admin1, q);
        }
        return result;
    }

    /// <summary>
    /// The peers of each toponym in coordinated lists ("Saipan, Guam, Alaska and Washington"): names joined only by commas,
    /// "and", "or" or "&amp;", in chains that hold a conjunction or three names; a name its neighbour qualifies ("Atlanta,
    /// Georgia") is no peer of it. <paramref name="spans"/> are token ranges in text order; <paramref name="qualified"/> says
    /// which name takes the next as its qualifier.
    /// </summary>
    public static IReadOnlyList<int>[] ListPeers(Document d, IReadOnlyList<(int First, int End)> spans, IReadOnlyList<bool> qualified)
    {
        var peers = new IReadOnlyList<int>[spans.Count];
        int start = 0;
        bool conjunction = false;
        for (int i = 0; i <= spans.Count; i++)
        {
            bool joined = false, and = false;
            if (i > 0 && i < spans.Count && !qualified[i - 1] && spans[i].First > spans[i - 1].End)
            {
                joined = true;
                for (int k = spans[i - 1].End; k < spans[i].First; k++)
                {
                    var key = d.Key(k);
                    if (key is "and" or "or" or "&") and = true;
                    else if (key != ",") { joined = false; break; }
                }
                joined &= d.SentenceOfToken(spans[i - 1].End - 1) == d.SentenceOfToken(spans[i].First);
            }
            if (joined) { conjunction |= and; continue; }
            // (a chain of two needs a conjunction: "Paris, Texas" is a qualifier, "Paris and Texas" a list)
            int n = i - start;
            for (int k = start; k < i; k++)
                peers[k] = n >= 2 && (conjunction || n >= 3) ? Enumerable.Range(start, n).Where(x => x != k).ToArray() : [];
            start = i;
            conjunction = false;
        }
        return peers;
    }

    /// <summary>Whether a bracket opens between a toponym and the next ("Ja'ar (Khanfar, Abyan)").</summary>
    public static bool OpensBracket(Document d, int endToken, int nextStartToken)
    {
        for (int k = endToken; k < nextStartToken && k < d.Tokens.Length; k++) if (d.Tokens[k].Key == "(") return true;
        return false;
    }

    /// <summary>Whether a bracket closes (or the sentence goes on past it) between two toponyms.</summary>
    public static bool ClosesBefore(Document d, int endToken, int nextStartToken)
    {
        for (int k = endToken; k < nextStartToken && k < d.Tokens.Length; k++) if (d.Tokens[k].Key is ")" or "(" or "." or ";") return true;
        return false;
    }

    /// <summary>"the capital of the (northern) province of X", "the province of X's capital": a capital named through its province.</summary>
    private static bool CapitalOf(Document d, int featureToken, int endToken)
    {
        if (endToken + 1 < d.Tokens.Length && d.Key(endToken) == "'s" && d.Key(endToken + 1) == "capital") return true;
        for (int k = featureToken - 1; k >= 1 && k >= featureToken - 4; k--)
            if (d.Key(k) == "of") return d.Key(k - 1) == "capital";
        return false;
    }

    /// <summary>
    /// "Dayr az Zawr city", "Idlib province": a feature word right after the name keeps the readings of that level (when
    /// there are any), whichever one the name alone would have meant; so does the plural that ends a list of names ("Barrow
    /// and Jackson counties", where a US county's bare name, <paramref name="name"/>, is looked up in <paramref name="gaz"/>
    /// with its type word), and "state" the state readings ("New York state").
    /// </summary>
    public static IReadOnlyList<Place> ByFeatureWord(Document d, TextSpan name, int firstToken, int endToken, IReadOnlyList<Place> candidates, Gazetteer gaz, WordClasses nouns)
    {
        if (endToken >= d.Tokens.Length || candidates.Count == 0) return candidates;
        // "New York state", "Washington state": the state, not the city; where the name is also a country's, only "the Georgia
        // state line" or "border" say so ("Georgia state media" is the country's)
        if (d.Key(endToken) == "state" && candidates.Where(p => p.Kind == PlaceKind.Admin1).ToList() is { Count: > 0 } states
            && (!candidates.Any(p => p.Kind == PlaceKind.Country) || endToken + 1 < d.Tokens.Length && d.Key(endToken + 1) is "line" or "lines" or "border"))
            return states;
        // "Niger Republic", "Benin Republic": as West African news writes the country beside a state or town of its name
        if (d.Key(endToken) == "republic" && d.IsCapitalised(endToken) && candidates.Where(p => p.Kind == PlaceKind.Country).ToList() is { Count: > 0 } republics)
            return republics;
        // "upstate New York", "western New York", "the governor of New York", "New York Gov. Andrew Cuomo": a state's parts and
        // offices name the state, not a same-named city it does not seat
        // (a compass word names a part of a US state — "western New York", "northern California" — but elsewhere as often a part
        // of the city: "central Lagos", "northern Gaza"; and only a state of the city's own country counts: Mozambique's Gaza
        // province says nothing of Gaza City, Spain's Valencia nothing of Valencia, Venezuela)
        if (StateCue(d, firstToken, endToken, nouns.Of(WordClasses.StatePart), nouns.Of(WordClasses.StateOffice)) is var cue and not StateCueKind.None
            && candidates.Where(p => p.Kind == PlaceKind.Admin1 && (cue != StateCueKind.Compass || p.Country == "US")).Select(p => p.Country).ToHashSet(StringComparer.Ordinal) is { Count: > 0 } stateCountries
            && candidates.Any(p => p.Kind == PlaceKind.City && stateCountries.Contains(p.Country))
            // (a national capital keeps its name too: "northern Sanaa", "Washington lawmakers", "Buenos Aires lawmakers")
            && candidates.Where(p => p.Kind != PlaceKind.City || p.FeatureCode == "PPLC"
                                     || candidates.Any(a => a.Kind == PlaceKind.Admin1 && a.Country == p.Country && IsSeatOf(p, a))).ToList() is { Count: > 0 } parts)
            return parts;
        // "near the New York border", "the Texas border": a border is a state's or a country's, not a town's it does not seat
        if (d.Key(endToken) is "border" or "borders" && candidates.Any(p => p.Kind is PlaceKind.Admin1 or PlaceKind.Country)
            && candidates.Any(p => p.Kind == PlaceKind.City)
            && candidates.Where(p => p.Kind != PlaceKind.City || candidates.Any(a => a.Kind == PlaceKind.Admin1 && IsSeatOf(p, a))).ToList() is { Count: > 0 } areas)
            return areas;
        // ("a U.S. city", "a Syrian province": a country's name there is an adjective — but in a list of units, "the departments
        // of Guatemala and Escuintla", it is the unit named like the country)
        if (candidates.Any(p => p.Kind == PlaceKind.Country)
            && !(candidates.Any(p => p.Kind == PlaceKind.Admin1) && CalledUnits(d, firstToken, endToken, gaz))) return candidates;
        // "the largest Ukrainian-held city in Donetsk", "a village in Aleppo": what holds a town is an area — its province or
        // district, not the city of the same name
        if (firstToken >= 2 && d.Key(firstToken - 1) == "in" && d.Key(firstToken - 2) is "city" or "town" or "village" or "villages" or "towns"
            && candidates.Any(p => p.Kind == PlaceKind.City)
            && candidates.Where(p => p.Kind is PlaceKind.Admin1 or PlaceKind.Admin2).ToList() is { Count: > 0 } holding)
            return holding;
        // ("the Cordoba region of Andalusia", "the Kingston region of Ontario": "region of" an area leaves the name to its qualifier;
        // "the Mopti region of Mali" is read in that country)
        // (the names after a feature word's "of", looked up once for both readings below)
        bool featureWord = d.Key(endToken) is "city" or "town" or "governorate" or "province" or "county" or "region" or "oblast";
        var afterOf = featureWord && endToken + 2 < d.Tokens.Length && d.Key(endToken + 1) == "of"
            ? gaz.Names.Match(d.Tokens.AsSpan(), endToken + 2, Math.Min(d.Tokens.Length, endToken + 6)).Values : null;
        string? regionOf = null;
        if (d.Key(endToken) == "region" && afterOf is not null)
        {
            if (afterOf.FirstOrDefault(p => p.Kind == PlaceKind.Country) is not { } country) return candidates;
            regionOf = country.Country;
        }
        // ("the English city of Salisbury", "the Kurdish town of Kobani": before "of" and a town's name, the word names that
        // town — but "the Hama province of Syria" is Hama's)
        var word = featureWord
            ? (afterOf is not null && d.IsCapitalised(endToken + 2)
               && !afterOf.Any(p => p.Kind is PlaceKind.Country or PlaceKind.Admin1)
                ? null : d.Key(endToken))
            : ListFeatureWord(d, endToken, AfterConjunction(d.Text, name.Start), gaz);
        // "the northern province of Raqa", "the city of Sweida": the word before "of" names the level as well — but "the
        // capital of the province of Idlib" and "the province of Idlib's capital" are the town
        // (but a ranked town of an area is in it: "Kirkwall, the main town of Orkney", "the largest city of Texas")
        if (word is null && firstToken >= 2 && d.Key(firstToken - 1) == "of" && d.Key(firstToken - 2) is "city" or "town" or "governorate" or "province"
            && !CapitalOf(d, firstToken - 2, endToken)
            && !(firstToken >= 3 && d.Key(firstToken - 3) is var rank && (rank is "main" or "second" or "third" or "principal" or "chief" or "only"
                                                                           || rank.EndsWith("est", StringComparison.Ordinal) && !rank.EndsWith("west", StringComparison.Ordinal))))
            word = d.Key(firstToken - 2);
        // ("the provinces of Cagayan and Isabela", "the states of Borno, Yobe and Adamawa": a plural before "of" names the level of
        // every name in the list after it)
        if (word is null && PluralBefore(d, firstToken) is { } plural) word = plural;
        // "the Daraa countryside", "across Ghazni", "throughout Sweida": the area around and beyond the town — but a city of
        // half a million people is an area of its own ("clashes raged across Aleppo")
        if (word is null && (d.Key(endToken) == "countryside"
                             || firstToken >= 1 && d.Key(firstToken - 1) is "across" or "throughout" && !candidates.Any(p => p.Kind == PlaceKind.City && p.Population >= 500_000)))
            word = "province";
        var mainCity = word == "region" ? candidates.Where(c => c.Kind == PlaceKind.City).MaxBy(c => c.Population) : null;
        Func<Place, bool>? keep = word switch
        {
            "city" or "town" => p => p.Kind is PlaceKind.City,
            // (or a second-level area called a province: the Philippines', Italy's, Spain's)
            "governorate" or "province" or "oblast" => p => p.Kind is PlaceKind.Admin1
                                                           || p.Kind is PlaceKind.Admin2 && p.Name.Contains("Provinc", StringComparison.OrdinalIgnoreCase),
            // ("the Kursk region", "the Mopti region": the first-level area named after the name's main city, in its country — but no
            // US state is one, "the Washington region" is the capital's; a namesake area abroad is none, "the Charlotte region" is no
            // parish of St Vincent nor "the Concepcion region" a department of Paraguay)
            "region" => p => p.Kind is PlaceKind.Admin1 && p.Country != "US" && (regionOf is null || p.Country == regionOf)
                             && mainCity is { } main && main.Country == p.Country && (main.Admin1 == p.Admin1 || main.DistanceKm(p) < 150),
            "county" or "district" => p => p.Kind is PlaceKind.Admin2,
            // (a parish is Louisiana's second-level area but Jamaica's, Barbados' and Dominica's first)
            "parish" => p => p.Kind is PlaceKind.Admin1 or PlaceKind.Admin2,
            "river" => p => p.FeatureCode == "STM",
            _ => null,
        };
        if (keep is null) return candidates;
        var kept = candidates.Where(keep).ToList();
        // (a river the gazetteer does not know is still no town)
        if (word == "river") return kept;
        // "Barrow and Jackson counties": a US county's gazetteer name carries its type word, so the bare name has no county
        // reading of its own — and a bare-named district abroad is no reason to lose it ("Erie, Crawford and Warren counties" in
        // Pennsylvania are no parish of Jamaica)
        if (word is "county" or "parish")
        {
            var tokens = Tokenizer.Tokenize(d.Text[name.Start..name.End] + (word == "county" ? " County" : " Parish"));
            var (len, places) = gaz.Names.Match(tokens.AsSpan(), 0, tokens.Length);
            if (len == tokens.Length && places.Where(p => p.Kind == PlaceKind.Admin2).ToList() is { Count: > 0 } counties)
                return kept.Concat(counties.Where(c => !kept.Contains(c))).ToList();
        }
        // ("the Houston and Dallas districts": a city of 100,000 has districts of its own — school, police — not a namesake district
        // abroad, Dallas, Jamaica)
        if (word == "district" && candidates.Any(p => p.Kind == PlaceKind.City && p.Population >= 100_000 && !kept.Any(k => k.Country == p.Country)))
            return candidates;
        // ("the Kyiv region", "the Minsk region": the oblast, not the capital's own first-level area, "Kyiv City")
        if (word is "region" or "oblast" && kept.Count > 1 && kept.Where(p => !p.Name.EndsWith(" City", StringComparison.Ordinal)).ToList() is { Count: > 0 } oblasts)
            kept = oblasts;
        if (kept.Count > 0) return kept;
        // ("Ethiopia's Gambella region": a spelling only the area's seat goes by names the area it seats — not a US city's, "the
        // Denver region" is the city's)
        if (word is "region" or "province" or "governorate" or "oblast" && candidates.All(p => p.Kind is PlaceKind.City or PlaceKind.Landmark)
            && candidates.Where(p => p is { Kind: PlaceKind.City, FeatureCode: "PPLA" } && p.Country != "US" && (regionOf is null || p.Country == regionOf))
                         .MaxBy(p => p.Population) is { } seat
            && gaz.Admin1(seat.Country, seat.Admin1) is { } seated)
            return [seated];
        if (word == "county")
        {
            // ("Lamu County", "Kisumu County": where a country's counties are its first-level units — Kenya's, Liberia's, Norway's —
            // the county is that unit, not its seat)
            if (candidates.Where(p => p.Kind == PlaceKind.Admin1).ToList() is { Count: > 0 } firsts) return firsts;
        }
        return candidates;
    }

    /// <summary>
    /// The words around a name that make it a state's: a part of it before ("upstate", "western"), an office after ("New York
    /// Gov.", "New York's attorney general", "the New York legislature") or before ("the governor of", "a senator from", "the state of").
    /// </summary>
    private enum StateCueKind { None, Compass, Part, Office }

    private static StateCueKind StateCue(Document d, int firstToken, int endToken, IReadOnlySet<string> parts, IReadOnlySet<string> offices)
    {
        // (the end-to-end mention starts at its direction word; a given span starts after it)
        string? part = parts.Contains(d.Key(firstToken)) && firstToken + 1 < d.Tokens.Length && d.IsCapitalised(firstToken + 1) ? d.Key(firstToken)
            : firstToken >= 1 && parts.Contains(d.Key(firstToken - 1)) ? d.Key(firstToken - 1) : null;
        if (part is not null) return part is "upstate" or "downstate" or "rural" ? StateCueKind.Part : StateCueKind.Compass;
        int k = endToken < d.Tokens.Length && d.Key(endToken) == "'s" ? endToken + 1 : endToken;
        if (k < d.Tokens.Length && offices.Contains(d.Key(k))) return StateCueKind.Office;
        // ("the governor of", "a senator from", "the state of")
        return firstToken >= 2 && d.Key(firstToken - 1) is "of" or "from" && (offices.Contains(d.Key(firstToken - 2)) || d.Key(firstToken - 2) == "state")
            ? StateCueKind.Office : StateCueKind.None;
    }

    /// <summary>
    /// The readings of a toponym at <paramref name="span"/> (tokens [<paramref name="firstToken"/>, <paramref name="endToken"/>),
    /// written <paramref name="surface"/>) that its words allow: <see cref="ByAccents"/>, then <see cref="ByFeatureWord"/>,
    /// then <see cref="ByArticle"/> — the same for recognised toponyms and for given spans.
    /// </summary>
    public static IReadOnlyList<Place> Readings(Document d, TextSpan span, int firstToken, int endToken, string surface, IReadOnlyList<Place> candidates, Gazetteer gaz, WordClasses nouns) =>
        ByLeaderTitle(d, firstToken, endToken, ByArticle(d, firstToken, endToken, ByFeatureWord(d, span, firstToken, endToken, ByAccents(d, firstToken, endToken, surface,
            ByCountryName(d, firstToken, endToken, WithUnitsOfTheName(d, firstToken, endToken, candidates, gaz), gaz), gaz), gaz, nouns), nouns));

    /// <summary>
    /// "Georgia Gov. Brian Kemp", "Ontario Premier Doug Ford", "the Victoria premier": a name before a governor's or premier's
    /// title is the state or province they lead, where it names one — not the country, nor a town of the states the story names.
    /// </summary>
    public static IReadOnlyList<Place> ByLeaderTitle(Document d, int firstToken, int endToken, IReadOnlyList<Place> candidates)
    {
        if (endToken >= d.Tokens.Length || d.Key(endToken) is not ("gov" or "gov." or "governor" or "premier" or "lt" or "lt." or "lieutenant")
            || d.Key(endToken) is "lt" or "lt." or "lieutenant" && !(endToken + 2 < d.Tokens.Length && d.Key(endToken + 1) is "gov" or "gov." or "governor" or "."
                                                                      && d.Key(endToken + (d.Key(endToken + 1) == "." ? 2 : 1)) is "gov" or "gov." or "governor")
            // ("National Bank of Georgia Governor", "Bank of Mexico Governor": the title is the bank's)
            || firstToken > 0 && d.Key(firstToken - 1) == "of")
            return candidates;
        // (a premier may be a country's too: "Taiwan Premier Cho Jung-tai")
        bool national = d.Key(endToken) == "premier";
        var states = candidates.Where(p => p.Kind == PlaceKind.Admin1 || national && p.Kind == PlaceKind.Country).ToList();
        return states.Count == 0 ? candidates : states;
    }

    /// <summary>
    /// "a child from Bolivar province" in a story of Ecuador: a name that ends in a unit word matched whole only a unit named so
    /// abroad (Peru's "Provincia de Bolívar", a district) — the first-level areas by the name before the word are readings too.
    /// </summary>
    public static IReadOnlyList<Place> WithUnitsOfTheName(Document d, int firstToken, int endToken, IReadOnlyList<Place> candidates, Gazetteer gaz)
    {
        // (where the whole name is a first-level area already, it is that one: "Mexico State" is México, not Mexico City's)
        if (endToken - firstToken < 2 || d.Key(endToken - 1) is not ("province" or "state" or "region" or "governorate" or "department")
            || candidates.Any(p => p.Kind == PlaceKind.Admin1)) return candidates;
        var (len, places) = gaz.Names.Match(d.Tokens.AsSpan(), firstToken, endToken - 1);
        if (len != endToken - 1 - firstToken) return candidates;
        var units = places.Where(p => p.Kind == PlaceKind.Admin1 && !candidates.Contains(p)).ToList();
        return units.Count == 0 ? candidates : candidates.Concat(units).ToList();
    }

    /// <summary>
    /// "Taiwan's east coast", "Guatemala", "Luxembourg": a first-level area named like its own country is the country by that
    /// name, however many of the story's towns lie in the area ("Hualien, on Taiwan's east coast") — unless the text calls it
    /// a state or province ("the State of Mexico", "Guatemala department").
    /// </summary>
    public static IReadOnlyList<Place> ByCountryName(Document d, int firstToken, int endToken, IReadOnlyList<Place> candidates, Gazetteer gaz)
    {
        // (most such pairs are another country's: "Georgia" the state and the country keep both readings, unallocated)
        if (!candidates.Any(p => p.Kind == PlaceKind.Country) || !candidates.Any(p => p.Kind == PlaceKind.Admin1 && candidates.Any(c => c.Kind == PlaceKind.Country && c.Country == p.Country)))
            return candidates;
        // (in any language: "Estado de México", "Departamento de Guatemala"; and in a list of such units, "the states of Mexico,
        // Puebla and Hidalgo", "Guatemala and Escuintla departments")
        if (firstToken >= 2 && d.Key(firstToken - 1) is "of" or "de" or "del" && d.Key(firstToken - 2) is "state" or "province" or "department" or "region" or "estado" or "departamento" or "provincia"
            || endToken < d.Tokens.Length && d.Key(endToken) is "state" or "province" or "department" or "region" or "governorate" or "district"
            || CalledUnits(d, firstToken, endToken, gaz))
            return candidates;
        bool Named(Place p) => p.Kind == PlaceKind.Admin1 && candidates.Any(c => c.Kind == PlaceKind.Country && c.Country == p.Country && KeyOf(c.Name) == KeyOf(p.Name));
        return candidates.Where(p => !Named(p)).ToList();
    }

    /// <summary>
    /// "Canada" is the country, not Cañada, Mexico: where a country is read by the very letters of the text, a town, district
    /// or landmark whose name has accents the text does not write is dropped.
    /// </summary>
    public static IReadOnlyList<Place> ByAccents(Document d, int firstToken, int endToken, string surface, IReadOnlyList<Place> candidates, Gazetteer gaz)
    {
        if (!candidates.Any(p => p.Kind == PlaceKind.Country && string.Equals(p.Name, surface, StringComparison.OrdinalIgnoreCase))) return candidates;
        static bool Accented(string name) => name.Any(c => c > '\u007f' && char.IsLetter(c));
        // (a first-level area stays where the text calls it one: "the State of Mexico" is México state, "the states of Mexico,
        // Puebla and Hidalgo" too, "eastward Panama" no province of Panamá)
        bool state = firstToken >= 2 && d.Key(firstToken - 1) == "of" && d.Key(firstToken - 2) is "state" or "province"
                     || endToken < d.Tokens.Length && d.Key(endToken) is "state" or "province" || CalledUnits(d, firstToken, endToken, gaz);
        return candidates.Where(p => p.Kind is PlaceKind.Country or PlaceKind.Region || p.Kind == PlaceKind.Admin1 && state || !Accented(p.Name) || Accented(surface)).ToList();
    }

    /// <summary>
    /// "the Atlantic", "the Gulf", "the tropical Atlantic": a name after "the" is a sea or a region before it is a town
    /// (Atlantic, Iowa), when it can be one.
    /// </summary>
    public static IReadOnlyList<Place> ByArticle(Document d, int firstToken, int endToken, IReadOnlyList<Place> candidates, WordClasses nouns)
    {
        // (lower-case words and nationalities may stand between: "the tropical Atlantic", "the western tropical Atlantic", "the
        // Chilean Andes")
        int k = firstToken - 1;
        while (k >= 0 && k >= firstToken - 3 && d.Tokens[k].Kind == TokenKind.Word && d.Key(k) != "the"
               && (!d.IsCapitalised(k) || d.Places.Any(p => p.IsDemonym && p.FirstToken <= k && k < p.EndToken))) k--;
        bool article = firstToken < d.Tokens.Length && d.Key(firstToken) == "the" || k >= 0 && d.Key(k) == "the";
        // (only a region triggers this, never a country: "the Jordan resident", "the Palestine city limits" are the towns')
        if (!article || !candidates.Any(p => p.Kind is PlaceKind.Region)) return candidates;
        // (nor, between a river and a city of 100,000, when the article is a city noun's the name only describes: "the Dnipro
        // region", "the Dnipro mayor", "the Dnipro strike" are the city's; "the Atlantic hurricane season" stays the ocean's)
        if (endToken < d.Tokens.Length && nouns.Of(WordClasses.CityNoun).Contains(d.Key(endToken)) && d.Tokens[endToken].Start == d.Tokens[endToken - 1].End + 1
            && candidates.Where(p => p.Kind == PlaceKind.Region).All(p => p.FeatureCode == "STM") && candidates.Any(p => p.Kind == PlaceKind.City && p.Population >= 100_000))
            return candidates;
        return candidates.Where(p => p.Kind != PlaceKind.City).ToList();
    }

    /// <summary>
    /// The feature word a coordinated list of names ends in, in the singular: "Clarke, Madison, Oconee and Oglethorpe
    /// counties", "Idlib and Hama provinces"; null when the names after <paramref name="endToken"/> are no such list.
    /// </summary>
    private static string? ListFeatureWord(Document d, int endToken, bool conjunction, Gazetteer gaz)
    {
        for (int k = endToken; k < d.Tokens.Length && k < endToken + 16; k++)
        {
            var t = d.Tokens[k];
            string? singular = PluralLevel(t.Key);
            // ("Washington and Gulf states", "Moscow and Central Asian states": a people's or a region's word before the plural
            // names what it counts, and the list is of other things)
            if (singular is not null && k > endToken && GroupAdjective(d, k - 1, gaz)) return null;
            // (the plural ends a list only after a conjunction: "… and Jackson counties", but "Texas counties", "Texas cities"
            // and "the four metro Athens counties" are the counties and cities of one place)
            // (a capitalised "Rivers" is a name: Nigeria's Rivers State, "Delta, Bayelsa and Rivers")
            if (singular == "river" && d.IsCapitalised(k)) return null;
            if (singular is not null) return conjunction ? singular : null;
            if (t.Key is "and" or "or" or "&") { conjunction = true; continue; }
            // (names go on through commas, possessives, hyphens and lower-case particles: "Deir ez-Zor", "Ras al-Ain" — but a
            // possessive right before the plural owns it: "California's rivers", "Syria's provinces")
            if (t.Key == "'s" && k + 1 < d.Tokens.Length && PluralLevel(d.Key(k + 1)) is not null) return null;
            if (t.Key is "," or "'s" or "-" || TextFolding.IsArticle(t.Key) || Recognition.PlaceRecognitionStage.IsArticlePrefixed(d, k)) continue;
            if (t.Kind == TokenKind.Word && d.IsCapitalised(k)) continue;
            return null;
        }
        return null;
    }

    /// <summary>
    /// Whether a plural before or after the list the name stands in calls it a first-level unit ("the states of Mexico, Puebla
    /// and Hidalgo", "Guatemala and Escuintla departments") — not where a people's or region's word before "states" makes them
    /// countries: "the former Soviet states of Georgia and Azerbaijan", "the Sahel states of Mali, Burkina Faso and Niger".
    /// </summary>
    private static bool CalledUnits(Document d, int firstToken, int endToken, Gazetteer gaz)
    {
        if (PluralBefore(d, firstToken) == "province")
        {
            int p = Recognition.PlaceRecognitionStage.BeforeList(d, firstToken) - 1;
            return d.Key(p) != "states" || p < 1 || !d.IsCapitalised(p - 1);
        }
        return ListFeatureWord(d, endToken, AfterConjunctionToken(d, firstToken), gaz) == "province";
    }

    private static bool AfterConjunctionToken(Document d, int k) => k > 0 && d.Key(k - 1) is "and" or "or" or "&";

    /// <summary>The level a plural and "of" before a list give to its name at <paramref name="k"/> ("the provinces of Cagayan and Isabela"), or null.</summary>
    private static string? PluralBefore(Document d, int k)
    {
        int p = Recognition.PlaceRecognitionStage.BeforeList(d, k);
        if (p < 1 || d.Key(p) != "of" || PluralLevel(d.Key(p - 1)) is not { } level || level == "river") return null;
        return level;
    }

    /// <summary>
    /// The level a plural word gives the names of a list ("… and Jackson counties", "the provinces of …"), or null: "county",
    /// "parish", "province" (Russia's and Ukraine's regions and Nigeria's states too), "district", "governorate", "city" or "river".
    /// </summary>
    private static string? PluralLevel(string key) => key switch
    {
        "counties" => "county",
        // (Louisiana's counties: "Lafourche and Terrebonne parishes")
        "parishes" => "parish",
        // ("the Belgorod, Kursk and Bryansk regions": Russia's and Ukraine's first-level areas go by "region" in the press)
        // ("the departments of Guatemala and Escuintla": Latin America's and West Africa's first-level units)
        "provinces" or "regions" or "oblasts" or "departments" => "province",
        // ("Katsina, Kaduna and Zamfara states", Nigeria's; "Swat, Dir and Chitral districts", "Demsa and Numan LGAs")
        "states" => "province",
        "districts" or "lgas" => "district",
        "governorates" => "governorate",
        "cities" or "towns" => "city",
        // ("along the Juba and Shabelle rivers": no towns of those names)
        "rivers" => "river",
        _ => null,
    };

    /// <summary>Whether token <paramref name="k"/> is a people's word or one that groups countries or areas before a plural ("Gulf", "Arab", "European", "Western").</summary>
    private static bool GroupAdjective(Document d, int k, Gazetteer gaz) =>
        d.Tokens[k].Kind == TokenKind.Word && d.IsCapitalised(k)
        && (d.Key(k) is "gulf" or "arab" or "western" or "eastern" or "northern" or "southern" or "central" or "baltic" or "balkan" or "nordic"
                or "member" or "frontline" or "coastal" or "latin" or "muslim" or "islamic" or "sahel" or "caribbean" or "pacific" or "allied"
                or "european" or "asian" or "african" or "american"
            || gaz.Demonyms.Match(d.Tokens.AsSpan(), k, k + 1).Length == 1);

    private static bool AfterConjunction(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        return before.EndsWith(",") || before.EndsWith("&") || before.EndsWith(" and", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" or", StringComparison.OrdinalIgnoreCase);
    }

    // (a capitalised word, then a comma right before the span: "Mobile, Ala")
    private static bool AfterTownAndComma(Document d, int start)
    {
        int k = Geoparser.TokenAt(d, start) - 1;
        return k >= 1 && d.Key(k) == "," && d.Tokens[k - 1].Kind == TokenKind.Word && d.IsCapitalised(k - 1);
    }

    /// <summary>Candidates for an exact span (a gold toponym): the whole span must be one gazetteer name, a demonym or a known variant.</summary>
    public static IReadOnlyList<Place> CandidatesFor(Document d, TextSpan span, Gazetteer gaz)
    {
        var tokens = Tokenizer.Tokenize(d.Text, span);
        if (tokens.Length == 0) return [];
        // "Mobile, Ala.", "Everett, Wash." given without the full stop that makes the word a state's abbreviation (and no
        // town of China's or Turkey's called Ala) — after a town and a comma, where the press writes one; a sentence's last
        // word is no abbreviation ("three men were arrested in Vic.", "a market in Pa.")
        if (span.End < d.Text.Length && d.Text[span.End] == '.' && d.Text[span.End - 1] != '.' && AfterTownAndComma(d, span.Start)
            && CandidatesFor(d, new TextSpan(span.Start, span.End + 1), gaz).Where(p => p.Kind is PlaceKind.Admin1 or PlaceKind.Country).ToList() is { Count: > 0 } dotted)
            return dotted;
        int first = 0, last = tokens.Length;
        // "the Netherlands", "the Gaza Strip": the article is not part of the name
        if (tokens[0].Key == "the" && tokens.Length > 1) first = 1;
        while (last > first && tokens[last - 1].Kind == TokenKind.Punctuation && tokens[last - 1].Key != ".") last--;
        var slice = tokens[first..last];
        if (slice.Length == 0) return [];
        var demonym = gaz.Demonym(slice.AsSpan());
        var (len, places) = gaz.Names.Match(slice.AsSpan(), 0, slice.Length);
        // "US", "UK": short capitals are acronyms of countries and areas, not of hamlets called "Us" — or of a city of millions
        // ("LA"), where no area is one
        if (len == 1 && slice.Length == 1 && slice[0].End - slice[0].Start <= 3 && d.Text.AsSpan(slice[0].Start, slice[0].End - slice[0].Start).ToString().All(ch => !char.IsLower(ch)))
            places = places.Where(p => p.Kind is PlaceKind.Country or PlaceKind.Admin1 or PlaceKind.Region).ToList() is { Count: > 0 } areas ? areas
                : places.Where(p => p.Kind == PlaceKind.City && p.Population >= 1_000_000).ToList();
        // "Canadian" is Canada before it is Canadian, Texas
        if (demonym is not null) return [demonym, .. (len == slice.Length ? places : [])];
        if (len == slice.Length && places.Count > 0) return places;
        // "Kvemo-Kartli", "Ras-al-Ain": hyphens for spaces
        if (len == 0 && Recognition.PlaceRecognitionStage.HyphenatedName(gaz, slice, 0, slice.Length) is { Length: var hl, Places: var hp } && hl == slice.Length) return hp;
        if (slice.Length > 1 && TextFolding.IsArticle(slice[0].Key))
        {
            var (len2, places2) = gaz.Names.Match(slice.AsSpan(), 1, slice.Length);
            if (len2 == slice.Length - 1) return places2;
        }
        // possessive forms: "Syria's"
        if (slice.Length >= 2 && slice[^1].Key == "'s")
        {
            var (l3, p3) = gaz.Names.Match(slice.AsSpan(), 0, slice.Length - 1);
            if (l3 == slice.Length - 1) return p3;
        }
        // "Seattle, WA", "Perth, WA", "SA" in a South African story: a given span that is a state's, province's or country's
        // postal or press code (never looked up in running text, where such capitals are as often words and initials)
        if (slice.Length == 1 && slice[0].End - slice[0].Start is >= 2 and <= 3
            && d.Text.AsSpan(slice[0].Start, slice[0].End - slice[0].Start) is var code && !code.ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
            return gaz.ByCode(code.ToString());
        return [];
    }
}
