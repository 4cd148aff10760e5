using System.Diagnostics;
using System.Text;
using System.Text.Json;
using AwesomeAssertions;
using CsCheck;
using Sitrep.Storage;
using Sitrep.Storage.Ingest;
using Sitrep.Storage.Sqlite;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Storage;

/// <summary>The store contract, run against every store kind (SQLite here; PostgreSQL below when a server is there).</summary>
public abstract class EventStoreContractTests : IDisposable
{
    protected readonly string _dir = Directory.CreateTempSubdirectory("sitrep-store-").FullName;

    public virtual void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>The --db value of a fresh, empty database named <paramref name="name"/>.</summary>
    protected abstract string Db(string name = "t");

    private IEventStore Open(string db, TimeProvider? clock = null) => EventStores.Open(db, clock);

    private static IngestSummary Ingest(IEventStore store, params string[] paths) =>
        new IngestRunner(Some.Extractor, store, batchSize: 8).Run(DocumentSources.Read(paths));

    /// <summary>The golden articles as a JSONL corpus, each repeated with distinct ids.</summary>
    private string Corpus(int repeat, string name = "corpus.jsonl", int offset = 0)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Golden", "articles");
        var sb = new StringBuilder();
        var files = Directory.GetFiles(dir, "*.txt").Order().ToArray();
        for (int r = 0; r < repeat; r++)
            foreach (var f in files)
            {
                var gold = JsonDocument.Parse(File.ReadAllText(f.Replace(".txt", ".gold.json"))).RootElement;
                sb.Append(JsonSerializer.Serialize(new { id = $"{Path.GetFileNameWithoutExtension(f)}-{r + offset}", text = File.ReadAllText(f), published = gold.GetProperty("published").GetString() })).Append('\n');
            }
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    private string Snapshot(string db)
    {
        using var store = Open(db);
        var events = store.Events(new EventQuery());
        return string.Join("\n", events.Select(e => $"{e.Id}|{e.DocumentKey}|{e.SubEventType}|{e.Date}|{e.Fatalities}")) + $"\n{Partition(store)}\n{store.Counts() with { Changes = 0 }}";
    }

    [Fact]
    public void Ingesting_the_same_corpus_twice_changes_nothing()
    {
        var corpus = Corpus(2);
        using var store = Open(Db());
        var first = Ingest(store, corpus);
        var counts = store.Counts();
        var second = Ingest(store, corpus);
        first.Created.Should().Be(10);
        second.Unchanged.Should().Be(10);
        store.Counts().Should().Be(counts);
        counts.Events.Should().BeGreaterThan(0);
    }

    [Fact]
    public void A_corrected_article_keeps_its_event_ids_and_shows_in_the_change_log()
    {
        var path = Path.Combine(_dir, "a.txt");
        File.WriteAllText(path, "On Monday, Russian warplanes struck a market in Idlib, killing 6 civilians.\n\nRebels shelled Aleppo on Monday, killing 2 people.");
        using var store = Open(Db(), new FixedClock(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero)));
        Ingest(store, path);
        var before = store.Events(new EventQuery()).Select(e => (e.Id, e.SubEventType)).OrderBy(x => x.Id).ToList();
        long seq = store.Counts().Changes;
        File.WriteAllText(path, "On Monday, Russian warplanes struck a market in Idlib, killing 7 civilians.\n\nRebels shelled Aleppo on Monday, killing 2 people.");
        Ingest(store, path).Updated.Should().Be(1);
        var after = store.Events(new EventQuery()).Select(e => (e.Id, e.SubEventType)).OrderBy(x => x.Id).ToList();
        after.Should().Equal(before);
        store.Events(new EventQuery()).Single(e => e.SubEventType == "Air/drone strike").Fatalities.Should().Be(7);
        var changes = store.Changes(seq);
        changes.Should().Contain(c => c.Op == "update" && c.Entity == "document");
        changes.Should().Contain(c => c.Op == "update" && c.Entity == "event");
        changes.Should().NotContain(c => c.Op == "create" && c.Entity == "event");
    }

    /// <summary>Each report written to its own file, named <paramref name="prefix"/> and its index.</summary>
    private string[] Files(string prefix, string[] reports) => [.. reports.Select((text, i) =>
    {
        var path = Path.Combine(_dir, $"{prefix}{i}.txt");
        File.WriteAllText(path, text);
        return path;
    })];

    /// <summary>
    /// The clusters as sets of event ids, one line each (which event names a cluster depends on what the store held
    /// before: a cluster keeps its name when reports join it).
    /// </summary>
    protected static string Partition(IEventStore store) => string.Join("\n", store.Events(new EventQuery())
        .GroupBy(e => e.ClusterId).Select(c => string.Join(' ', c.Select(e => e.Id).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));

    /// <summary>Ingests each report as its own file into a fresh store, one after another: the cluster ids of each report's events.</summary>
    private List<List<string>> ClustersOf(params string[] reports)
    {
        var paths = Files("r", reports);
        using var store = Open(Db());
        foreach (var path in paths) Ingest(store, path);
        var events = store.Events(new EventQuery());
        return [.. paths.Select(p => events.Where(e => e.DocumentKey.EndsWith(Path.GetFileName(p))).Select(e => e.ClusterId).ToList())];
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_country_level_report_does_not_chain_two_towns_whichever_arrives_first(int first)
    {
        string[] reports =
        [
            "Published 10 June 2017. On Friday, Syrian warplanes killed 10 civilians in an air strike in Syria.",
            "Published 10 June 2017. On Friday, Syrian warplanes struck the town of Daraa, killing 9 civilians.",
            "Published 10 June 2017. On Friday, Syrian warplanes struck the town of Douma near Damascus, killing 8 civilians.",
        ];
        var clusters = ClustersOf([.. reports.Skip(first), .. reports.Take(first)]).SelectMany(c => c).ToList();
        clusters.Should().HaveCount(3).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Reports_of_one_incident_merge_into_one_with_the_most_precise_place_and_the_lowest_corroborated_toll()
    {
        string[] reports =
        [
            "Published 4 April 2017. A suspected chemical attack in Syria's northwestern province of Idlib killed at least 15 people on Tuesday, a monitor said.",
            "Published 4 April 2017. A suspected chemical attack on the town of Khan Sheikhun killed at least 58 people on Tuesday, a monitor said.",
            "Published 5 April 2017. The toll from the chemical attack on the town of Khan Sheikhun on Tuesday has risen to 72 dead, a monitor said.",
            "Published 4 April 2017. Activists said 58 people died on Tuesday when a chemical attack hit Khan Sheikhun.",
        ];
        var paths = Files("r", reports);
        using var store = Open(Db());
        Ingest(store, paths);
        var events = store.Events(new EventQuery());
        events.Should().HaveCount(4);

        var incident = Incidents.Query(store, new EventQuery()).Should().ContainSingle().Subject;
        incident.Id.Should().Be(events[0].ClusterId);
        incident.Date.Should().Be("2017-04-04");
        var json = JsonDocument.Parse(incident.Json).RootElement;
        json.GetProperty("reports").GetInt32().Should().Be(4);
        json.GetProperty("location").GetProperty("geo_precision").GetInt32().Should().Be(1, "the town, not the province");
        incident.Lat.Should().Be(events.Single(e => e.DocumentKey.EndsWith("r1.txt")).Lat);
        // 15 is told once, 58 by two outlets: the lowest toll outlets agree on
        incident.Fatalities.Should().Be(58);
        var from = json.GetProperty("from");
        events.Single(e => e.Id == from.GetProperty("fatalities").GetString()).Fatalities.Should().Be(58);
        events.Single(e => e.Id == from.GetProperty("location").GetString()).DocumentKey.Should().NotEndWith("r0.txt");
        json.GetProperty("evidence_all").EnumerateArray().Select(e => e.GetProperty("document").GetString()).Distinct().Should().HaveCount(4);
        Incidents.Query(store, new EventQuery { From = new DateOnly(2017, 4, 5) }).Should().BeEmpty("the incident is of 4 April, though one report is of the 5th");
    }

    [Fact]
    public void An_incident_meets_filters_its_reports_meet_one_each_and_keeps_its_date_fields_together()
    {
        string[] reports =
        [
            "Published 4 April 2017. Syrian warplanes struck the town of Saraqib, killing 9 civilians.",
            "Published 4 April 2017. Government air strikes hit Saraqib, killing 9 people, a monitor said.",
            "Published 4 April 2017. On Tuesday, rebels clashed with government forces in the town of Saraqib, killing 9 fighters.",
        ];
        var paths = Files("f", reports);
        using var store = Open(Db());
        Ingest(store, paths[..2]);
        // two undated reports: the incident is undated too, with their precision and note
        var undated = JsonDocument.Parse(Incidents.Query(store, new EventQuery()).Should().ContainSingle().Subject.Json).RootElement;
        undated.GetProperty("date").ValueKind.Should().Be(JsonValueKind.Null);
        undated.GetProperty("time_precision").GetInt32().Should().Be(3);
        undated.GetProperty("date_note").GetString().Should().NotBeNullOrEmpty();

        Ingest(store, paths[2]);
        var incident = Incidents.Query(store, new EventQuery()).Should().ContainSingle().Subject;
        incident.EventType.Should().Be("Explosions/Remote violence", "two outlets report the air strike");
        incident.Date.Should().Be("2017-04-04", "only the clash report dates it");
        var json = JsonDocument.Parse(incident.Json).RootElement;
        json.GetProperty("time_precision").GetInt32().Should().Be(1);
        json.TryGetProperty("date_note", out _).Should().BeFalse();
        var april4 = new DateOnly(2017, 4, 4);
        Incidents.Query(store, new EventQuery { EventType = "Explosions/Remote violence", From = april4, To = april4 }).Should().ContainSingle();
        Incidents.Query(store, new EventQuery { Text = "\"warplanes\"", From = april4 }).Should().ContainSingle();
        Incidents.Query(store, new EventQuery { EventType = "Battles" }).Should().BeEmpty("the incident is an air strike");
    }

    /// <summary>Two outlets' reports of one air strike on Saraqib.</summary>
    private static readonly string[] TwoReportsOfOneStrike =
    [
        "Published 10 June 2017. On Friday, Syrian warplanes struck the town of Saraqib in Idlib, killing 9 civilians.",
        "Published 10 June 2017. Government air strikes on Saraqib killed at least 7 people on Friday, a monitor said.",
    ];

    [Fact]
    public void A_story_telling_an_incident_as_context_is_a_mention_not_a_report()
    {
        string[] stories =
        [
            "Published 9 June 2017. Government air strikes on Saraqib killed at least 7 people on Friday, a monitor said.",
            // Saturday's story of Saturday's shelling of Aleppo tells Friday's strikes only as context
            "Published 10 June 2017. Rebel shelling of Aleppo killed 4 civilians on Saturday, state media said. "
                + "On Friday, government air strikes on Saraqib killed 7 people, a monitor said.",
        ];
        using var store = Open(Db());
        Ingest(store, Files("m", stories));
        var saraqib = Incidents.Query(store, new EventQuery { From = new DateOnly(2017, 6, 9), To = new DateOnly(2017, 6, 9) }).Should().ContainSingle().Subject;
        var json = JsonDocument.Parse(saraqib.Json).RootElement;
        json.GetProperty("documents").GetArrayLength().Should().Be(2);
        json.GetProperty("reports").GetInt32().Should().Be(1);
        json.GetProperty("mentions").GetInt32().Should().Be(1);
        json.GetProperty("context").GetBoolean().Should().BeFalse();
    }

    /// <summary>Stores reports in one batch, as a run does before it regroups their clusters.</summary>
    private static void StoreUngrouped(IEventStore store, string[] reports) =>
        store.UpsertBatch([.. reports.Select((text, i) => (new IngestedDocument($"k{i}", text), Some.Extractor.Pipeline.Run(Sitrep.Text.Document.Create($"k{i}", text))))]);

    [Fact]
    public void A_server_caching_incidents_sees_a_regroup_by_another_process()
    {
        var db = Db();
        using var server = Open(db);
        using var ingest = Open(db);
        var cache = new IncidentCache();
        StoreUngrouped(ingest, TwoReportsOfOneStrike);
        Incidents.Query(server, new EventQuery(), cache).Should().HaveCount(2, "not regrouped yet");
        ingest.Regroup();
        var incident = Incidents.Query(server, new EventQuery(), cache).Should().ContainSingle().Subject;
        JsonDocument.Parse(incident.Json).RootElement.GetProperty("reports").GetInt32().Should().Be(2);
    }

    [Fact]
    public void Batches_stored_but_not_regrouped_are_regrouped_when_the_store_is_next_opened()
    {
        // a run killed between storing its batches and regrouping their clusters
        var db = Db();
        using (var store = Open(db))
            StoreUngrouped(store, TwoReportsOfOneStrike);
        using (var store = Open(db))
            store.Events(new EventQuery()).Select(e => e.ClusterId).Distinct().Should().ContainSingle();
    }

    [Fact]
    public void The_incident_cache_serves_merged_incidents_until_the_store_changes()
    {
        var first = Path.Combine(_dir, "c0.txt");
        var second = Path.Combine(_dir, "c1.txt");
        File.WriteAllText(first, TwoReportsOfOneStrike[0]);
        File.WriteAllText(second, TwoReportsOfOneStrike[1]);
        using var store = Open(Db());
        var cache = new IncidentCache();
        Ingest(store, first);
        var one = Incidents.Query(store, new EventQuery(), cache).Should().ContainSingle().Subject;
        Incidents.Query(store, new EventQuery(), cache).Single().Should().BeSameAs(one, "nothing changed");
        Ingest(store, second);
        var two = Incidents.Query(store, new EventQuery(), cache).Should().ContainSingle().Subject;
        JsonDocument.Parse(two.Json).RootElement.GetProperty("reports").GetInt32().Should().Be(2);
        two.Fatalities.Should().Be(7);
    }

    [Fact]
    public void A_late_report_regroups_a_run_of_daily_reports_as_a_one_go_build_would()
    {
        // daily strikes on one town pair up from the first day on (a cluster spans a day at most), so a first day that
        // arrives last regroups the whole week; file names are picked so that event ids, which break ties, follow the days
        var paths = new List<string>();
        for (int day = 0; day < 7; day++)
            for (int k = 0; ; k++)
            {
                var path = Path.Combine(_dir, $"d{day}-{k}.txt");
                var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("file:" + Path.GetFullPath(path))));
                if (Convert.ToInt32(hash[..2], 16) / 0x20 != day) continue;
                File.WriteAllText(path, $"Published {day + 1} June 2017. Syrian warplanes struck the town of Saraqib, killing 9 civilians.");
                paths.Add(path);
                break;
            }
        string Clusters(string db, params string[][] arrivals)
        {
            using var store = Open(db);
            foreach (var batch in arrivals) Ingest(store, batch);
            return Partition(store);
        }
        var oneGo = Clusters(Db("one"), [.. paths]);
        oneGo.Split('\n').Should().HaveCount(4, "seven days pair up into four clusters");
        Clusters(Db("late"), [.. paths.Skip(1)], [paths[0]]).Should().Be(oneGo);
    }

    [Fact]
    public void An_incident_keeps_its_id_when_a_later_report_with_a_lesser_event_id_joins()
    {
        // file names picked so that the later report's event id sorts first
        string Named(string prefix, Func<string, bool> wanted)
        {
            for (int k = 0; ; k++)
            {
                var path = Path.Combine(_dir, $"{prefix}{k}.txt");
                if (wanted(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("file:" + Path.GetFullPath(path)))))) return path;
            }
        }
        var first = Named("first", h => h[0] >= '8');
        var later = Named("later", h => h[0] < '8');
        File.WriteAllText(first, TwoReportsOfOneStrike[0]);
        File.WriteAllText(later, TwoReportsOfOneStrike[1]);
        using var store = Open(Db());
        Ingest(store, first);
        var id = store.Events(new EventQuery()).Single().ClusterId;
        Ingest(store, later);
        var events = store.Events(new EventQuery());
        events.Should().HaveCount(2).And.OnlyContain(e => e.ClusterId == id);
        string.CompareOrdinal(events.Single(e => e.DocumentKey.EndsWith(Path.GetFileName(later))).Id, id).Should().BeNegative();
        Incidents.Query(store, new EventQuery()).Single().Id.Should().Be(id);

        // corrected together with another new report of the incident, the first report keeps the incident's id, and
        // its correction is one update in the change log
        var another = Named("another", h => h[0] < '4');
        File.WriteAllText(another, "Published 10 June 2017. Activists said air strikes killed 8 people in Saraqib on Friday.");
        File.WriteAllText(first, TwoReportsOfOneStrike[0].Replace("9 civilians", "10 civilians"));
        var firstEvent = events.Single(e => e.DocumentKey.EndsWith(Path.GetFileName(first))).Id;
        long seq = store.Changes().Max(c => c.Seq);
        Ingest(store, another, first);
        store.Events(new EventQuery()).Should().HaveCount(3).And.OnlyContain(e => e.ClusterId == id);
        store.Changes(seq).Count(c => c.EntityId == firstEvent).Should().Be(1);
    }

    [Fact]
    public void A_corrected_report_that_loses_its_place_leaves_its_incident()
    {
        var paths = Files("p", TwoReportsOfOneStrike);
        using var store = Open(Db());
        Ingest(store, paths);
        var before = store.Events(new EventQuery());
        before.Select(e => e.ClusterId).Distinct().Should().ContainSingle();
        // the later report, whose event carries the first one's id as its cluster's
        File.WriteAllText(paths[1], "Published 10 June 2017. Government air strikes killed at least 7 people on Friday, a monitor said.");
        Ingest(store, paths[1]);
        var after = store.Events(new EventQuery());
        after.Select(e => e.Id).Should().BeEquivalentTo(before.Select(e => e.Id), "the corrected event keeps its id");
        after.Should().OnlyContain(e => e.ClusterId == e.Id, "an event with no place is no report of the strike on Saraqib");
    }

    [Fact]
    public void A_corrected_report_that_no_longer_bridges_two_towns_splits_their_cluster()
    {
        var province = Path.Combine(_dir, "province.txt");
        var saraqib = Path.Combine(_dir, "saraqib.txt");
        var maarat = Path.Combine(_dir, "maarat.txt");
        File.WriteAllText(province, "Published 10 June 2017. On Friday, an air strike killed 9 civilians in Syria's northwestern province of Idlib, a monitor said.");
        File.WriteAllText(saraqib, "Published 10 June 2017. On Friday, Syrian warplanes struck the town of Saraqib, killing 9 civilians.");
        File.WriteAllText(maarat, "Published 10 June 2017. On Friday, Syrian warplanes struck the town of Maarat al-Numan, killing 8 civilians.");
        using var store = Open(Db());
        Ingest(store, province, saraqib, maarat);
        store.Events(new EventQuery()).Select(e => e.ClusterId).Distinct().Should().ContainSingle("the province report links both towns, 27 km apart");

        var before = store.Events(new EventQuery()).ToDictionary(e => e.Id, e => e.ClusterId);
        long seq = store.Changes().Max(c => c.Seq);
        File.WriteAllText(province, "Published 10 June 2017. On Friday, officials met in Idlib.");
        Ingest(store, province);
        var towns = store.Events(new EventQuery());
        towns.Should().HaveCount(2);
        towns.Select(e => e.ClusterId).Should().OnlyHaveUniqueItems();
        towns.Should().OnlyContain(e => e.ClusterId == e.Id, "a cluster is named by one of its own events");
        // a town that moved to another cluster shows in the change log, as the update of its event it is
        var moved = towns.Where(e => before[e.Id] != e.ClusterId).Select(e => e.Id).ToList();
        moved.Should().NotBeEmpty();
        store.Changes(seq).Where(c => c is { Op: "update", Entity: "event" }).Select(c => c.EntityId).Should().Contain(moved);
    }

    [Fact]
    public void Reports_of_one_incident_from_two_outlets_share_a_cluster()
    {
        var clusters = ClustersOf(
            "Published 10 June 2017. On Friday, Syrian warplanes struck the town of Saraqib in Idlib, killing 9 civilians.",
            "Published 10 June 2017. Government air strikes on Saraqib killed at least 7 people on Friday, a monitor said.",
            "Published 10 June 2017. On Friday, Syrian warplanes struck the town of Douma near Damascus, killing 4 civilians.");
        clusters[0].Union(clusters[1]).Should().ContainSingle();
        clusters[2].Should().ContainSingle().Which.Should().NotBe(clusters[0].Single());
    }

    [Fact]
    public void An_undated_report_with_actor_roles_swapped_joins_the_incident_but_another_country_attacker_does_not()
    {
        var clusters = ClustersOf(
            "Published 10 June 2017. Turkish troops shelled Syrian government forces near Manbij, killing 5 soldiers.",
            "Published 10 June 2017. On Friday, Syrian government forces shelled Turkish troops near Manbij, killing 5 soldiers.",
            "Published 10 June 2017. On Friday, Russian jets bombed Syrian government forces near Manbij, killing 5 soldiers.");
        clusters[0].Should().ContainSingle().And.BeEquivalentTo(clusters[1]);
        clusters[2].Should().ContainSingle().Which.Should().NotBe(clusters[0].Single());
    }

    [Fact]
    public void A_report_placing_the_incident_only_in_the_country_joins_the_one_same_day_incident_that_fits()
    {
        var clusters = ClustersOf(
            "Published 10 June 2017. On Friday, Syrian warplanes struck the town of Douma near Damascus, killing 9 civilians.",
            "Published 10 June 2017. On Friday, Syrian warplanes killed 10 civilians in an air strike in Syria.");
        clusters[0].Union(clusters[1]).Should().ContainSingle();
    }

    [Fact]
    public void Strikes_on_two_neighbourhoods_of_one_city_the_same_day_are_two_incidents()
    {
        // the stored event's feature code (PPLX) tells the store a named neighbourhood from the city itself
        var clusters = ClustersOf(
            "Published 18 June 2016. On Saturday, government air strikes killed 7 civilians in the Sheikh Maqsoud neighbourhood of Aleppo.",
            "Published 18 June 2016. On Saturday, government air strikes killed 8 civilians in the al-Sakhour neighbourhood of Aleppo.",
            "Published 18 June 2016. Government warplanes struck Aleppo's Sheikh Maqsoud district on Saturday, killing 9 civilians, a monitor said.");
        clusters[1].Should().ContainSingle().Which.Should().NotBe(clusters[0].Single());
        clusters[2].Should().ContainSingle().Which.Should().Be(clusters[0].Single());
    }

    [Fact]
    public void Strikes_on_one_town_on_two_days_each_story_names_are_two_incidents_but_one_night_is_one()
    {
        var clusters = ClustersOf(
            "Published 18 April 2017. Government air strikes killed 10 people in Douma on Monday, a monitor said.",
            "Published 18 April 2017. Government air strikes killed 11 people in Douma on Tuesday, a monitor said.",
            "Published 19 April 2017. Warplanes struck the town of Saraqeb late on Tuesday, killing nine civilians, a monitor said.",
            "Published 19 April 2017. Air strikes on the town of Saraqeb early on Wednesday killed nine civilians, rescuers said.");
        clusters[1].Should().ContainSingle().Which.Should().NotBe(clusters[0].Single());
        clusters[3].Should().ContainSingle().Which.Should().Be(clusters[2].Single());
    }

    [Fact]
    public void A_toll_may_rise_between_reports_but_not_five_fold()
    {
        var clusters = ClustersOf(
            "Published 9 April 2017. On Saturday, an air strike killed 15 civilians in Syria's northwestern province of Idlib, a monitor said.",
            "Published 9 April 2017. On Saturday, an air strike killed one woman in the town of Maarat al-Numan, a monitor said.",
            "Published 9 April 2017. On Saturday, an air strike killed 34 civilians in the town of Khan Sheikhun, a monitor said.",
            "Published 9 April 2017. On Saturday, an air strike killed 53 civilians in Khan Sheikhun, a monitor said.");
        clusters[1].Should().ContainSingle().Which.Should().NotBe(clusters[0].Single());
        clusters[3].Should().ContainSingle().Which.Should().Be(clusters[2].Single());
    }

    [Fact]
    public void A_toll_rising_many_fold_in_one_town_is_one_incident()
    {
        var clusters = ClustersOf(
            "Published 4 April 2017. A suspected chemical attack on the town of Khan Sheikhun killed at least 11 people on Tuesday, a monitor said.",
            "Published 4 April 2017. The toll from the chemical attack on the town of Khan Sheikhun on Tuesday has risen to 72 dead, a monitor said.");
        clusters[0].Union(clusters[1]).Should().ContainSingle();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_province_report_meets_its_town_in_either_order(bool townFirst)
    {
        string province = "Published 9 April 2017. On Saturday, an air strike killed 12 civilians in Syria's northwestern province of Idlib, a monitor said.";
        string town = "Published 9 April 2017. On Saturday, an air strike killed 10 civilians in the town of Khan Sheikhun, a monitor said.";
        var clusters = townFirst ? ClustersOf(town, province) : ClustersOf(province, town);
        clusters[0].Union(clusters[1]).Should().ContainSingle();
    }

    [Fact]
    public void A_province_report_reaches_only_its_own_towns()
    {
        var clusters = ClustersOf(
            "Published 21 February 2016. On Sunday, car bombs exploded in the city of Homs, killing 50 people.",
            "Published 21 February 2016. On Sunday, three bombs exploded in Rif Dimashq province, killing 50 people.",
            "Published 21 February 2016. On Sunday, a car bomb exploded in Homs province, killing 46 people.");
        clusters[1].Should().ContainSingle().Which.Should().NotBe(clusters[0].Single());
        clusters[2].Should().ContainSingle().Which.Should().Be(clusters[0].Single());
    }

    [Fact]
    public void A_country_level_report_with_two_fitting_incidents_joins_neither()
    {
        var clusters = ClustersOf(
            "Published 10 June 2017. On Friday, Syrian warplanes struck the town of Daraa, killing 9 civilians.",
            "Published 10 June 2017. On Friday, Syrian warplanes struck the town of Douma near Damascus, killing 8 civilians.",
            "Published 10 June 2017. On Friday, Syrian warplanes killed 10 civilians in an air strike in Syria.",
            "Published 10 June 2017. On Friday, Syrian warplanes killed 40 civilians in an air strike in Syria.");
        clusters[0].Single().Should().NotBe(clusters[1].Single());
        clusters[2].Should().ContainSingle().Which.Should().NotBe(clusters[0].Single()).And.NotBe(clusters[1].Single());
        clusters[3].Should().ContainSingle().Which.Should().NotBe(clusters[0].Single()).And.NotBe(clusters[1].Single());
    }

    [Fact]
    public void Daily_strikes_on_one_town_do_not_chain_into_one_incident()
    {
        var paths = Enumerable.Range(1, 6).Select(day =>
        {
            var path = Path.Combine(_dir, $"d{day}.txt");
            File.WriteAllText(path, $"Published {day} June 2017. On {day} June, Syrian warplanes struck the town of Saraqib in Idlib, killing {day + 2} civilians.");
            return path;
        }).ToArray();
        using var store = Open(Db());
        Ingest(store, paths);
        var clusters = store.Events(new EventQuery()).GroupBy(e => e.ClusterId).ToList();
        clusters.Should().HaveCountGreaterThan(1);
        foreach (var cluster in clusters)
        {
            var days = cluster.Select(e => DateOnly.Parse(e.Date!, System.Globalization.CultureInfo.InvariantCulture).DayNumber).ToList();
            (days.Max() - days.Min()).Should().BeLessThanOrEqualTo(1, $"cluster {cluster.Key} spans too long");
        }
    }

    [Fact]
    public void Bad_inputs_are_reported_per_document_and_the_batch_goes_on()
    {
        var inputs = Directory.CreateDirectory(Path.Combine(_dir, "inputs")).FullName;
        File.WriteAllBytes(Path.Combine(inputs, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(inputs, "binary.bin"), [0, 1, 2, 3, 0, 0]);
        File.WriteAllBytes(Path.Combine(inputs, "latin1.txt"), [0x43, 0x61, 0x66, 0xe9]);
        File.WriteAllText(Path.Combine(inputs, "page.html"), "<html><body><p>Truncated");
        File.WriteAllText(Path.Combine(inputs, "docs.jsonl"), "{\"id\":\"1\",\"text\":\"Gunmen killed five civilians in Daraa on Friday.\",\"published\":\"2017-06-10\"}\n{broken\n");
        using (var big = File.Create(Path.Combine(inputs, "huge.txt"))) big.SetLength(DocumentSources.MaxFileBytes + 1);
        File.WriteAllText(Path.Combine(inputs, "good.txt"), "Rebels shelled Aleppo on Monday, killing 2 people.");
        using var store = Open(Db("bad"));
        var s = Ingest(store, inputs);
        s.Created.Should().Be(2);
        s.Failures.Select(f => Path.GetFileName(f.Origin.Split(':')[0])).Should().BeEquivalentTo(["empty.txt", "binary.bin", "latin1.txt", "page.html", "docs.jsonl", "huge.txt"]);
        s.Failures.Should().OnlyContain(f => f.Reason.Length > 5);
    }

    [Fact]
    public async Task Two_ingests_at_once_on_one_file_both_finish_and_nothing_is_lost()
    {
        var a = Corpus(3, "a.jsonl", 0);
        var b = Corpus(3, "b.jsonl", 100);
        var db = Db("shared");
        using (Open(db)) { }
        var t1 = Task.Run(() => { using var s = Open(db); return Ingest(s, a); });
        var t2 = Task.Run(() => { using var s = Open(db); return Ingest(s, b); });
        var results = await Task.WhenAll(t1, t2);
        results[0].Failures.Should().BeEmpty();
        results[1].Failures.Should().BeEmpty();
        using var store = Open(db);
        store.Counts().Documents.Should().Be(30);
    }

    [Fact]
    public void A_killed_ingest_run_again_ends_in_the_state_of_one_uninterrupted_run()
    {
        var corpus = Corpus(300, "big.jsonl");
        var cli = Path.Combine(AppContext.BaseDirectory, "sitrep.dll");
        RunCli(cli, corpus, Db("clean"), killWhenStored: false);
        var killedDb = Db("killed");
        bool killed = RunCli(cli, corpus, killedDb, killWhenStored: true);
        RunCli(cli, corpus, killedDb, killWhenStored: false);
        Snapshot(killedDb).Should().Be(Snapshot(Db("clean")));
        killed.Should().BeTrue("the first run should have been killed mid-ingest for this test to mean anything");
    }

    /// <summary>Runs `sitrep ingest`; with <paramref name="killWhenStored"/>, SIGKILLs it once some documents are stored. Returns whether it was killed.</summary>
    private static bool RunCli(string cli, string corpus, string db, bool killWhenStored)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { cli, "ingest", corpus, "--db", db }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        if (killWhenStored)
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!p.HasExited && DateTime.UtcNow < deadline)
            {
                if (StoredDocuments(db) > 0)
                {
                    p.Kill(entireProcessTree: true);
                    p.WaitForExit();
                    return true;
                }
                Thread.Sleep(20);
            }
        }
        p.WaitForExit();
        return false;
    }

    private static long StoredDocuments(string db)
    {
        if (!EventStores.IsPostgres(db) && !File.Exists(db)) return 0;
        try
        {
            using var store = EventStores.Open(db);
            return store.Counts().Documents;
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or InvalidOperationException)
        {
            return 0;
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public sealed class SqliteEventStoreTests : EventStoreContractTests
{
    protected override string Db(string name = "t") => Path.Combine(_dir, name + ".db");

    [Fact]
    public void Clusters_end_the_same_whatever_order_and_batches_reports_arrive_in()
    {
        string[] towns = ["the town of Saraqib", "the town of Maarat al-Numan", "the city of Idlib", "Syria"];
        // runs of daily reports of a few nearby towns, where which reports pair up travels along the run
        var reports = Gen.Select(Gen.Frequency((4, Gen.Const(0)), (1, Gen.Int[1, 3])), Gen.Int[1, 10], Gen.OneOf(Gen.Const(5), Gen.Const(9), Gen.Const(40))).Array[6, 14];
        int sample = 0;
        Gen.Select(reports, Gen.Int, Gen.Int[1, 3]).Sample((rows, seed, batches) =>
        {
            var dir = Directory.CreateDirectory(Path.Combine(_dir, $"s{sample++}")).FullName;
            var paths = rows.Select((r, i) =>
            {
                var path = Path.Combine(dir, $"r{i}.txt");
                File.WriteAllText(path, $"Published {r.Item2 + 1} June 2017. On {r.Item2} June, Syrian warplanes struck {towns[r.Item1]}, killing {r.Item3} civilians.");
                return path;
            }).ToArray();
            string Clusters(string db, IEnumerable<string[]> arrivals)
            {
                using var store = EventStores.Open(db);
                foreach (var batch in arrivals) new IngestRunner(Some.Extractor, store, batchSize: 64).Run(DocumentSources.Read(batch));
                return Partition(store);
            }
            var shuffled = paths.ToArray();
            new Random(seed).Shuffle(shuffled);
            var arrivals = shuffled.Chunk((shuffled.Length + batches - 1) / batches);
            Clusters(Path.Combine(dir, "late.db"), arrivals).Should().Be(Clusters(Path.Combine(dir, "one.db"), [paths]));
        }, iter: 40, threads: 1);
    }

    [Fact]
    public void A_store_clustered_by_other_rules_is_regrouped_when_opened()
    {
        var a = Path.Combine(_dir, "a.txt");
        var b = Path.Combine(_dir, "b.txt");
        File.WriteAllText(a, "Published 10 June 2017. On Friday, Syrian warplanes struck the town of Saraqib in Idlib, killing 9 civilians.");
        File.WriteAllText(b, "Published 10 June 2017. Government air strikes on Saraqib killed at least 7 people on Friday, a monitor said.");
        var db = Db();
        using (var store = EventStores.Open(db))
        {
            new IngestRunner(Some.Extractor, store).Run(DocumentSources.Read([a, b]));
            store.Counts().Clusters.Should().Be(1);
        }
        // as an older release left it: every event its own cluster, no record of the rules
        using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=false"))
        {
            raw.Open();
            using var cmd = raw.CreateCommand();
            cmd.CommandText = "UPDATE events SET cluster_id = id; DELETE FROM clustering_state;";
            cmd.ExecuteNonQuery();
        }
        using (var store = EventStores.Open(db))
            store.Counts().Clusters.Should().Be(1);
    }
}

/// <summary>The same contract on PostgreSQL + PostGIS: CI starts a server and sets SITREP_TEST_PG; elsewhere skipped.</summary>
public sealed class PostgresEventStoreTests : EventStoreContractTests
{
    private static readonly string? Server = Environment.GetEnvironmentVariable("SITREP_TEST_PG");
    private readonly Dictionary<string, string> _schemas = [];
    private readonly string _prefix = $"t_{Guid.NewGuid():N}"[..14];

    protected override string Db(string name = "t")
    {
        if (Server is null) Assert.Skip("SITREP_TEST_PG is not set: no PostgreSQL server to test against");
        // one schema per database name keeps tests apart on one server
        if (!_schemas.TryGetValue(name, out var schema))
        {
            schema = _prefix + "_" + name;
            using var c = new Npgsql.NpgsqlConnection(Server);
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"CREATE SCHEMA \"{schema}\"";
            cmd.ExecuteNonQuery();
            _schemas[name] = schema;
        }
        return Server + $";Search Path={schema},public;Pooling=false";
    }

    public override void Dispose()
    {
        if (Server is not null)
        {
            using var c = new Npgsql.NpgsqlConnection(Server);
            c.Open();
            foreach (var schema in _schemas.Values)
            {
                using var cmd = c.CreateCommand();
                cmd.CommandText = $"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE";
                cmd.ExecuteNonQuery();
            }
        }
        base.Dispose();
    }
}
