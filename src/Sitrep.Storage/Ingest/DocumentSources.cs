using System.Globalization;
using System.Text.Json;
using Sitrep.Errors;
using Sitrep.Extraction.Input;

namespace Sitrep.Storage.Ingest;

/// <summary>One input item: a document to store, or a failure to report (the batch goes on).</summary>
public abstract record IngestItem(string Origin);

/// <summary>A document read from an input.</summary>
public sealed record IngestDocument(string Origin, IngestedDocument Document) : IngestItem(Origin);

/// <summary>An input (or one line of it) that could not be read, with the reason.</summary>
public sealed record IngestFailure(string Origin, string Reason) : IngestItem(Origin);

/// <summary>Turns paths into documents: text files, JSONL and CSV corpora, directories recursively.</summary>
public static class DocumentSources
{
    /// <summary>Files larger than this are refused rather than read into memory.</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    public static IEnumerable<IngestItem> Read(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var item in WebSources.Url(input)) yield return item;
                continue;
            }
            if (Directory.Exists(input))
            {
                foreach (var f in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
                    foreach (var item in ReadFile(f)) yield return item;
                continue;
            }
            foreach (var item in ReadFile(input)) yield return item;
        }
    }

    private static IEnumerable<IngestItem> ReadFile(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) { yield return new IngestFailure(path, $"{ErrorCodes.Format(ErrorCode.InputNotFound)}: no such file"); yield break; }
        if (info.Length > MaxFileBytes) { yield return new IngestFailure(path, $"file too large ({info.Length / 1048576.0:F0} MB; the limit is {MaxFileBytes / 1048576} MB)"); yield break; }
        var ext = info.Extension.ToLowerInvariant();
        IEnumerable<IngestItem> items = ext switch
        {
            ".jsonl" or ".ndjson" => Jsonl(path),
            ".csv" => Csv(path),
            ".html" or ".htm" or ".xhtml" => Markup(path, feed: false),
            ".xml" or ".rss" or ".atom" => Markup(path, feed: true),
            _ => TextFile(path),
        };
        foreach (var item in items) yield return item;
    }

    private static IEnumerable<IngestItem> Markup(string path, bool feed)
    {
        string text;
        try { text = InputReader.ReadText(path); }
        catch (SitrepException e) { return [new IngestFailure(path, e.Message)]; }
        return feed ? WebSources.Feed(path, text) : WebSources.Html(path, text, null);
    }

    private static IEnumerable<IngestItem> TextFile(string path)
    {
        string text;
        try { text = InputReader.ReadText(path); }
        catch (SitrepException e) { return [new IngestFailure(path, e.Message)]; }
        return [new IngestDocument(path, new IngestedDocument("file:" + Path.GetFullPath(path), text, Title: null))];
    }

    private static IEnumerable<IngestItem> Jsonl(string path)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var origin = $"{path}:{lineNo}";
            IngestItem item;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(t.GetString()))
                    item = new IngestFailure(origin, "expected an object with a non-empty \"text\" string");
                else
                {
                    string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                    var id = root.TryGetProperty("id", out var idEl) ? (idEl.ValueKind == JsonValueKind.String ? idEl.GetString() : idEl.GetRawText()) : null;
                    var url = Str("url");
                    var key = url ?? (id is not null ? $"jsonl:{Path.GetFileName(path)}:{id}" : $"jsonl:{Path.GetFileName(path)}:line{lineNo}");
                    int uses = seen[key] = seen.GetValueOrDefault(key) + 1;
                    if (uses > 1) key += "#" + uses.ToString(CultureInfo.InvariantCulture);
                    item = new IngestDocument(origin, new IngestedDocument(key, t.GetString()!, url, Str("title"), Str("outlet") ?? Str("source"), ParseDate(Str("published"))));
                }
            }
            catch (JsonException e) { item = new IngestFailure(origin, $"{ErrorCodes.Format(ErrorCode.InvalidJsonLine)}: not valid JSON ({e.Message})"); }
            yield return item;
        }
    }

    private static IEnumerable<IngestItem> Csv(string path)
    {
        using var reader = new StreamReader(path);
        string[]? header = null;
        // a corpus may repeat an id for different articles (FA-KES does): the n-th use of an id gets "#n"
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int row = 0, text = -1, id = -1, title = -1, date = -1, outlet = -1, url = -1;
        foreach (var fields in CsvReader.Read(reader))
        {
            if (header is null)
            {
                header = fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
                int Col(params string[] names) => names.Select(n => Array.IndexOf(header, n)).FirstOrDefault(i => i >= 0, -1);
                text = Col("article_content", "text", "content", "body", "article");
                id = Col("unit_id", "id", "doc_id", "event_id_cnty");
                title = Col("article_title", "title", "headline");
                date = Col("date", "published", "event_date", "publication_date");
                outlet = Col("source", "outlet", "publisher");
                url = Col("url", "link");
                if (text < 0) { yield return new IngestFailure(path, "CSV has no text column (article_content, text, content or body)"); yield break; }
                continue;
            }
            row++;
            var origin = $"{path}:row {row}";
            if (fields.Length <= text || string.IsNullOrWhiteSpace(fields[text])) { yield return new IngestFailure(origin, "empty text"); continue; }
            string? F(int i) => i >= 0 && i < fields.Length && fields[i].Length > 0 ? fields[i] : null;
            var u = F(url);
            var key = u ?? (F(id) is { } rid ? $"csv:{Path.GetFileName(path)}:{rid}" : $"csv:{Path.GetFileName(path)}:row{row}");
            int uses = seen[key] = seen.GetValueOrDefault(key) + 1;
            if (uses > 1) key += "#" + uses.ToString(CultureInfo.InvariantCulture);
            yield return new IngestDocument(origin, new IngestedDocument(key, fields[text], u, F(title), F(outlet), ParseDate(F(date))));
        }
    }

    /// <summary>ISO dates and the US m/d/yyyy form corpora such as FA-KES use.</summary>
    public static DateOnly? ParseDate(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = s.Trim();
        string[] formats = ["yyyy-MM-dd", "M/d/yyyy", "MM/dd/yyyy", "dd-MMM-yy", "d MMMM yyyy", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ"];
        if (DateOnly.TryParseExact(s.Length > 10 && s[4] == '-' ? s[..10] : s, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dt) ? DateOnly.FromDateTime(dt.UtcDateTime) : null;
    }
}
