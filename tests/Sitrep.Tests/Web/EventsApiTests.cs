using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AwesomeAssertions;
using Xunit;

namespace Sitrep.Tests.Web;

public sealed class EventsApiTests(WebFixture web) : IClassFixture<WebFixture>
{
    private HttpClient Client => web.Factory.CreateClient();

    private async Task<JsonElement> Json(string url)
    {
        var res = await Client.GetAsync(url, TestContext.Current.CancellationToken);
        res.StatusCode.Should().Be(HttpStatusCode.OK, url);
        return JsonDocument.Parse(await res.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
    }

    [Fact]
    public async Task Events_are_listed_with_the_extraction_contract()
    {
        var root = await Json("/api/events?limit=50");
        var events = root.GetProperty("events");
        events.GetArrayLength().Should().BeGreaterThan(5);
        var e = events[0];
        e.GetProperty("cluster_id").GetString().Should().NotBeNullOrEmpty();
        e.GetProperty("event").GetProperty("id").GetString().Should().Be(e.GetProperty("id").GetString());
        e.GetProperty("event").TryGetProperty("sub_event_type", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Filters_narrow_the_list()
    {
        int all = (await Json("/api/events?limit=5000")).GetProperty("events").GetArrayLength();
        var battles = (await Json("/api/events?type=Battles&limit=5000")).GetProperty("events");
        battles.GetArrayLength().Should().BeLessThan(all);
        battles.EnumerateArray().Should().OnlyContain(e => e.GetProperty("event").GetProperty("event_type").GetString() == "Battles");
        var syria = (await Json("/api/events?bbox=35.5,32.3,42.4,37.4&limit=5000")).GetProperty("events");
        syria.EnumerateArray().Should().OnlyContain(e => e.GetProperty("event").GetProperty("location").GetProperty("lat").GetDouble() >= 32.3);
        var dated = (await Json("/api/events?from=2016-01-01&to=2016-12-31&limit=5000")).GetProperty("events");
        dated.EnumerateArray().Should().OnlyContain(e => e.GetProperty("event").GetProperty("date").GetString()!.StartsWith("2016"));
        var actor = (await Json("/api/events?actor=Syria&limit=5000")).GetProperty("events");
        actor.GetArrayLength().Should().BeGreaterThan(0).And.BeLessThan(all);
        var text = (await Json("/api/events?q=killed&limit=5000")).GetProperty("events");
        text.EnumerateArray().Should().OnlyContain(e => e.GetProperty("event").GetProperty("evidence").GetProperty("text").GetString()!.Contains("killed", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Cursor_paging_visits_every_event_once()
    {
        int all = (await Json("/api/events?limit=5000")).GetProperty("events").GetArrayLength();
        var seen = new HashSet<string>();
        string? cursor = null;
        do
        {
            var page = await Json("/api/events?limit=7" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            foreach (var e in page.GetProperty("events").EnumerateArray()) seen.Add(e.GetProperty("id").GetString()!).Should().BeTrue();
            cursor = page.GetProperty("next_cursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next_cursor").GetString();
        } while (cursor is not null);
        seen.Count.Should().Be(all);
    }

    [Fact]
    public async Task Incidents_merge_the_reports_of_each_cluster_and_page_like_events()
    {
        var events = (await Json("/api/events?limit=5000")).GetProperty("events").EnumerateArray().ToList();
        var clusters = events.Select(e => e.GetProperty("cluster_id").GetString()).ToHashSet();
        var incidents = (await Json("/api/incidents?limit=5000")).GetProperty("incidents").EnumerateArray().ToList();
        incidents.Select(i => i.GetProperty("id").GetString()).Should().BeEquivalentTo(clusters);
        incidents.Sum(i => i.GetProperty("event").GetProperty("reports").GetInt32()).Should().BeLessThanOrEqualTo(events.Count);
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Json("/api/incidents?limit=4" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            seen.AddRange(page.GetProperty("incidents").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            cursor = page.GetProperty("next_cursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next_cursor").GetString();
        } while (cursor is not null);
        seen.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(clusters);
        (await Client.GetAsync("/api/incidents?from=tomorrow", TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task GeoJson_by_accept_header_or_format()
    {
        var req = new HttpRequestMessage(HttpMethod.Get, "/api/events?limit=20");
        req.Headers.Accept.ParseAdd("application/geo+json");
        var res = await Client.SendAsync(req, TestContext.Current.CancellationToken);
        res.Content.Headers.ContentType!.MediaType.Should().Be("application/geo+json");
        var fc = JsonDocument.Parse(await res.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        fc.GetProperty("type").GetString().Should().Be("FeatureCollection");
        fc.GetProperty("features")[0].GetProperty("geometry").GetProperty("type").GetString().Should().Be("Point");
        (await Json("/api/events?format=geojson&limit=5")).GetProperty("type").GetString().Should().Be("FeatureCollection");
    }

    [Fact]
    public async Task One_event_has_its_document_and_evidence_spans()
    {
        var id = (await Json("/api/events?limit=1")).GetProperty("events")[0].GetProperty("id").GetString()!;
        var d = await Json("/api/events/" + Uri.EscapeDataString(id));
        var text = d.GetProperty("document").GetProperty("text").GetString()!;
        var ev = d.GetProperty("event").GetProperty("evidence");
        text[ev.GetProperty("start").GetInt32()..ev.GetProperty("end").GetInt32()].Should().Be(ev.GetProperty("text").GetString());
        d.GetProperty("reports").ValueKind.Should().Be(JsonValueKind.Array);
        (await Client.GetAsync("/api/events/nope", TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Stats_count_by_day_and_type()
    {
        var s = await Json("/api/stats");
        s.GetProperty("total").GetInt32().Should().Be(s.GetProperty("by_day").EnumerateArray().Sum(x => x.GetProperty("count").GetInt32()));
        var battles = await Json("/api/stats?type=Battles");
        battles.GetProperty("by_day").EnumerateArray().Should().OnlyContain(x => x.GetProperty("type").GetString() == "Battles");
    }

    [Fact]
    public async Task Changes_feed_since_a_sequence_number()
    {
        var all = (await Json("/api/changes")).EnumerateArray().ToList();
        all.Should().NotBeEmpty();
        var later = (await Json("/api/changes?since=" + all[^3].GetProperty("seq").GetInt64())).EnumerateArray().ToList();
        later.Should().HaveCount(2);
    }

    [Fact]
    public async Task Extract_endpoint_codes_text_and_stores_nothing()
    {
        int before = (await Json("/api/stats")).GetProperty("total").GetInt32();
        var res = await Client.PostAsJsonAsync("/api/extract", new { text = "On Tuesday, Russian warplanes struck a market in Idlib, killing 6 civilians.", published = "2017-06-08" }, TestContext.Current.CancellationToken);
        res.StatusCode.Should().Be(HttpStatusCode.OK);
        var doc = JsonDocument.Parse(await res.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        doc.GetProperty("events")[0].GetProperty("date").GetString().Should().Be("2017-06-06");
        (await Json("/api/stats")).GetProperty("total").GetInt32().Should().Be(before);
    }

    [Fact]
    public async Task OpenApi_document_lists_the_endpoints()
    {
        var doc = await Json("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var p in new[] { "/api/events", "/api/events/{id}", "/api/stats", "/api/changes", "/api/extract" }) paths.TryGetProperty(p, out _).Should().BeTrue(p);
    }

    [Theory]
    [InlineData("/api/events?bbox=1,2,3", "bbox")]
    [InlineData("/api/events?bbox=10,50,5,40", "bbox")]
    [InlineData("/api/events?from=yesterday", "from")]
    [InlineData("/api/events?to=2017-13-01", "to")]
    [InlineData("/api/events?from=2017-06-09&to=2017-06-01", "from")]
    [InlineData("/api/events?limit=0", "limit")]
    [InlineData("/api/events?limit=abc", "limit")]
    [InlineData("/api/events?cursor=!!!", "cursor")]
    [InlineData("/api/events?format=xml", "format")]
    [InlineData("/api/stats?from=x", "from")]
    [InlineData("/api/changes?since=soon", "since")]
    public async Task Invalid_parameters_answer_400_naming_the_parameter(string url, string parameter)
    {
        var res = await Client.GetAsync(url, TestContext.Current.CancellationToken);
        res.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        res.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = JsonDocument.Parse(await res.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        problem.GetProperty("parameter").GetString().Should().Be(parameter);
    }

    [Fact]
    public async Task Extract_rejects_bad_bodies_with_400()
    {
        var empty = await Client.PostAsync("/api/extract", new StringContent("{\"text\":\"\"}", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var badDate = await Client.PostAsync("/api/extract?published=06/08/2017", new StringContent("Gunmen killed 5 people in Homs.", Encoding.UTF8, "text/plain"), TestContext.Current.CancellationToken);
        badDate.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var big = await Client.PostAsync("/api/extract", new StringContent(new string('a', (1 << 20) + 10), Encoding.UTF8, "text/plain"), TestContext.Current.CancellationToken);
        big.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
