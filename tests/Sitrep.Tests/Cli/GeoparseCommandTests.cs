using System.Text.Json;
using AwesomeAssertions;
using Xunit;

namespace Sitrep.Tests.Cli;

public sealed class GeoparseCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-geoparse-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_direction_shapes_the_point_but_the_toponym_span_is_the_name()
    {
        var input = Path.Combine(_dir, "d.jsonl");
        File.WriteAllText(input, "{\"id\":\"1\",\"text\":\"The family moved to North Texas in 1973. The Police said nothing.\"}\n");
        var o = new StringWriter();
        int code = await Sitrep.Cli.Cli.RunAsync(["geoparse", "--input-jsonl", input], o, new StringWriter());
        code.Should().Be(0);
        var toponyms = JsonDocument.Parse(o.ToString()).RootElement.GetProperty("toponyms").EnumerateArray().ToList();
        toponyms.Should().ContainSingle("a word placed nowhere is no toponym");
        toponyms[0].GetProperty("text").GetString().Should().Be("Texas");
        toponyms[0].GetProperty("country").GetString().Should().Be("US");
    }
}
