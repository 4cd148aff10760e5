using System.Text.Json;
using AwesomeAssertions;
using Sitrep.Storage;
using Sitrep.Storage.Ingest;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Cli;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-export-").FullName;
    private string Db => Path.Combine(_dir, "x.db");

    public ExportCommandTests()
    {
        using var store = EventStores.Open(Db);
        new IngestRunner(Some.Extractor, store).Run(DocumentSources.Read([Path.Combine(AppContext.BaseDirectory, "samples")]));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static async Task<(int Code, string Out)> Run(params string[] args)
    {
        var o = new StringWriter();
        int code = await Sitrep.Cli.Cli.RunAsync(args, o, new StringWriter());
        return (code, o.ToString());
    }

    [Fact]
    public async Task Every_export_format_carries_every_event()
    {
        var (_, jsonl) = await Run("export", "--db", Db);
        int events = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        events.Should().BeGreaterThan(10);

        var (_, csv) = await Run("export", "--db", Db, "--format", "acled-csv");
        csv.Split('\n')[0].Should().StartWith("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,inter1");

        var (_, geojson) = await Run("export", "--db", Db, "--format", "geojson");
        JsonDocument.Parse(geojson).RootElement.GetProperty("features").GetArrayLength().Should().BeGreaterThan(0).And.BeLessThanOrEqualTo(events);

        var parquet = Path.Combine(_dir, "e.parquet");
        (await Run("export", "--db", Db, "--format", "parquet", "--output", parquet)).Code.Should().Be(0);
        await using var stream = File.OpenRead(parquet);
        await using var reader = await Parquet.ParquetReader.CreateAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
        reader.Schema.GetDataFields().Select(f => f.Name).Should().Contain(["event_id_cnty", "event_type", "latitude", "fatalities"]);
        long rows = 0;
        for (int g = 0; g < reader.RowGroupCount; g++) rows += reader.OpenRowGroupReader(g).RowCount;
        rows.Should().Be(events);
    }

    [Fact]
    public async Task Incidents_export_one_row_per_cluster()
    {
        var (_, jsonl) = await Run("export", "--db", Db);
        var clusters = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("cluster_id").GetString()).ToHashSet();

        var (code, incidents) = await Run("export", "--db", Db, "--incidents");
        code.Should().Be(0);
        var rows = incidents.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        rows.Select(r => r.GetProperty("id").GetString()).Should().BeEquivalentTo(clusters);
        rows.Should().OnlyContain(r => r.GetProperty("event").GetProperty("reports").GetInt32() + r.GetProperty("event").GetProperty("mentions").GetInt32() >= 1);
        rows.Sum(r => r.GetProperty("event").GetProperty("events").GetArrayLength()).Should().Be(jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        var (_, csv) = await Run("export", "--db", Db, "--format", "acled-csv", "--incidents");
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.Should().Be(clusters.Count + 1);
    }

    [Fact]
    public async Task Filters_and_a_bad_bbox()
    {
        var (_, all) = await Run("export", "--db", Db);
        var (_, battles) = await Run("export", "--db", Db, "--type", "Battles");
        battles.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.Should().BeLessThan(all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        (await Run("export", "--db", Db, "--bbox", "1,2,3")).Code.Should().Be(2);
        (await Run("export", "--db", Db, "--format", "parquet")).Code.Should().Be(2);
    }
}
