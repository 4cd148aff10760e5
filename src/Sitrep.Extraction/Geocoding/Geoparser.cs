using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Extraction.Geocoding;

/// <summary>Toponym recognition and resolution over raw text: end to end, or for given (gold) spans.</summary>
public sealed class Geoparser(SitrepResources resources)
{
    private readonly DocumentPipeline _pipeline = TextPipelines.Places(resources);

    /// <summary>The per-document stages end-to-end parsing runs (for timing them).</summary>
    public DocumentPipeline Pipeline => _pipeline;

    /// <summary>A toponym and where it points (null when unresolved).</summary>
    public sealed record Toponym(TextSpan Span, string Text, Place? Place);

    /// <summary>End to end: the toponyms the pipeline recognises and resolves in <paramref name="text"/>.</summary>
    public IReadOnlyList<Toponym> Parse(string id, string text)
    {
        var d = _pipeline.Run(Document.Create(id, text));
        // a capitalised word the resolver could place nowhere ("Police", "Road", "NATO") was not a place name after all
        // ("North Texas" names Texas: the direction shapes the point, the toponym is the name)
        return d.Places.Where(p => p.Resolved is not null).Select(p => NameSpan(d, p)).Select(x => new Toponym(x.Span, d[x.Span], x.Place)).ToList();
    }

    /// <summary>Given spans (gold toponyms): one resolution per span, in order, with the document's areas as context.</summary>
    public IReadOnlyList<Toponym> ResolveSpans(string id, string text, IReadOnlyList<TextSpan> spans)
    {
        var d = _pipeline.Run(Document.Create(id, text));
        var gaz = resources.Gazetteer;
        var byspan = d.Places.ToDictionary(p => p.Span, p => p);
        bool Valid(TextSpan s) => s.Start >= 0 && s.End > s.Start && s.End <= text.Length;
        bool Demonym(TextSpan s) => byspan.TryGetValue(s, out var m) && m.IsDemonym;
        var candidates = spans.Select(s => Valid(s)
            ? (byspan.TryGetValue(s, out var m) ? m.Candidates : ToponymResolver.CandidatesFor(d, s, gaz))
            : (IReadOnlyList<Place>)[]).ToList();
        // the given spans are the toponyms, resolved together with the document's other recognised areas, qualifiers
        // included: of the names recognised besides them only countries, states, regions and demonyms join as context —
        // a "Wood" or "Alan" read as a small town would pull the story to Wisconsin
        var others = d.Places.Where(p => !spans.Contains(p.Span) && !p.Modifier
                                         && (p.IsDemonym || p.Candidates.Any(c => c.Kind is PlaceKind.Country or PlaceKind.Admin1 or PlaceKind.Region))).ToList();
        var all = spans.Select((s, i) => (Span: s, Candidates: candidates[i])).Concat(others.Select(p => (Span: p.Span, Candidates: p.Candidates))).ToList();
        var order = Enumerable.Range(0, all.Count).Where(i => Valid(all[i].Span)).OrderBy(i => all[i].Span.Start).ToList();
        (int First, int End) Tokens(int k) => (TokenAt(d, all[order[k]].Span.Start), TokenAt(d, all[order[k]].Span.End));
        var found = ToponymResolver.Qualifiers(d, order.Count, Tokens, k => all[order[k]].Candidates,
                                               k => Demonym(all[order[k]].Span), brackets: false);
        var qualifiers = new (string?, string?)[all.Count];
        for (int k = 0; k < order.Count; k++) qualifiers[order[k]] = (found[k].Country, found[k].Admin1);
        var queries = all.Select((x, i) => new ToponymResolver.Query(
            // (only where the span ends a token: "Paris-Henry County" is no "Paris county"; "Atlantic," and "Taiwan's" are)
            Valid(x.Span) && TokenAt(d, x.Span.End) is int next && next > 0 && d.Tokens[next - 1].End == x.Span.End
                && (next >= d.Tokens.Length || d.Tokens[next].Start > x.Span.End || d.Tokens[next].Kind == TokenKind.Punctuation && d.Key(next) != "-" || d.Key(next) == "'s")
                && TokenAt(d, x.Span.Start) is int first
                ? ToponymResolver.Readings(d, x.Span, first, next, text[x.Span.Start..x.Span.End], x.Candidates, gaz, resources.Nouns) : x.Candidates,
            qualifiers[i].Item1, qualifiers[i].Item2,
            Valid(x.Span) ? ToponymResolver.KeyOf(text[x.Span.Start..x.Span.End]) : null,
            Sentence: Valid(x.Span) ? d.SentenceOfToken(TokenAt(d, x.Span.Start)) : -1,
            // ("Russian drones" is half a named place abroad, as in the pipeline, not one)
            Nationality: Demonym(x.Span),
            Local: Valid(x.Span) && !Demonym(x.Span) && TokenAt(d, x.Span.End) is int after && Recognition.PlaceRecognitionStage.LocalWordAfter(d, after, resources.Nouns),
            Dateline: Valid(x.Span) && !Demonym(x.Span) && TokenAt(d, x.Span.Start) is int at && TokenAt(d, x.Span.End) is int to
                      && Recognition.PlaceRecognitionStage.AgencyDateline(d, at, to))).ToList();
        ToponymResolver.ReadQualifiers(d, found, queries, k => order[k], k => Tokens(k).End);
        var peers = ToponymResolver.ListPeers(d, Enumerable.Range(0, order.Count).Select(Tokens).ToList(),
                                              order.Select(i => qualifiers[i].Item1 is not null).ToList());
        for (int k = 0; k < order.Count; k++) queries[order[k]] = queries[order[k]] with { Peers = peers[k].Select(x => order[x]).ToArray() };
        for (int k = 0; k + 1 < order.Count; k++)
            if (ToponymResolver.MeasuredFrom(d, Tokens(k).End, Tokens(k + 1).First) is { } km)
                queries[order[k]] = queries[order[k]] with { From = order[k + 1], Km = km };
        var picks = ToponymResolver.ResolveAll(queries, d.Actors.Select(a => a.Actor.Country));
        // (the given spans are toponyms for sure; the other recognised names may be a person called Kelly)
        // (where the given spans name countries only, the other names count only in those countries, and else the main one of
        // them is the focus: a sergeant called Florence in a story of Haiti puts nothing in Italy)
        var given = picks.Take(spans.Count).ToList();
        // (a nationality given as a span is no country the story is in where the spans also name one: "Kenyan police in Haiti")
        var givenNamed = given.Where((p, i) => p is { Kind: PlaceKind.Country } && !Demonym(spans[i])).ToList();
        if (givenNamed.Count == 0) givenNamed = given.Where(p => p is { Kind: PlaceKind.Country }).ToList();
        var givenCountries = givenNamed.Select(p => p!.Country).ToHashSet(StringComparer.Ordinal);
        var focus = Focus(given)
                    ?? (givenCountries.Count > 0
                        ? Focus(picks.Where(p => p is not null && givenCountries.Contains(p.Country)).ToList())
                          ?? givenNamed.GroupBy(p => p!.Id).OrderByDescending(g => g.Count()).First().First()
                        : null)
                    ?? Focus(picks) ?? Focus(d);
        var result = new List<Toponym>(spans.Count);
        // (a qualifier that is itself a given span reads as it was resolved there, not as the pipeline alone read it)
        var givenAt = new Dictionary<int, Place>();
        for (int i = 0; i < spans.Count; i++)
            if (Valid(spans[i]) && picks[i] is { } g) givenAt.TryAdd(spans[i].Start, g);
        for (int i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            if (!Valid(s)) { result.Add(new Toponym(s, "", null)); continue; }
            Place? place;
            if (byspan.TryGetValue(s, out var m) && m.Resolved is not null && m.Direction is not null) place = m.Resolved;
            else place = picks[i];
            // a street, building or neighbourhood no gazetteer lists lies, most likely, in the place the story is about
            if (place is null)
            {
                var (placed, there) = Where(d, s, start => givenAt.TryGetValue(start, out var g) ? g : null, gaz);
                place = placed ? there ?? focus
                    : Inner(d, s, resources.Nouns, key => picks.Where((p, k) => k != i && p is not null && p.Country.Length > 0 && queries[k].Key != key).Select(p => p!.Country),
                            town => picks.Where((p, k) => k != i && p is not null
                                                          && (p.Id == town.Id || p.Kind != PlaceKind.Country && town.Admin1 is not null && p.Country == town.Country && p.Admin1 == town.Admin1)).Any()) ?? focus;
            }
            result.Add(new Toponym(s, text[s.Start..s.End], place));
        }
        return result;
    }

    /// <summary>
    /// "the Palestine Hotel in Baghdad", "the Iranian consulate in Damascus, Syria": a building the story places with "in",
    /// "at" or "near" and a name right after lies there, whatever its own name says: at that toponym when it resolved, else
    /// (an unknown "Beit Lahia") in the story's focus.
    /// </summary>
    private static (bool Placed, Place? There) Where(Document d, TextSpan s, Func<int, Place?> given, Gazetteer gaz)
    {
        int k = TokenAt(d, s.End);
        if (k + 1 >= d.Tokens.Length) return (false, null);
        // "Oulton Park, Cheshire.", "Trump Tower, New York,": a name no gazetteer lists, qualified by a place that resolved and
        // ends the phrase ("Pleasant Township, Madison Township and Grove City" is a list; "Beyond Madinaty, Liverpool have" a clause)
        // (a country says less than the story's focus: "Kabul University, Afghanistan" is in Kabul)
        if (d.Key(k) == "," && d.Tokens[k].Start == s.End
            && d.Places.FirstOrDefault(p => p.Span.Start == d.Tokens[k + 1].Start && !p.Modifier && !p.IsDemonym) is { } qualifier
            && (given(qualifier.Span.Start) ?? qualifier.Resolved) is { Kind: not PlaceKind.Country } after
            && (qualifier.EndToken >= d.Tokens.Length || d.Tokens[qualifier.EndToken].Kind == TokenKind.Punctuation && d.Key(qualifier.EndToken) is not ("-" or "'s")))
            return (true, after);
        if (d.Key(k) is not ("in" or "at" or "near")) return (false, null);
        int n = d.Key(k + 1) == "the" && k + 2 < d.Tokens.Length ? k + 2 : k + 1;
        if (d.Tokens[n].Kind != TokenKind.Word || !d.IsCapitalised(n)) return (false, null);
        // ("in Russian-occupied Enerhodar": the town, not the occupier named inside the word before it)
        if (d.Places.Any(p => p.Modifier && p.FirstToken == n) && n + 1 < d.Tokens.Length && d.IsCapitalised(n + 1)) n++;
        if (d.Places.FirstOrDefault(p => p.Span.Start == d.Tokens[n].Start && !p.Modifier) is not { } there) return (true, null);
        var place = given(there.Span.Start) ?? there.Resolved;
        // ("the Russian Embassy in the U.S. capital", "a hotel in the Syrian capital": the country's capital city)
        if (place is { Kind: PlaceKind.Country } && there.EndToken < d.Tokens.Length && d.Key(there.EndToken) == "capital" && gaz.CapitalOf(place.Country) is { } capital)
            return (true, capital);
        return (true, place);
    }

    /// <summary>
    /// A building or institution no gazetteer lists but named after its country, state or region ("Bank of Japan",
    /// "Colorado State University", "Mexican Senate") lies in it: the longest such toponym inside the span, a nationality
    /// only as its first word ("Percy French Hotel" is no French place). One named after a city at either end of its name
    /// ("Seoul Central District Court", "British Embassy Tokyo") lies in that city when the story's other toponyms are in its
    /// country and the city has a million people or the story names it or its state by themselves. A street, river, lake or
    /// township named after a place ("Royal Street", "Mississippi River", "Lake Vermont") is not in it; a river's delta is.
    /// </summary>
    private static Place? Inner(Document d, TextSpan s, WordClasses nouns, Func<string, IEnumerable<string>> otherCountries, Func<Place, bool> namedAlone)
    {
        var words = Tokenizer.Tokenize(d.Text, s).Where(t => t.Kind == TokenKind.Word).ToList();
        var thoroughfares = nouns.Of(WordClasses.Thoroughfare);
        var inside = d.Places.Where(p => p.Span.Start >= s.Start && p.Span.End <= s.End && p.Span != s && p.Resolved is not null).ToList();
        // ("the Danube Delta", "the Thames Valley": a river's delta is where the gazetteer places the river, at its mouth, and so
        // is the valley or basin of a river of one country — "the Nile Valley" of a Sudanese story is no place in Egypt)
        if (words.Count >= 2 && (words[^1].Key == "delta" || words[^1].Key is "valley" or "basin" && inside.Any(p => p.Resolved is { FeatureCode: "STM", Country.Length: > 0 }))
            && inside.FirstOrDefault(p => p.Resolved is { FeatureCode: "STM" } && p.Span.End == words[^2].End) is { } river)
            return river.Resolved;
        // ("the Salinas Valley" in a Californian story, "the Swat Valley": a valley named after a district, or a town whose
        // state the story names, surrounds it — "the Fraser Valley" of a story about Vancouver is no Michigan town's)
        if (words.Count >= 2 && words[^1].Key == "valley"
            && inside.FirstOrDefault(p => p.Resolved is { Kind: PlaceKind.City or PlaceKind.Admin2 } && !p.IsDemonym && !p.Modifier
                                          && p.Span.Start == words[0].Start && p.Span.End == words[^2].End) is { } town
            && otherCountries(ToponymResolver.KeyOf(d[town.Span])).Contains(town.Resolved!.Country)
            && (town.Resolved.Kind == PlaceKind.Admin2 || namedAlone(town.Resolved)))
            return town.Resolved;
        if (words.Count == 0 || thoroughfares.Contains(words[^1].Key) || thoroughfares.Contains(words[0].Key)) return null;
        // (only a country, state or region: "Liverpool Academy" in Cairo, "Rogers Centre" — a town's name in an
        // institution's is too often a person's or a namesake's)
        // (a sea, lake, river, canal or mountain range is no area a building stands in: "Euphrates University", "the Zagros Hotel")
        var area = inside.Where(p => p.Resolved is { Kind: PlaceKind.Country or PlaceKind.Admin1 or PlaceKind.Region } && !p.Resolved.IsWaterOrRange && (!p.IsDemonym || p.Span.Start == s.Start))
                         .OrderBy(p => p.IsDemonym).ThenByDescending(p => p.Span.End - p.Span.Start).ThenByDescending(p => p.Span.Start).FirstOrDefault();
        // … but a city that opens or closes an institution's name (a word of the institution class: "Salinas Valley", "Harbor
        // City", "Bab el-Oued" are features named after a town), in a country the story names by other names ("Liverpool
        // Academy" in a story of Cairo is not in England), is where it is, before a nationality ("British Embassy Tokyo") or
        // another country's province inside the name ("Seoul Central District Court" is not in Israel's Central District)
        // (under a million people only where the story names it or its state by themselves too: "Jackson Memorial Hospital" in a
        // Miami story, "Berkeley College", "Independence Hall" are named after people and ideals, but "the Aurora Theater" in a
        // Colorado story is Aurora's; and the town closing the name first, where a branch stands: "Cleveland Clinic Abu Dhabi")
        var institution = nouns.Of(WordClasses.Institution);
        var city = !words.Any(w => institution.Contains(w.Key)) ? null
            : inside.Where(p => p.Resolved is { Kind: PlaceKind.City, Population: >= 100_000 } && !p.IsDemonym && !p.Modifier
                                && (p.Span.Start == words[0].Start || p.Span.End == words[^1].End)
                                && otherCountries(ToponymResolver.KeyOf(d[p.Span])).Contains(p.Resolved.Country)
                                && (p.Resolved.Population >= 1_000_000 || namedAlone(p.Resolved)))
                    .OrderByDescending(p => p.Span.End == words[^1].End).ThenByDescending(p => p.Span.End - p.Span.Start).FirstOrDefault()?.Resolved;
        if (area is not null && !area.IsDemonym && (area.Resolved!.Kind != PlaceKind.Admin1 || city is null || area.Resolved.Country == city.Country))
            return area.Resolved;
        return city ?? area?.Resolved;
    }

    private static (TextSpan Span, Place? Place) NameSpan(Document d, PlaceMention p) =>
        p.Direction is not null && p.EndToken - p.FirstToken > 1
            ? (new TextSpan(d.Tokens[p.FirstToken + 1].Start, p.Span.End), p.Resolved)
            : (p.Span, p.Resolved);

    /// <summary>Index of the first token starting at or after a character offset.</summary>
    internal static int TokenAt(Document d, int offset)
    {
        int lo = 0, hi = d.Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (d.Tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// The main place among resolved toponyms: the town or area the rest of the story agrees with most — its own mentions,
    /// its country's, its first-level area's and the places within 150 km of it (a story about a Cairo suburb that names
    /// Liverpool six times is still set in Cairo; two given mentions of a Louisiana "Stonewall" do not outweigh the given
    /// Gainesville and Centreville, both in Virginia).
    /// </summary>
    private static Place? Focus(IReadOnlyList<Place?> picks)
    {
        var resolved = picks.Where(p => p is not null).Select(p => p!).ToList();
        // (a region of one country too: "the mountains of Svaneti", "Darfur"; a river's or a range's point is no place to be in)
        var local = resolved.Where(p => (p.Kind is PlaceKind.City or PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Landmark
                                         || p.Kind == PlaceKind.Region && p.FeatureCode is "RGN" or "ADM1H" or "PEN" or "ISL" or "ISLS") && p.Country.Length > 0)
                            .DistinctBy(p => p.Id).ToList();
        if (local.Count == 0) return null;
        int Support(Place f) => resolved.Count(p => p.Id == f.Id || p.Country == f.Country
            && (p.Kind == PlaceKind.Country || p.Admin1 is not null && p.Admin1 == f.Admin1 || p.Kind != PlaceKind.Region && f.Kind != PlaceKind.Region && p.DistanceKm(f) < 150));
        // (a town before the state it lies in: the unknown street is in the town)
        return local.Select(f => (Place: f, Support: Support(f), Town: f.Kind is not (PlaceKind.Admin1 or PlaceKind.Region), Count: resolved.Count(p => p.Id == f.Id)))
                    .OrderByDescending(x => x.Support).ThenByDescending(x => x.Town).ThenByDescending(x => x.Count).First().Place;
    }

    /// <summary>The document's main place: its most-mentioned resolved town or area, else its main country.</summary>
    private static Place? Focus(Document d)
    {
        var local = d.Places.Where(p => p.Resolved is { Kind: PlaceKind.City or PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Landmark } && !p.IsDemonym)
                            .GroupBy(p => p.Resolved!.Id).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start).FirstOrDefault();
        if (local is not null) return local.First().Resolved;
        return d.Places.Where(p => p.Resolved is { Kind: PlaceKind.Country }).GroupBy(p => p.Resolved!.Id).OrderByDescending(g => g.Count()).FirstOrDefault()?.First().Resolved;
    }
}
