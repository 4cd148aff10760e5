using AwesomeAssertions;
using CsCheck;
using Sitrep.Events;
using Sitrep.Storage.Relational;
using Xunit;

namespace Sitrep.Tests.Storage;

public class IncidentClustererTests
{
    /// <summary>Reports of a few nearby places over a week: dense enough that links compete for the same clusters.</summary>
    private static readonly Gen<ClusterItem[]> Reports =
        Gen.Select(Gen.Int[0, 6], Gen.Double[35.0, 35.5], Gen.Double[36.0, 36.5], Gen.Int[1, 3], Gen.OneOf<string?>(null, "SY01", "SY02"),
                Gen.OneOf<string?>(null, "SY", "RU", "TR"), Gen.Int[-1, 60].Select(f => f < 0 ? null : (int?)f),
                Gen.OneOf<string>(EventType.Battles, EventType.Explosions, EventType.Protests))
            .Select((day, lat, lon, precision, admin1, actor, toll, type) => (day, lat, lon, precision, admin1, actor, toll, type))
            .Array[1, 14]
            .Select(rows => rows.Select((r, i) => new ClusterItem($"e-{i:D2}", i % 5, r.type, 740_000 + r.day, r.lat, r.lon, r.precision,
                r.precision == 3 && i % 3 == 0 ? null : r.admin1, "SY", r.actor, null, r.toll,
                // (a few at one of two named sites of the area, which never share a cluster)
                r.precision == 1 ? (i % 4) switch { 1 => "site-a", 2 => "site-b", _ => null } : null,
                // (and about half dated by their own text, a few of the others by their publication alone)
                Dated: (r.day + i) % 2 == 0, ByPublication: (r.day + i) % 2 == 1 && i % 3 == 0)).ToArray());

    [Fact]
    public void Clusters_do_not_depend_on_the_order_reports_arrive_in()
    {
        Gen.Select(Reports, Gen.Int).Sample((items, seed) =>
        {
            var shuffled = items.ToArray();
            new Random(seed).Shuffle(shuffled);
            IncidentClusterer.Cluster(shuffled).Should().BeEquivalentTo(IncidentClusterer.Cluster(items));
        });
    }

    /// <summary>Reports anywhere on earth, near the poles and across ±180° too, many near one another and near the grids' cell edges, a few placed only in a province.</summary>
    private static readonly Gen<ClusterItem[]> WorldReports =
        Gen.Select(Gen.OneOf(Gen.Double[-90, 90], Gen.Double[88, 90], Gen.Double[-90, -88]), Gen.OneOf(Gen.Double[-180, 180], Gen.Double[179, 180], Gen.Double[-180, -179]),
                Gen.Int[0, 2], Gen.Int[1, 3]).Array[1, 6]
            .SelectMany(centres => Gen.Select(Gen.Int[0, centres.Length - 1], Gen.Double[-0.6, 0.6], Gen.Double[-0.9, 0.9], Gen.Int[0, 2], Gen.Int[0, 9])
                .Array[2, 40].Select(rows => rows.Select((r, i) =>
                {
                    var (lat, lon, day, precision) = centres[r.Item1];
                    double y = Math.Clamp(lat + r.Item2, -90, 90), x = lon + r.Item3;
                    return new ClusterItem($"e-{i:D2}", i, EventType.Explosions, 740_000 + day + r.Item4 % 2, y, x > 180 ? x - 360 : x < -180 ? x + 360 : x,
                        r.Item5 == 0 ? 3 : precision == 3 ? 1 : precision, r.Item5 == 0 ? "A" + r.Item1 : null, "XX", null, null, null);
                }).ToArray()));

    [Fact]
    public void The_grids_find_the_links_every_pair_would()
    {
        WorldReports.Sample(items => IncidentClusterer.Cluster(items).Should().BeEquivalentTo(IncidentClusterer.Cluster(items, everyPair: true)), iter: 2000);
    }

    [Fact]
    public void No_cluster_spans_more_than_a_day()
    {
        Reports.Sample(items =>
        {
            var clusters = IncidentClusterer.Cluster(items);
            foreach (var cluster in items.GroupBy(i => clusters[i.Id]))
                (cluster.Max(i => i.Day) - cluster.Min(i => i.Day)).Should().BeLessThanOrEqualTo(1);
        });
    }

    [Fact]
    public void No_cluster_of_towns_is_wider_than_two_links()
    {
        // (anywhere on earth too: across ±180° a box of longitudes must not wrap round the world)
        Gen.OneOf(Reports, WorldReports).Sample(items =>
        {
            var clusters = IncidentClusterer.Cluster(items);
            foreach (var cluster in items.Where(i => !i.Regional).GroupBy(i => clusters[i.Id]))
                foreach (var a in cluster)
                    foreach (var b in cluster)
                        Sitrep.Places.Place.DistanceKm(a.Lat, a.Lon, b.Lat, b.Lon).Should().BeLessThanOrEqualTo(50.01);
        });
    }

    [Fact]
    public void Strikes_on_a_string_of_villages_across_the_antimeridian_do_not_chain_into_one_incident()
    {
        // Fiji's Taveuni lies across 180°: eight villages 0.2° (21 km) apart from 179.0° to -179.6°
        var items = Enumerable.Range(0, 8).Select(k => Report($"v{k}", 0, -16.5, 179.0 + 0.2 * k > 180 ? 179.0 + 0.2 * k - 360 : 179.0 + 0.2 * k, 1, "FJ01", 5)).ToArray();
        var clusters = IncidentClusterer.Cluster(items);
        foreach (var cluster in items.GroupBy(i => clusters[i.Id]))
            foreach (var a in cluster)
                foreach (var b in cluster)
                    Sitrep.Places.Place.DistanceKm(a.Lat, a.Lon, b.Lat, b.Lon).Should().BeLessThanOrEqualTo(50.01);
    }

    [Fact]
    public void Strikes_on_a_string_of_villages_do_not_chain_into_one_incident()
    {
        // four villages 24 km apart along a road, struck the same day: each pair of neighbours may be one incident, the
        // ends 72 km apart are not
        var items = Enumerable.Range(0, 4).Select(k => Report($"v{k}", 0, 35.0 + k * 24 / 111.19, 36.5, 1, "SY01", 5)).ToArray();
        var clusters = IncidentClusterer.Cluster(items);
        clusters["v0"].Should().NotBe(clusters["v3"]);
    }

    private static ClusterItem Report(string id, int day, double lat, double lon, int precision, string? admin1, int? toll) =>
        new(id, id.Aggregate(17L, (h, c) => h * 31 + c), EventType.Explosions, 740_000 + day, lat, lon, precision, admin1, "SY", "SY", null, toll);

    [Fact]
    public void Country_level_reports_of_consecutive_days_are_not_one_incident()
    {
        var items = Enumerable.Range(0, 8).Select(d => Report($"v{d}", d, 35.0, 38.0, 3, null, 10)).ToArray();
        IncidentClusterer.Cluster(items).Values.Distinct().Should().HaveCountGreaterThan(4);
    }

    [Fact]
    public void A_country_level_report_placed_at_the_country_point_does_not_chain_two_towns_near_it()
    {
        // "in Syria" lies at (35, 38): within 150 km of Palmyra and of Raqqa, which are 160 km apart
        ClusterItem[] items = [Report("syria", 0, 35.0, 38.0, 3, null, 10), Report("palmyra", 0, 34.5624, 38.284, 1, "14", 9), Report("raqqa", 0, 35.9528, 39.0079, 1, "04", 8)];
        var clusters = IncidentClusterer.Cluster(items);
        clusters["palmyra"].Should().NotBe(clusters["raqqa"]);
    }

    [Fact]
    public void Two_named_sites_of_one_city_are_two_incidents_and_a_city_report_joins_only_one()
    {
        // Sheikh Maqsoud and al-Sakhour lie 4 km apart in Aleppo; a report placed only "in Aleppo" is near both
        ClusterItem[] items =
        [
            Report("maqsoud", 0, 36.228, 37.152, 1, "09", 7) with { Site = "Sheikh Maqsoud" },
            Report("sakhour", 0, 36.220, 37.190, 1, "09", 8) with { Site = "Al-Sakhour" },
            Report("aleppo", 0, 36.2012, 37.1612, 1, "09", 7),
            Report("maqsoud-again", 0, 36.228, 37.152, 1, "09", 9) with { Site = "Sheikh Maqsoud" },
        ];
        var clusters = IncidentClusterer.Cluster(items);
        clusters["maqsoud"].Should().NotBe(clusters["sakhour"]);
        clusters["maqsoud-again"].Should().Be(clusters["maqsoud"]);
        new[] { clusters["maqsoud"], clusters["sakhour"] }.Should().Contain(clusters["aleppo"]);
    }

    [Fact]
    public void Two_texts_naming_consecutive_days_tell_two_strikes_but_a_report_dated_by_publication_joins_the_day_before()
    {
        // Monday's air strikes on Aleppo and Tuesday's, each dated by its own text, and Tuesday's story of Monday's
        // strike ("yesterday"), dated by its text too
        ClusterItem[] dated =
        [
            Report("monday", 0, 36.2012, 37.1612, 1, "09", 10) with { Dated = true },
            Report("tuesday", 1, 36.2012, 37.1612, 1, "09", 12) with { Dated = true },
            Report("monday-told-tuesday", 0, 36.2012, 37.1612, 1, "09", 11) with { Dated = true },
        ];
        var clusters = IncidentClusterer.Cluster(dated);
        clusters["monday"].Should().NotBe(clusters["tuesday"]);
        clusters["monday-told-tuesday"].Should().Be(clusters["monday"]);

        // a Tuesday story that names no day may tell Monday's strike late
        ClusterItem[] late = [dated[0], Report("undated-tuesday-story", 1, 36.2012, 37.1612, 1, "09", 10)];
        clusters = IncidentClusterer.Cluster(late);
        clusters["undated-tuesday-story"].Should().Be(clusters["monday"]);
    }

    [Fact]
    public void Report_dated_only_by_its_publication_tells_no_act_of_a_later_day()
    {
        // Sunday's story "Syrian army kills 31 in Raqqa province" (no day in its text) and Monday's story of Monday's raids
        // there: a report cannot tell an act after it was published, but may tell the day before's or its own day's
        ClusterItem[] items =
        [
            Report("sunday-story", 0, 35.9528, 39.0079, 1, "04", null) with { ByPublication = true },
            Report("monday-raids", 1, 35.9528, 39.0079, 1, "04", null) with { Dated = true },
        ];
        var clusters = IncidentClusterer.Cluster(items);
        clusters["sunday-story"].Should().NotBe(clusters["monday-raids"]);

        ClusterItem[] publishedTuesday = [items[0] with { Day = 740_002 }, items[1]];
        clusters = IncidentClusterer.Cluster(publishedTuesday);
        clusters["sunday-story"].Should().Be(clusters["monday-raids"]);
        // (a day named with the night — "overnight", "late on Sunday" — may run into the next day, and is not dated by publication)
        ClusterItem[] night = [items[0] with { ByPublication = false }, items[1]];
        clusters = IncidentClusterer.Cluster(night);
        clusters["sunday-story"].Should().Be(clusters["monday-raids"]);
    }

    [Fact]
    public void Country_level_report_naming_no_day_joins_the_day_befores_incident_when_none_of_its_own_day_fits()
    {
        // "US-led strikes on Syria killed 35 jihadists overnight", published the day after the Hasakah strikes were reported
        ClusterItem[] items =
        [
            Report("hasakah", 0, 36.5024, 40.7477, 1, "07", 35),
            Report("syria-overnight", 1, 35.0, 38.0, 3, null, 35),
            Report("syria-named-day", 1, 35.0, 38.0, 3, null, 35) with { Dated = true },
        ];
        var clusters = IncidentClusterer.Cluster(items);
        clusters["syria-overnight"].Should().Be(clusters["hasakah"]);
        clusters["syria-named-day"].Should().NotBe(clusters["hasakah"]);
    }

    [Fact]
    public void Country_level_report_prefers_an_incident_of_its_own_day()
    {
        ClusterItem[] items =
        [
            Report("raqqa-yesterday", 0, 35.9528, 39.0079, 1, "04", 20),
            Report("aleppo-today", 1, 36.2012, 37.1612, 1, "09", 20),
            Report("syria-today", 1, 35.0, 38.0, 3, null, 20),
        ];
        var clusters = IncidentClusterer.Cluster(items);
        clusters["syria-today"].Should().Be(clusters["aleppo-today"]);
    }

    [Fact]
    public void A_cluster_is_named_by_its_least_event_id()
    {
        Reports.Sample(items =>
        {
            var clusters = IncidentClusterer.Cluster(items);
            foreach (var cluster in items.GroupBy(i => clusters[i.Id]))
                cluster.Key.Should().Be(cluster.Select(i => i.Id).Min(StringComparer.Ordinal));
        });
    }
}
