using System.Text.Json;
using AwesomeAssertions;
using Xunit;

namespace Sitrep.Tests.Cli;

public sealed class ClassifyCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-classify-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Explain_lists_the_ranked_triggers_behind_the_label()
    {
        var input = Path.Combine(_dir, "s.jsonl");
        File.WriteAllText(input,
            "{\"id\":\"a\",\"text\":\"Government forces recaptured three villages after heavy clashes with the militants.\"}\n" +
            "not json\n" +
            "{\"id\":\"b\",\"text\":\"Thousands of people marched in the capital against the new law.\"}\n");
        var o = new StringWriter();
        var e = new StringWriter();
        int code = await Sitrep.Cli.Cli.RunAsync(["classify", "--input-jsonl", input, "--explain"], o, e);
        code.Should().Be(0);
        var lines = o.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Should().HaveCount(2, "the malformed line is reported on stderr and skipped");
        e.ToString().Should().Contain("s.jsonl:2").And.Contain("E008");
        var a = lines[0];
        a.GetProperty("label").GetString().Should().Be("GOV_REGAINS_TERIT");
        var candidates = a.GetProperty("candidates").EnumerateArray().ToList();
        candidates[0].GetProperty("trigger").GetString().Should().Be("recaptured");
        candidates.Select(c => c.GetProperty("code").GetString()).Should().Contain("ARMED_CLASH");
        candidates.Select(c => c.GetProperty("score").GetDouble()).Should().BeInDescendingOrder();
        lines[1].GetProperty("label").GetString().Should().Be("PEACE_PROTEST");
    }
}
