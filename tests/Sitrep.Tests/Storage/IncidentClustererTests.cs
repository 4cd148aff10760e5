using AwesomeAssertions;
using CsCheck;
using Sitrep.Events;
using Sitrep.Storage.Relational;
using Xunit;

namespace Sitrep.Tests.Storage;

public class IncidentClustererTests
{
    /// <summary>Reports of a few nearby places over three days: dense enough that links compete for the same clusters.</summary>
    private static readonly Gen<ClusterItem[]> Reports =
        Gen.Select(Gen.Int[0, 2], Gen.Double[35.0, 35.5], Gen.Double[36.0, 36.5], Gen.Int[1, 3], Gen.OneOf<string?>(null, "SY01", "SY02"),
                Gen.OneOf<string?>(null, "SY", "RU", "TR"), Gen.Int[-1, 60].Select(f => f < 0 ? null : (int?)f),
                Gen.OneOf<string>(EventType.Battles, EventType.Explosions, EventType.Protests))
            .Select((day, lat, lon, precision, admin1, actor, toll, type) => (day, lat, lon, precision, admin1, actor, toll, type))
            .Array[1, 14]
            .Select(rows => rows.Select((r, i) => new ClusterItem($"e-{i:D2}", i % 5, r.type, 740_000 + r.day, i % 4 != 0, r.lat, r.lon, r.precision,
                r.precision == 3 && i % 3 == 0 ? null : r.admin1, "SY", r.actor, null, r.toll)).ToArray());

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

    [Fact]
    public void No_cluster_spans_more_than_a_day_of_precisely_dated_reports()
    {
        Reports.Sample(items =>
        {
            var clusters = IncidentClusterer.Cluster(items);
            foreach (var cluster in items.Where(i => i.Constrained && !i.Vague).GroupBy(i => clusters[i.Id]))
                (cluster.Max(i => i.Day) - cluster.Min(i => i.Day)).Should().BeLessThanOrEqualTo(1);
        });
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
