using System.Globalization;
using System.Xml.Linq;
using Sitrep.Errors;
using Sitrep.Text;

namespace Sitrep.Extraction.Input;

/// <summary>Reads the LGL, GeoWebNews and GeoVirus geoparsing corpora (their three XML shapes) with gold toponyms.</summary>
public static class GeoCorpusReader
{
    /// <summary>A gold toponym: span (aligned to its name), coordinates and GeoNames id when given.</summary>
    public sealed record GoldToponym(TextSpan Span, string Name, double Lat, double Lon, string? GeonameId);

    /// <summary>One article of a corpus.</summary>
    public sealed record Article(string Id, string Text, IReadOnlyList<GoldToponym> Toponyms);

    public static IReadOnlyList<Article> Read(string path)
    {
        XDocument doc;
        try { doc = XDocument.Load(path, LoadOptions.PreserveWhitespace); }
        catch (Exception e) when (e is System.Xml.XmlException or IOException)
        {
            throw new SitrepException(ErrorCode.InvalidArgument, $"{path}: not a readable corpus XML file ({e.Message})");
        }
        var articles = new List<Article>();
        int index = 0;
        foreach (var art in doc.Descendants("article"))
        {
            var text = art.Element("text")?.Value ?? "";
            var tops = new List<GoldToponym>();
            foreach (var t in art.Descendants().Where(e => e.Name == "toponym" || e.Name == "location"))
            {
                string? s = t.Element("start")?.Value, e = t.Element("end")?.Value;
                string? lat = t.Descendants("lat").FirstOrDefault()?.Value ?? t.Descendants("latitude").FirstOrDefault()?.Value;
                string? lon = t.Descendants("lon").FirstOrDefault()?.Value ?? t.Descendants("longitude").FirstOrDefault()?.Value;
                if (s is null || e is null || string.IsNullOrEmpty(lat) || string.IsNullOrEmpty(lon)) continue;
                int start = int.Parse(s, CultureInfo.InvariantCulture), end = int.Parse(e, CultureInfo.InvariantCulture);
                var gid = t.Element("gaztag")?.Attribute("geonameid")?.Value ?? NullIfEmpty(t.Element("geonamesID")?.Value);
                var name = t.Element("name")?.Value ?? t.Element("phrase")?.Value ?? t.Element("extractedName")?.Value ?? "";
                // some corpora (GeoVirus) carry offsets shifted by a few characters: align to the named phrase
                if (name.Length > 0 && !Matches(text, start, end, name))
                    foreach (var delta in new[] { -1, 1, -2, 2, -3, 3, -4, 4, -5, 5 })
                        if (Matches(text, start + delta, end + delta, name)) { start += delta; end += delta; break; }
                tops.Add(new GoldToponym(new TextSpan(start, end), name, double.Parse(lat, CultureInfo.InvariantCulture), double.Parse(lon, CultureInfo.InvariantCulture), gid));
            }
            articles.Add(new Article(index.ToString(CultureInfo.InvariantCulture), text, tops));
            index++;
        }
        return articles;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static bool Matches(string text, int start, int end, string name) =>
        start >= 0 && end <= text.Length && end > start && string.CompareOrdinal(text, start, name, 0, Math.Max(end - start, name.Length)) == 0 && end - start == name.Length;
}
