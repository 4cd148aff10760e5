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
}
