using AwesomeAssertions;
using Sitrep.Storage.Ingest;
using Xunit;

namespace Sitrep.Tests.Storage;

public sealed class WebSourcesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-web-src-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var p = Path.Combine(_dir, name);
        File.WriteAllText(p, content);
        return p;
    }

    [Fact]
    public void Html_page_gives_main_text_title_outlet_and_published_date()
    {
        var page = Write("story.html", """
            <html><head><title>Strike on Saraqib kills nine</title>
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2017-06-10T08:00:00Z"></head>
            <body><nav>Home | World | Sport</nav>
            <article><h1>Strike on Saraqib kills nine</h1>
            <p>On Friday, Syrian warplanes struck the town of Saraqib in Idlib province, killing nine civilians, a monitor said.</p>
            <p>The Syrian Observatory for Human Rights said the strike hit a market in the centre of the town as people shopped.</p>
            <p>Rescue workers searched the rubble for survivors late into the night, local activists said.</p></article>
            <footer>Share this article</footer></body></html>
            """);
        var item = DocumentSources.Read([page]).Should().ContainSingle().Subject.Should().BeOfType<IngestDocument>().Subject;
        item.Document.Text.Should().Contain("Syrian warplanes struck the town of Saraqib").And.NotContain("Home | World");
        item.Document.Title.Should().Be("Strike on Saraqib kills nine");
        item.Document.Published.Should().Be(new DateOnly(2017, 6, 10));
    }

    [Fact]
    public void Rss_feed_gives_one_document_per_item_with_link_and_date()
    {
        var feed = Write("feed.rss", """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
            <item><title>Clashes near Afrin</title><link>https://example.org/a</link><pubDate>Tue, 14 Feb 2017 10:00:00 GMT</pubDate>
            <description>&lt;p&gt;Clashes erupted between rebels and Kurdish fighters near Afrin on Tuesday, killing 3.&lt;/p&gt;</description></item>
            <item><title>Shelling in Douma</title><link>https://example.org/b</link><pubDate>Wed, 15 Feb 2017 10:00:00 GMT</pubDate>
            <description>Government forces shelled Douma on Wednesday.</description></item>
            </channel></rss>
            """);
        var docs = DocumentSources.Read([feed]).OfType<IngestDocument>().ToList();
        docs.Select(d => d.Document.Key).Should().Equal("https://example.org/a", "https://example.org/b");
        docs[0].Document.Published.Should().Be(new DateOnly(2017, 2, 14));
        docs[0].Document.Text.Should().Contain("Clashes erupted").And.NotContain("<p>");
        docs[0].Document.Outlet.Should().Be("Example Wire");
    }

    [Fact]
    public void Malformed_feed_xml_is_one_clear_failure() =>
        DocumentSources.Read([Write("broken.xml", "<rss><channel><item><title>oops</channel>")]).Should().ContainSingle()
            .Which.Should().BeOfType<IngestFailure>().Which.Reason.Should().Contain("feed");

    [Fact]
    public void Unreachable_url_is_a_clear_failure_not_a_crash() =>
        DocumentSources.Read(["http://127.0.0.1:9/nothing-listens-here"]).Should().ContainSingle()
            .Which.Should().BeOfType<IngestFailure>().Which.Reason.Should().Contain("could not fetch");
}
