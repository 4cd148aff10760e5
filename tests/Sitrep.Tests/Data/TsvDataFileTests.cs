using AwesomeAssertions;
using Sitrep.Data;
using Sitrep.Errors;
using Xunit;

namespace Sitrep.Tests.Data;

public class TsvDataFileTests
{
    private const string Header = "# source: test\n# licence: CC0\n# date: 2026-11-28\n";

    [Fact]
    public void Rows_are_read_with_their_line_numbers()
    {
        var f = TsvDataFile.Parse("t.tsv", new StringReader(Header + "a\tb\nx\ty\n"), "a", "b");
        f.Rows.Should().ContainSingle().Which.Line.Should().Be(5);
        f.Rows[0]["b"].Should().Be("y");
        f.Provenance["licence"].Should().Be("CC0");
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_names_file_and_line()
    {
        var act = () => TsvDataFile.Parse("lex.tsv", new StringReader(Header + "a\tb\nx\ty\nz\n"), "a");
        act.Should().Throw<SitrepException>().WithMessage("E006: lex.tsv:6: expected 2 fields, found 1");
    }

    [Fact]
    public void A_missing_provenance_key_is_an_error()
    {
        var act = () => TsvDataFile.Parse("lex.tsv", new StringReader("# source: x\n# date: 2026\na\n"), "a");
        act.Should().Throw<SitrepException>().WithMessage("E006: lex.tsv:3: provenance header lacks '# licence:'");
    }

    [Fact]
    public void A_missing_column_is_an_error()
    {
        var act = () => TsvDataFile.Parse("lex.tsv", new StringReader(Header + "a\n"), "a", "b");
        act.Should().Throw<SitrepException>().WithMessage("E006: lex.tsv:4: header row lacks column 'b'");
    }

    [Fact]
    public void Every_shipped_data_file_has_a_provenance_header_and_loads()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "data");
        var files = Directory.GetFiles(dir, "*.tsv", SearchOption.AllDirectories);
        files.Should().NotBeEmpty();
        foreach (var f in files)
        {
            var t = TsvDataFile.Load(f);
            t.Provenance.Should().ContainKeys("source", "licence", "date");
        }
    }
}
