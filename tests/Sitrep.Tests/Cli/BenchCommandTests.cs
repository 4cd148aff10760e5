using AwesomeAssertions;
using Xunit;

namespace Sitrep.Tests.Cli;

public sealed class BenchCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-bench-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Geoparse_bench_reports_documents_per_second_on_a_corpus_file()
    {
        var corpus = Path.Combine(_dir, "c.xml");
        File.WriteAllText(corpus, """
            <?xml version="1.0" encoding="utf-8"?>
            <articles>
              <article docid="1"><text>Rebels shelled Aleppo and Idlib in northern Syria on Monday.</text>
                <toponyms><toponym><start>15</start><end>21</end><gaztag geonameid="170063"><lat>36.2</lat><lon>37.16</lon></gaztag></toponym></toponyms>
              </article>
            </articles>
            """);
        var o = new StringWriter();
        var e = new StringWriter();
        int code = await Sitrep.Cli.Cli.RunAsync(["bench", "--geoparse", corpus, "--docs", "50"], o, e);
        code.Should().Be(0, e.ToString());
        o.ToString().Should().MatchRegex(@"geoparse, 1 thread: \d+ documents/s").And.Contain("3.0 toponyms per document");
    }

    [Fact]
    public async Task Geoparse_bench_names_a_missing_corpus()
    {
        var e = new StringWriter();
        int code = await Sitrep.Cli.Cli.RunAsync(["bench", "--geoparse", Path.Combine(_dir, "none.xml")], new StringWriter(), e);
        code.Should().Be(1);
        e.ToString().Should().Contain("none.xml").And.Contain("not found");
    }
}
