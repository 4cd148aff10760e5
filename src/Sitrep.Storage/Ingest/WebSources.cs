using System.Net;
using CodeHollow.FeedReader;

namespace Sitrep.Storage.Ingest;

/// <summary>HTML pages (main text, title, outlet, published date via SmartReader) and RSS/Atom feeds (one document per item).</summary>
public static class WebSources
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, ConnectTimeout = TimeSpan.FromSeconds(10) })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    public static IEnumerable<IngestItem> Html(string origin, string html, string? url)
    {
        SmartReader.Article article;
        // a low character threshold: short wire stories are articles too
        try { article = new SmartReader.Reader(url ?? "https://localhost/" + Uri.EscapeDataString(Path.GetFileName(origin)), html) { CharThreshold = 100 }.GetArticle(); }
        catch (Exception e) when (e is not OutOfMemoryException) { return [new IngestFailure(origin, $"HTML could not be parsed ({e.Message})")]; }
        var text = article.TextContent?.Trim();
        if (string.IsNullOrWhiteSpace(text) || text.Length < 40) return [new IngestFailure(origin, "no article text found in the HTML page")];
        var key = url ?? "file:" + Path.GetFullPath(origin);
        DateOnly? published = article.PublicationDate is { Year: > 1 } p ? DateOnly.FromDateTime(p) : null;
        var title = string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim();
        // the page's title opens the text so the headline corroborates the events of the body
        var body = title is not null && !text.StartsWith(title, StringComparison.Ordinal) ? title + "\n\n" + text : text;
        return [new IngestDocument(origin, new IngestedDocument(key, body, url, title, string.IsNullOrWhiteSpace(article.SiteName) ? null : article.SiteName, published))];
    }

    public static IEnumerable<IngestItem> Feed(string origin, string xml)
    {
        Feed feed;
        try { feed = FeedReader.ReadFromString(xml); }
        catch (Exception e) when (e is not OutOfMemoryException) { return [new IngestFailure(origin, $"not a readable RSS/Atom feed ({e.Message})")]; }
        var items = new List<IngestItem>();
        int n = 0;
        foreach (var item in feed.Items)
        {
            n++;
            var itemOrigin = $"{origin}#{n}";
            var raw = item.Content ?? item.Description ?? "";
            var text = PlainText(raw);
            var title = item.Title?.Trim();
            if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(title)) { items.Add(new IngestFailure(itemOrigin, "feed item has neither text nor title")); continue; }
            var body = string.IsNullOrWhiteSpace(title) ? text : string.IsNullOrWhiteSpace(text) ? title! : title + "\n\n" + text;
            var key = !string.IsNullOrWhiteSpace(item.Link) ? item.Link : !string.IsNullOrWhiteSpace(item.Id) ? $"feed:{item.Id}" : $"{origin}#{n}";
            DateOnly? published = item.PublishingDate is { } p ? DateOnly.FromDateTime(p) : null;
            items.Add(new IngestDocument(itemOrigin, new IngestedDocument(key, body, string.IsNullOrWhiteSpace(item.Link) ? null : item.Link, title, feed.Title, published)));
        }
        if (n == 0) items.Add(new IngestFailure(origin, "the feed has no items"));
        return items;
    }

    /// <summary>Fetches a URL (30 s timeout) and reads it as a feed or an HTML page by its content type.</summary>
    public static IEnumerable<IngestItem> Url(string url)
    {
        string body, type;
        try
        {
            using var response = Http.GetAsync(url).GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode) return [new IngestFailure(url, $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}")];
            type = response.Content.Headers.ContentType?.MediaType ?? "";
            body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        }
        catch (HttpRequestException e) { return [new IngestFailure(url, $"could not fetch it (offline or unreachable: {e.Message})")]; }
        catch (TaskCanceledException) { return [new IngestFailure(url, "timed out after 30 s")]; }
        bool feed = type.Contains("rss", StringComparison.OrdinalIgnoreCase) || type.Contains("atom", StringComparison.OrdinalIgnoreCase)
                    || (type.Contains("xml", StringComparison.OrdinalIgnoreCase) && (body.Contains("<rss", StringComparison.OrdinalIgnoreCase) || body.Contains("<feed", StringComparison.OrdinalIgnoreCase)));
        return feed ? Feed(url, body) : Html(url, body, url);
    }

    /// <summary>Text of an HTML fragment, paragraphs on their own lines.</summary>
    public static string PlainText(string html)
    {
        if (html.IndexOf('<') < 0) return WebUtility.HtmlDecode(html).Trim();
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var doc = parser.ParseDocument("<body>" + html + "</body>");
        foreach (var block in doc.QuerySelectorAll("p, br, div, li, h1, h2, h3, h4")) block.Append(doc.CreateTextNode("\n"));
        return string.Join("\n", (doc.Body?.TextContent ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }
}
