using System.Text;
using System.Text.Json;
using AwesomeAssertions;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, byte[] bytes)
    {
        var p = Path.Combine(_dir, name);
        System.IO.File.WriteAllBytes(p, bytes);
        return p;
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = await Sitrep.Cli.Cli.RunAsync(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private string Good() => File("good.txt", Encoding.UTF8.GetBytes("Gunmen killed five civilians in Daraa on Friday."));

    [Fact]
    public async Task Bad_inputs_each_get_one_clear_line_and_the_good_file_is_still_processed()
    {
        var empty = File("empty.txt", []);
        var binary = File("binary.bin", [0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02]);
        var latin1 = File("latin1.txt", [0x43, 0x61, 0x66, 0xe9, 0x20, 0x62, 0x6f, 0x6d, 0x62]);
        var missing = Path.Combine(_dir, "missing.txt");
        var (code, output, err) = await Run("extract", empty, binary, latin1, missing, Good(), "--published", "2017-06-08", "--format", "jsonl");
        code.Should().Be(0);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(4);
        lines.Should().Contain(l => l.Contains("empty.txt") && l.Contains("E001") && l.Contains("empty"));
        lines.Should().Contain(l => l.Contains("binary.bin") && l.Contains("E002") && l.Contains("binary"));
        lines.Should().Contain(l => l.Contains("latin1.txt") && l.Contains("E003") && l.Contains("UTF-8"));
        lines.Should().Contain(l => l.Contains("missing.txt") && l.Contains("E004") && l.Contains("no such file"));
        var doc = JsonDocument.Parse(output.Trim());
        doc.RootElement.GetProperty("events").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task Exit_code_is_non_zero_only_when_every_input_failed()
    {
        var (code, _, err) = await Run("extract", Path.Combine(_dir, "nope.txt"), File("e.txt", []));
        code.Should().NotBe(0);
        err.Should().Contain("nope.txt").And.Contain("e.txt");
    }

    [Fact]
    public async Task Output_follows_the_contract()
    {
        var (code, output, _) = await Run("extract", Good(), "--published", "2017-06-10");
        code.Should().Be(0);
        var root = JsonDocument.Parse(output).RootElement;
        root.GetProperty("document").GetProperty("published").GetString().Should().Be("2017-06-10");
        root.GetProperty("document").GetProperty("published_source").GetString().Should().Be("argument");
        var e = root.GetProperty("events")[0];
        foreach (var name in new[] { "id", "event_type", "sub_event_type", "plover", "date", "time_precision", "actor1", "actor2", "location", "fatalities", "weapon", "modality", "sources", "evidence", "confidence" })
            e.TryGetProperty(name, out _).Should().BeTrue(name);
        e.GetProperty("event_type").GetString().Should().Be("Violence against civilians");
        e.GetProperty("date").GetString().Should().Be("2017-06-09");
        var ev = e.GetProperty("evidence");
        var text = System.IO.File.ReadAllText(Path.Combine(_dir, "good.txt"));
        text[ev.GetProperty("start").GetInt32()..ev.GetProperty("end").GetInt32()].Should().Be(ev.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Without_published_a_dateline_is_used_and_named()
    {
        var f = File("dl.txt", Encoding.UTF8.GetBytes("Wed 05 Apr 2017 Rebels shelled Hama on Tuesday, killing 3 people."));
        var (_, output, _) = await Run("extract", f);
        var root = JsonDocument.Parse(output).RootElement;
        root.GetProperty("document").GetProperty("published").GetString().Should().Be("2017-04-05");
        root.GetProperty("document").GetProperty("published_source").GetString().Should().Be("dateline");
        root.GetProperty("events")[0].GetProperty("date").GetString().Should().Be("2017-04-04");
    }

    [Fact]
    public async Task Jsonl_input_gives_one_line_per_document_and_reports_bad_lines()
    {
        var jsonl = File("docs.jsonl", Encoding.UTF8.GetBytes(
            "{\"id\":\"a\",\"text\":\"Gunmen killed five civilians in Daraa on Friday.\",\"published\":\"2017-06-10\"}\n" +
            "not json\n" +
            "{\"id\":\"c\",\"title\":\"t\"}\n" +
            "{\"id\":\"d\",\"text\":\"Nothing happened here.\"}\n"));
        var (code, output, err) = await Run("extract", "--input-jsonl", jsonl);
        code.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        JsonDocument.Parse(lines[0]).RootElement.GetProperty("document").GetProperty("published_source").GetString().Should().Be("metadata");
        err.Should().Contain("docs.jsonl:2").And.Contain("docs.jsonl:3").And.Contain("E008");
    }

    [Fact]
    public async Task Parallel_jsonl_extraction_keeps_input_order_and_matches_a_sequential_run()
    {
        var lines = Enumerable.Range(0, 600).Select(i => JsonSerializer.Serialize(new { id = $"d{i}", text = i % 3 == 0 ? "Gunmen killed five civilians in Daraa on Friday." : $"Rebels shelled Aleppo on Monday, killing {i % 7 + 1} people.", published = "2017-06-10" }));
        var path = File("many.jsonl", Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
        var (_, parallel, _) = await Run("extract", "--input-jsonl", path);
        var (_, sequential, _) = await Run("extract", "--input-jsonl", path, "--dump");
        parallel.Should().Be(sequential);
        parallel.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("document").GetProperty("id").GetString())
            .Should().Equal(Enumerable.Range(0, 600).Select(i => $"d{i}"));
    }

    [Fact]
    public async Task Invalid_published_date_is_rejected_with_the_option_named()
    {
        var (code, _, err) = await Run("extract", Good(), "--published", "08/06/2017");
        code.Should().Be(2);
        err.Should().Contain("--published");
    }
}
