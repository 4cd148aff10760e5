using System.Text.Json;
using AwesomeAssertions;
using Microsoft.Playwright;
using Sitrep.Storage.Ingest;
using Sitrep.Storage.Sqlite;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Web;

/// <summary>Drives Debian's chromium against a running server (never a downloaded browser). Skipped where chromium is absent.</summary>
public sealed class MapPageBrowserTests(ITestOutputHelper output) : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-browser-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private string Database()
    {
        var db = Path.Combine(_dir, "map.db");
        var inputs = new List<string> { Path.Combine(AppContext.BaseDirectory, "samples") };
        if (Some.Shared is { } shared)
        {
            // the seed article, with its publication date, so the page shows Al Tanf and Raqqa
            var seed = Path.Combine(_dir, "seed.jsonl");
            File.WriteAllText(seed, JsonSerializer.Serialize(new { id = "seed", text = File.ReadAllText(Path.Combine(shared, "seed", "drone-al-tanf-2017.txt")), published = "2017-06-08", title = "Pro-regime drone shot down in Syria" }) + "\n");
            inputs.Add(seed);
        }
        using var store = new SqliteEventStore(db);
        new IngestRunner(Some.Extractor, store).Run(DocumentSources.Read(inputs));
        return db;
    }

    [Fact]
    public async Task The_page_loads_cleanly_shows_the_seed_events_the_brush_narrows_and_a_marker_opens_its_evidence()
    {
        if (!File.Exists(Chromium)) { Assert.Skip($"{Chromium} is not installed (CI installs Debian's chromium)"); return; }
        var ct = TestContext.Current.CancellationToken;
        var app = Sitrep.Web.SitrepWeb.Create(["--urls", "http://127.0.0.1:0", "--Sitrep:Db", Database()]);
        await app.StartAsync(ct);
        try
        {
            var url = app.Urls.First();
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
            var errors = new List<string>();
            page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
            page.PageError += (_, e) => errors.Add(e);
            await page.GotoAsync(url + "/");
            await page.WaitForFunctionAsync("() => Number(document.body.dataset.markers) > 0 && document.querySelector('#timeline canvas')");
            int before = await page.EvaluateAsync<int>("() => Number(document.body.dataset.markers)");
            output.WriteLine($"markers: {before}");

            if (Some.Shared is not null)
            {
                // the seed's events at Al Tanf (33.5, 38.65) and Raqqa (35.95, 39.01)
                var near = await page.EvaluateAsync<bool[]>(@"() => {
                    const near = (la, lo) => window.sitrep.events.some(i => i.event.location && Math.abs(i.event.location.lat - la) < 0.3 && Math.abs(i.event.location.lon - lo) < 0.3);
                    return [near(33.5, 38.65), near(35.95, 39.01)]; }");
                near.Should().Equal([true, true]);
            }

            // drag across the middle of the timeline: the map keeps only that range
            var over = await page.QuerySelectorAsync("#timeline .u-over");
            var box = (await over!.BoundingBoxAsync())!;
            await page.Mouse.MoveAsync(box.X + box.Width * 0.55f, box.Y + box.Height / 2);
            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync(box.X + box.Width * 0.75f, box.Y + box.Height / 2, new MouseMoveOptions { Steps = 8 });
            await page.Mouse.UpAsync();
            await page.WaitForFunctionAsync("() => window.sitrep.state.from !== undefined");
            await page.WaitForFunctionAsync($"() => Number(document.body.dataset.markers) < {before}");
            int after = await page.EvaluateAsync<int>("() => Number(document.body.dataset.markers)");
            output.WriteLine($"markers after the brush: {after}");
            after.Should().BeLessThan(before);
            (await page.EvaluateAsync<string>("() => location.hash")).Should().Contain("from=");

            // back to all dates, zoom onto one event and click its marker
            await page.ClickAsync("#clear");
            await page.WaitForFunctionAsync($"() => Number(document.body.dataset.markers) === {before}");
            var target = await page.EvaluateAsync<JsonElement>(@"() => {
                const i = window.sitrep.events.find(x => x.event.location && (x.event.location.name.includes('Tanf') || x.event.event_type === 'Battles')) ?? window.sitrep.events.find(x => x.event.location);
                return { id: i.id, lat: i.event.location.lat, lon: i.event.location.lon, evidence: i.event.evidence.text }; }");
            var id = target.GetProperty("id").GetString()!;
            (await page.EvaluateAsync<bool>("id => window.sitrep.showMarker(id)", id)).Should().BeTrue();
            await page.WaitForTimeoutAsync(500);
            var marker = page.Locator($"path[data-event='{id}']");
            await marker.ClickAsync(new LocatorClickOptions { Force = true });
            await page.WaitForSelectorAsync("#panel:not([hidden]) mark.main");
            var shown = await page.TextContentAsync("#panel .evidence-sentence");
            shown.Should().NotBeNullOrWhiteSpace();
            (await page.TextContentAsync("#panel mark.main")).Should().Be(shown);

            // one marker per incident: the merged reports of each cluster, as many as there are clusters with a place
            await page.CheckAsync("#incidents");
            await page.WaitForFunctionAsync("() => document.getElementById('count').textContent.endsWith('incidents')");
            var incidents = await page.EvaluateAsync<int[]>(@"() => [Number(document.body.dataset.markers), window.sitrep.events.filter(i => i.event.location).length,
                window.sitrep.events.reduce((n, i) => n + i.event.reports, 0)]");
            output.WriteLine($"incident markers: {incidents[0]}, reports: {incidents[2]}");
            incidents[0].Should().Be(incidents[1]).And.BeGreaterThan(0).And.BeLessThanOrEqualTo(before);
            (await page.EvaluateAsync<string>("() => location.hash")).Should().Contain("incidents=1");
            // an incident marker opens the merged incident: its fields, the reports they came from, every report's evidence
            // (one alone at its point: markers sharing a point open through the cluster's spider, not by zooming)
            var incidentId = await page.EvaluateAsync<string>(@"() => {
                const placed = window.sitrep.events.filter(i => i.event.location), key = i => i.event.location.lat + ',' + i.event.location.lon, n = new Map();
                for (const i of placed) n.set(key(i), (n.get(key(i)) ?? 0) + 1);
                return (placed.find(i => n.get(key(i)) === 1) ?? placed[0]).id; }");
            (await page.EvaluateAsync<bool>("id => window.sitrep.showMarker(id)", incidentId)).Should().BeTrue();
            await page.WaitForTimeoutAsync(500);
            await page.Locator($"path[data-event='{incidentId}']").ClickAsync(new LocatorClickOptions { Force = true });
            await page.WaitForSelectorAsync("#panel:not([hidden]) ul.incident-evidence li");
            (await page.TextContentAsync("#panel h2"))!.Should().StartWith("Incident:");
            (await page.EvaluateAsync<string>("() => location.hash")).Should().Contain("incident=" + Uri.EscapeDataString(incidentId));
            await page.ClickAsync("#panel a.from");
            await page.WaitForSelectorAsync("#panel mark.main");
            await page.UncheckAsync("#incidents");
            await page.WaitForFunctionAsync($"() => Number(document.body.dataset.markers) === {before}");

            var shot = Path.Combine(AppContext.BaseDirectory, "artifacts", "map-page.png");
            Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot });
            TestContext.Current.AddAttachment("map-page.png", await File.ReadAllBytesAsync(shot, ct), "image/png");
            output.WriteLine($"screenshot: {shot}");
            errors.Should().BeEmpty();
        }
        finally
        {
            await app.StopAsync(ct);
            await app.DisposeAsync();
        }
    }
}
