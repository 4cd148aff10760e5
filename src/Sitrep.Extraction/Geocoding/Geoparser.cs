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
        return d.Places.Select(p => new Toponym(p.Span, d[p.Span], p.Resolved)).ToList();
    }

    public IReadOnlyList<Toponym> ResolveSpans(string id, string text, IReadOnlyList<TextSpan> spans)
    {
        var d = _pipeline.Run(Document.Create(id, text));
        var gaz = resources.Gazetteer;
        var byspan = d.Places.ToDictionary(p => p.Span, p => p);
        var candidates = spans.Select(s => s.End <= text.Length && s.Start >= 0 && s.End > s.Start
            ? (byspan.TryGetValue(s, out var m) ? m.Candidates : ToponymResolver.CandidatesFor(d, s, gaz))
            : (IReadOnlyList<Place>)[]).ToList();
        var ctx = ToponymResolver.BuildContext(candidates.Concat(d.Places.Where(p => !spans.Contains(p.Span)).Select(p => p.Candidates)), d.Actors.Select(a => a.Actor.Country));
        var focus = Focus(d, ctx);
        var result = new List<Toponym>(spans.Count);
        for (int i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            if (s.End > text.Length || s.Start < 0 || s.End <= s.Start) { result.Add(new Toponym(s, "", null)); continue; }
            Place? place;
            if (byspan.TryGetValue(s, out var m) && m.Resolved is not null) place = m.Resolved.Kind == PlaceKind.Region && m.Direction is not null ? m.Resolved : m.Resolved;
            else place = ToponymResolver.Resolve(candidates[i], ctx, null);
            // a street, building or neighbourhood no gazetteer lists lies, most likely, in the place the story is about
            place ??= focus;
            result.Add(new Toponym(s, text[s.Start..s.End], place));
        }
        return result;
    }

    /// <summary>The document's main place: its most-mentioned resolved town or area, else its main country.</summary>
    private static Place? Focus(Document d, ToponymResolver.Context ctx)
    {
        var local = d.Places.Where(p => p.Resolved is { Kind: PlaceKind.City or PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Landmark } && !p.IsDemonym)
                            .GroupBy(p => p.Resolved!.Id).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start).FirstOrDefault();
        if (local is not null) return local.First().Resolved;
        return d.Places.Where(p => p.Resolved is { Kind: PlaceKind.Country }).GroupBy(p => p.Resolved!.Id).OrderByDescending(g => g.Count()).FirstOrDefault()?.First().Resolved;
    }
}
