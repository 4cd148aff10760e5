using System.Globalization;
using System.IO.Compression;
using System.Text;
using Sitrep.Errors;

namespace Sitrep.Extraction.Input;

/// <summary>
/// Converts a full GeoNames dump (allCountries.zip, a country file such as SY.zip, or the unzipped .txt) into the
/// gazetteer's TSV form under gazetteer/imported/, for users who need villages; ids already shipped are skipped.
/// </summary>
public static class GeoNamesImporter
{
    /// <summary>What an import wrote.</summary>
    public sealed record Result(string OutputPath, int Rows, int Skipped, int Malformed);

    public static Result Import(string source, string dataDirectory)
    {
        if (!File.Exists(source)) throw new SitrepException(ErrorCode.InputNotFound, $"{source}: no such file");
        var shipped = ShippedIds(Path.Combine(dataDirectory, "gazetteer", "geonames.tsv"));
        var outDir = Path.Combine(dataDirectory, "gazetteer", "imported");
        Directory.CreateDirectory(outDir);
        var name = Path.GetFileNameWithoutExtension(source);
        var output = Path.Combine(outDir, $"geonames-{name}.tsv");
        var tmp = output + ".tmp";
        int rows = 0, skipped = 0, malformed = 0;
        using (var writer = new StreamWriter(tmp, false, new UTF8Encoding(false)))
        {
            writer.Write($"# source: GeoNames dump {Path.GetFileName(source)} (https://download.geonames.org/export/dump/), imported by `sitrep gazetteer import`\n");
            writer.Write("# licence: CC BY 4.0 (GeoNames, https://www.geonames.org/)\n");
            writer.Write($"# date: {DateTime.UtcNow:yyyy-MM-dd}\n");
            writer.Write("# built-by: sitrep gazetteer import\n");
            writer.Write("id\tname\talt\tlat\tlon\tfclass\tfcode\tcountry\tadmin1\tadmin2\tpopulation\n");
            foreach (var line in Lines(source))
            {
                var f = line.Split('\t');
                if (f.Length < 15 || !long.TryParse(f[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
                    || !double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                    || !double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
                {
                    malformed++;
                    continue;
                }
                // populated places and the kinds of sites conflict reports name; the rest (streams, hotels…) is noise
                if (f[6] is not ("P" or "A" or "S" or "T" or "H" or "L") || shipped.Contains(id)) { skipped++; continue; }
                var alt = string.Join('|', f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Append(f[2]).Where(IsLatin).Distinct(StringComparer.OrdinalIgnoreCase).Take(30));
                writer.Write(string.Join('\t', id.ToString(CultureInfo.InvariantCulture), Clean(f[1]), Clean(alt), lat.ToString("0.#####", CultureInfo.InvariantCulture),
                    lon.ToString("0.#####", CultureInfo.InvariantCulture), f[6], f[7], f[8], Clean(f[10]), Clean(f[11]), string.IsNullOrEmpty(f[14]) ? "0" : f[14]));
                writer.Write('\n');
                rows++;
            }
        }
        File.Move(tmp, output, overwrite: true);
        return new Result(output, rows, skipped, malformed);
    }

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static bool IsLatin(string s) => s.Length >= 2 && s.All(c => c < 0x250 || char.IsWhiteSpace(c) || c is '’' or '‘' or 'ʼ' or 'ʿ' or 'ʾ');

    private static HashSet<long> ShippedIds(string path)
    {
        var ids = new HashSet<long>();
        if (!File.Exists(path)) return ids;
        foreach (var line in File.ReadLines(path))
        {
            int tab = line.IndexOf('\t');
            if (tab > 0 && long.TryParse(line.AsSpan(0, tab), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)) ids.Add(id);
        }
        return ids;
    }

    private static IEnumerable<string> Lines(string source)
    {
        if (!source.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var l in File.ReadLines(source)) yield return l;
            yield break;
        }
        ZipArchive zip;
        try { zip = ZipFile.OpenRead(source); }
        catch (InvalidDataException e) { throw new SitrepException(ErrorCode.InvalidArgument, $"{source}: not a zip file ({e.Message})"); }
        using (zip)
        {
            var entry = zip.Entries.FirstOrDefault(e => e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && !e.Name.StartsWith("readme", StringComparison.OrdinalIgnoreCase))
                ?? throw new SitrepException(ErrorCode.InvalidArgument, $"{source}: no GeoNames .txt table inside the zip");
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            string? line;
            while ((line = reader.ReadLine()) is not null) yield return line;
        }
    }
}
