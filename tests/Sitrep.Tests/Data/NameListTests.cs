using AwesomeAssertions;
using Sitrep.Errors;
using Sitrep.Lexicons;
using Xunit;

namespace Sitrep.Tests.Data;

public sealed class NameListTests
{
    private const string Header = "# source: test\n# licence: test\n# date: 2026-11-29\nname\n";

    [Fact]
    public void A_name_twice_names_file_and_line()
    {
        var act = () => NameList.Parse("given-names.tsv", new StringReader(Header + "Mary\nTyler\nmary\n"));
        act.Should().Throw<SitrepException>().WithMessage("E006: given-names.tsv:7: duplicate name 'mary'");
    }

    [Fact]
    public void A_name_of_two_words_names_file_and_line()
    {
        var act = () => NameList.Parse("given-names.tsv", new StringReader(Header + "Mary Ann\n"));
        act.Should().Throw<SitrepException>().WithMessage("E006: given-names.tsv:5: name 'Mary Ann' is empty or not one word");
    }

    [Fact]
    public void Names_are_folded_like_token_keys()
    {
        var names = NameList.Parse("given-names.tsv", new StringReader(Header + "Zoë\nRenée\n"));
        names.Contains("zoe").Should().BeTrue();
        names.Contains("renee").Should().BeTrue();
        var act = () => NameList.Parse("given-names.tsv", new StringReader(Header + "Zoë\nZoe\n"));
        act.Should().Throw<SitrepException>().WithMessage("E006: given-names.tsv:6: duplicate name 'Zoe'");
    }

    [Fact]
    public void The_shipped_list_matches_lower_cased_keys()
    {
        var names = NameList.Load(Path.Combine(AppContext.BaseDirectory, "data", "lexicons", "given-names.tsv"));
        names.Count.Should().BeGreaterThan(3000);
        names.Contains("hailey").Should().BeTrue();
        names.Contains("Hailey").Should().BeFalse();
        names.Contains("aleppo").Should().BeFalse();
    }

    [Fact]
    public void The_shipped_common_words_leave_out_words_english_also_writes_as_names()
    {
        var words = NameList.Load(Path.Combine(AppContext.BaseDirectory, "data", "lexicons", "common-words.tsv"), "word");
        words.Count.Should().BeGreaterThan(30_000);
        words.Contains("early").Should().BeTrue();
        words.Contains("seven").Should().BeTrue();
        // Reading, Nice and China are also names in English
        words.Contains("reading").Should().BeFalse();
        words.Contains("nice").Should().BeFalse();
        words.Contains("china").Should().BeFalse();
    }

    [Fact]
    public void A_list_with_another_column_names_that_column_in_its_errors()
    {
        var act = () => NameList.Parse("common-words.tsv", new StringReader("# source: x\n# licence: y\n# date: 2026-11-30\nword\nearly\nearly\n"), "word");
        act.Should().Throw<SitrepException>().WithMessage("E006: common-words.tsv:6: duplicate word 'early'");
    }
}
