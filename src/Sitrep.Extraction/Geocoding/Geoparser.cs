using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Extraction.Geocoding;

/// <summary>Toponym recognition and resolution over raw text: end to end, or for given (gold) spans.</summary>
public sealed class Geoparser(SitrepResources resources)
{
    private readonly DocumentPipeline _pipeline = TextPipelines.Places(resources);

    /// <summary>A toponym and where it points (null when unresolved).</summary>
    public sealed record Toponym(TextSpan Span, string Text, Place? Place);

    public IReadOnlyList<Toponym> Parse(string id, string text)
    {
        var d = _pipeline.Run(Document.Create(id, text));
        // a capitalised word the resolver could place nowhere ("Police", "Road", "NATO") was not a place name after all
        // ("North Texas" names Texas: the direction shapes the point, the toponym is the name)
        return d.Places.Where(p => p.Resolved is not null).Select(p => NameSpan(d, p)).Select(x => new Toponym(x.Span, d[x.Span], x.Place)).ToList();
    }

    public IReadOnlyList<Toponym> ResolveSpans(string id, string text, IReadOnlyList<TextSpan> spans)
    {
        var d = _pipeline.Run(Document.Create(id, text));
        var gaz = resources.Gazetteer;
        var byspan = d.Places.ToDictionary(p => p.Span, p => p);
        bool Valid(TextSpan s) => s.Start >= 0 && s.End > s.Start && s.End <= text.Length;
        var candidates = spans.Select(s => Valid(s)
            ? (byspan.TryGetValue(s, out var m) ? m.Candidates : ToponymResolver.CandidatesFor(d, s, gaz))
            : (IReadOnlyList<Place>)[]).ToList();
        // the given spans are the toponyms, resolved together with the document's other recognised areas, qualifiers
        // included: of the names recognised besides them only countries, states, regions and demonyms join as context —
        // a "Wood" or "Alan" read as a small town would pull the story to Wisconsin
        var others = d.Places.Where(p => !spans.Contains(p.Span)
                                         && (p.IsDemonym || p.Candidates.Any(c => c.Kind is PlaceKind.Country or PlaceKind.Admin1 or PlaceKind.Region))).ToList();
        var all = spans.Select((s, i) => (Span: s, Candidates: candidates[i])).Concat(others.Select(p => (Span: p.Span, Candidates: p.Candidates))).ToList();
        var order = Enumerable.Range(0, all.Count).Where(i => Valid(all[i].Span)).OrderBy(i => all[i].Span.Start).ToList();
        var qualifiers = new (string?, string?)[all.Count];
        for (int k = 0; k + 1 < order.Count; k++)
        {
            var (a, b) = (all[order[k]], all[order[k + 1]]);
            qualifiers[order[k]] = ToponymResolver.Qualifier(d, TokenAt(d, a.Span.End), TokenAt(d, b.Span.Start), b.Candidates);
        }
        var queries = all.Select((x, i) => new ToponymResolver.Query(
            // (only where the span ends a token: "Paris-Henry County" is no "Paris county")
            Valid(x.Span) && TokenAt(d, x.Span.End) is int next && next > 0 && d.Tokens[next - 1].End == x.Span.End
                && (next >= d.Tokens.Length || d.Tokens[next].Start > x.Span.End)
                ? ToponymResolver.ByFeatureWord(d, next, x.Candidates) : x.Candidates,
            qualifiers[i].Item1, qualifiers[i].Item2,
            Valid(x.Span) ? ToponymResolver.KeyOf(text[x.Span.Start..x.Span.End]) : null)).ToList();
        var picks = ToponymResolver.ResolveAll(queries, d.Actors.Select(a => a.Actor.Country));
        // (the given spans are toponyms for sure; the other recognised names may be a person called Kelly)
        var focus = Focus(picks.Take(spans.Count).ToList()) ?? Focus(picks) ?? Focus(d);
        var result = new List<Toponym>(spans.Count);
        for (int i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            if (!Valid(s)) { result.Add(new Toponym(s, "", null)); continue; }
            Place? place;
            if (byspan.TryGetValue(s, out var m) && m.Resolved is not null && m.Direction is not null) place = m.Resolved;
            else place = picks[i];
            // a street, building or neighbourhood no gazetteer lists lies, most likely, in the place the story is about
            place ??= focus;
            result.Add(new Toponym(s, text[s.Start..s.End], place));
        }
        return result;
    }

    private static (TextSpan Span, Place? Place) NameSpan(Document d, PlaceMention p) =>
        p.Direction is not null && p.EndToken - p.FirstToken > 1
            ? (new TextSpan(d.Tokens[p.FirstToken + 1].Start, p.Span.End), p.Resolved)
            : (p.Span, p.Resolved);

    /// <summary>Index of the first token starting at or after a character offset.</summary>
    private static int TokenAt(Document d, int offset)
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
    /// The main place among resolved toponyms: the most-mentioned town or area of the country most of them lie in (a story
    /// about a Cairo suburb that names Liverpool six times is still set in Cairo).
    /// </summary>
    private static Place? Focus(IReadOnlyList<Place?> picks)
    {
        var local = picks.Where(p => p is { Kind: PlaceKind.City or PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Landmark } && p.Country.Length > 0).Select(p => p!).ToList();
        if (local.Count == 0) return null;
        // every mention of a country or its people counts for it, but only its towns and areas can be the focus
        var country = picks.Where(p => p is not null && p.Country.Length > 0 && local.Any(l => l.Country == p.Country))
                           .GroupBy(p => p!.Country).OrderByDescending(g => g.Count()).First().Key;
        var inCountry = local.Where(p => p.Country == country).ToList();
        var towns = inCountry.Where(p => p.Kind != PlaceKind.Admin1).ToList();
        return (towns.Count > 0 ? towns : inCountry).GroupBy(p => p.Id).OrderByDescending(g => g.Count()).First().First();
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
